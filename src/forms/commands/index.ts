import { assessPriorities } from './assessPriorities';
import { assessPromotion } from './assessPromotion';
import { assessRut } from './assessRut';
import { assessSelf } from './assessSelf';
import { assessStage } from './assessStage';
import { logCheckin } from './logCheckin';
import { openAnyForm } from './openAnyForm';
import { planBreakForm } from './planBreakForm';
import { rateMilestone } from './rateMilestone';
import { startReview } from './startReview';

/** Every command that opens a form. */
export const formCommands = [
  openAnyForm,
  assessRut,
  assessSelf,
  assessStage,
  assessPromotion,
  assessPriorities,
  rateMilestone,
  startReview,
  logCheckin,
  planBreakForm,
];
