import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** A break planned in a form, with notes (Plan a Break asks the same in the quick input). */
export const planBreakForm = formCommand(CommandId.BreakPlanForm, 'break');
