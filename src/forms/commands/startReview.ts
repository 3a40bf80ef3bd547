import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** The periodic review; the status-bar nudge runs it when a review is due. */
export const startReview = formCommand(CommandId.ReviewStart, 'review');
