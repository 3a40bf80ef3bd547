import { formCommand } from './formCommand';
import { CommandId } from '../../core/commandIds';

/** Am I ready for promotion, and does my manager know I want it? */
export const assessPromotion = formCommand(CommandId.AssessPromotion, 'promotion');
