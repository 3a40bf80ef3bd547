import { formCommand } from './formCommand';

/** A break planned in a form, with notes (Plan a Break asks the same in the quick input). */
export const planBreakForm = formCommand('devgrowth.break.planForm', 'break');
