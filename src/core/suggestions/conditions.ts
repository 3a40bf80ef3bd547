/** Whether a suggestion's condition holds for the plan's situation, since when, and for how long. */
import { daysBetween } from '../dates';
import { HORIZON_DAYS } from '../schedule';
import type { Situation, SuggestionCondition } from './suggestion';

export function conditionHolds(condition: SuggestionCondition, situation: Situation): boolean {
  switch (condition.kind) {
    case 'rut':
      return situation.ruts.includes(condition.scenario);
    case 'rut-not-eased': {
      const easing = situation.easing[condition.scenario];
      return situation.ruts.includes(condition.scenario) && (easing === 'no' || easing === 'partly');
    }
    case 'failure-mode':
      return situation.failureModes.includes(condition.mode);
    case 'weakest-pillar':
      return situation.weakestPillar === condition.pillar && situation.stage === condition.stage;
    case 'stage':
      return situation.stage === condition.stage;
    case 'root-cause':
      return situation.rootCauses.includes(condition.cause);
    case 'weakness':
      return situation.weaknesses.length > 0;
    case 'opportunity':
      return situation.opportunities.length > 0;
    case 'value':
      return situation.values.length > 0;
    case 'interest':
      return situation.interests.length > 0;
    case 'success-marker':
      return situation.successMarkers.includes(condition.marker);
    case 'promotion':
      return situation.promotionGaps.includes(condition.gap);
    case 'review':
      return situation.reviewSignals.includes(condition.signal);
    case 'rubric-flat':
      return situation.flatDimensions.includes(condition.dimension);
    case 'track':
      return situation.track === condition.track;
    case 'service-untried':
      return situation.untriedService.includes(condition.type);
    case 'checkin-action':
      return situation.checkinActions.length > 0;
    case 'candidate':
      return situation.candidates.length > 0;
    case 'break-planned':
      return situation.upcomingBreak !== undefined;
  }
}

/**
 * The date of what raised the condition: a "Not now" from before it no longer holds (the user
 * recorded it again since). Empty for conditions no single record raises (the track).
 */
export function raisedOn(condition: SuggestionCondition, situation: Situation): string {
  switch (condition.kind) {
    case 'rut':
      return situation.rutDate ?? '';
    case 'rut-not-eased':
    case 'review':
      return situation.reviewDate ?? '';
    case 'failure-mode':
    case 'weakest-pillar':
    case 'stage':
    case 'root-cause':
      return situation.stageDate ?? '';
    case 'weakness':
    case 'opportunity':
    case 'value':
    case 'interest':
    case 'success-marker':
      return situation.selfDate ?? '';
    case 'promotion':
      return situation.promotionDate ?? '';
    case 'rubric-flat':
      return situation.rubricDate ?? '';
    case 'checkin-action':
      return situation.checkinDate ?? '';
    case 'candidate':
      return situation.prioritiesDate ?? '';
    case 'break-planned':
      return situation.upcomingBreak?.start ?? '';
    case 'track':
    case 'service-untried':
      return '';
  }
}

/**
 * From when a "Not now" answers the condition: since its record was made. A break is booked
 * ahead, so its date is its start; a "Not now" given while it was coming (since the break before
 * it ended) answers it.
 */
export function answeredFrom(condition: SuggestionCondition, situation: Situation): string {
  return condition.kind === 'break-planned' ? (situation.upcomingBreak?.after ?? '') : raisedOn(condition, situation);
}

/**
 * How long a record raises suggestions: one 90-day horizon. The quarterly reset asks you to
 * reassess, so what an assessment, review or check-in older than that said is no longer where
 * you stand; assess again and its suggestions come back.
 */
export const SUGGESTION_LIFETIME_DAYS = HORIZON_DAYS;

/** True when the record that raised a suggestion on `raisedOn` is too old to speak for today. */
export function outlived(raisedOn: string, today: string): boolean {
  return raisedOn !== '' && daysBetween(raisedOn, today) > SUGGESTION_LIFETIME_DAYS;
}
