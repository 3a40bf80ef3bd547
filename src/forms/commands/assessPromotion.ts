import { formCommand } from './formCommand';

/** Am I ready for promotion, and does my manager know I want it? */
export const assessPromotion = formCommand('devgrowth.assess.promotion', 'promotion');
