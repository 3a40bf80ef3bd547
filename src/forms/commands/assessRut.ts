import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Where am I stuck, and what could get me out? The first step of getting unstuck. */
export const assessRut = formCommand(CommandId.AssessRut, 'rut');
