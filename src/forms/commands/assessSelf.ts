import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Strengths, weaknesses, opportunities, values and what success means to me. */
export const assessSelf = formCommand(CommandId.AssessSelf, 'self');
