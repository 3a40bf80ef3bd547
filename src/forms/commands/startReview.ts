import { formCommand } from './formCommand';

/** The periodic review; the status-bar nudge runs it when a review is due. */
export const startReview = formCommand('devgrowth.review.start', 'review');
