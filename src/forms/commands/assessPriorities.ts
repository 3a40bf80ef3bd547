import { formCommand } from './formCommand';

/** Score candidate options to see which to do first. */
export const assessPriorities = formCommand('devgrowth.assess.priorities', 'priorities');
