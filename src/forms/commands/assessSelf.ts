import { formCommand } from './formCommand';

/** Strengths, weaknesses, opportunities, values and what success means to me. */
export const assessSelf = formCommand('devgrowth.assess.self', 'self');
