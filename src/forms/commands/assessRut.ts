import { formCommand } from './formCommand';

/** Where am I stuck, and what could get me out? The first step of getting unstuck. */
export const assessRut = formCommand('devgrowth.assess.rut', 'rut');
