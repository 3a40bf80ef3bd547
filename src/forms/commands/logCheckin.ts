import { formCommand } from './formCommand';

/** Notes and actions from a mentor check-in. */
export const logCheckin = formCommand('devgrowth.checkin.log', 'checkin');
