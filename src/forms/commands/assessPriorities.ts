import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Score candidate options to see which to do first. */
export const assessPriorities = formCommand(CommandId.AssessPriorities, 'priorities');
