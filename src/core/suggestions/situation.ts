/**
 * The plan's situation as suggestions see it: the latest assessment of each type, the latest
 * review, and the goals they name. A form that has just been saved passes its new record, which
 * counts as the latest of its kind even before the index has read the file.
 */
import type { GrowthIndex } from '../growthIndex';
import type { Assessment, Break, Checkin, Review } from '../schema';
import { PILLARS, RUBRIC_DIMENSIONS, SERVICE_TYPES, type CareerStage, type Pillar, type RubricDimension } from '../vocabulary';
import type { PromotionGap, ReviewSignal, Situation } from './suggestion';

/** A record saved just now, not yet in the index. */
export type JustSaved =
  | { readonly kind: 'assessment'; readonly data: Assessment }
  | { readonly kind: 'review'; readonly data: Review }
  | { readonly kind: 'checkin'; readonly data: Checkin }
  | { readonly kind: 'break'; readonly data: Break };

/** How much each pillar counts at each stage (seed 004): on a tie, the one that counts most is the weakest that matters. */
const PILLAR_WEIGHT: Record<CareerStage, readonly Pillar[]> = {
  'before-senior': ['technical', 'relationships', 'influence'],
  senior: ['relationships', 'technical', 'influence'],
  'past-senior': ['influence', 'relationships', 'technical'],
};

/** The lowest-rated pillar; ties go to the pillar that counts most at the stage. */
export function weakestPillar(ratings: Readonly<Record<Pillar, number>>, stage: CareerStage): Pillar {
  const lowest = Math.min(...PILLARS.map((pillar) => ratings[pillar]));
  return PILLAR_WEIGHT[stage].find((pillar) => ratings[pillar] === lowest)!;
}

/** A performance rating from 4 up counts as working at the next level. */
export const PERFORMING_AT_NEXT_LEVEL = 4;

export function situationOf(plan: GrowthIndex, today: string, saved?: JustSaved): Situation {
  const latest = <T extends Assessment['type']>(type: T): Extract<Assessment, { type: T }> | undefined => {
    if (saved?.kind === 'assessment' && saved.data.type === type) return saved.data as Extract<Assessment, { type: T }>;
    return plan.assessments(type)[0]?.data as Extract<Assessment, { type: T }> | undefined;
  };
  const profile = plan.profile()?.data;
  const rut = latest('rut');
  const self = latest('self');
  const stage = latest('stage');
  const promotion = latest('promotion');
  const priorities = latest('priorities');
  const review = saved?.kind === 'review' ? saved.data : plan.reviews()[0]?.data;
  const checkin = saved?.kind === 'checkin' ? saved.data : plan.checkins()[0]?.data;
  const activeGoals = plan.goals().filter((goal) => goal.data.status === 'active');

  const promotionGaps: PromotionGap[] = [];
  if (promotion) {
    if (!promotion.voicedToManager) promotionGaps.push('not-voiced');
    else if (!promotion.firmCommitment) promotionGaps.push('no-commitment');
    if (promotion.performingAtNextLevel < PERFORMING_AT_NEXT_LEVEL) promotionGaps.push('not-performing');
    if (!promotion.businessJustification) promotionGaps.push('no-justification');
    if (promotion.budget === false) promotionGaps.push('no-budget');
  }

  const stalled = review?.goals?.find((row) => !row.movedForward && plan.goal(row.goal)?.data.status === 'active');
  const reviewSignals: ReviewSignal[] = [];
  if (review) {
    if (review.onTrack === 'no') reviewSignals.push('off-track');
    if (review.onTrack === 'partly') reviewSignals.push('partly-on-track');
    if (review.sustainable === false) reviewSignals.push('not-sustainable');
    if (stalled) reviewSignals.push('goal-stalled');
  }

  const busiest = activeGoals
    .map((goal) => ({
      id: goal.id,
      title: goal.data.title,
      activeMilestones: goal.data.milestones.filter((milestone) => milestone.status === 'active').length,
    }))
    .filter((goal) => goal.activeMilestones > 0)
    .sort((a, b) => b.activeMilestones - a.activeMilestones || a.title.localeCompare(b.title))[0];

  const flat = flatDimensions(plan, saved);
  const breaks: Break[] = [...plan.breaks().map((entry) => entry.data), ...(saved?.kind === 'break' ? [saved.data] : [])];
  const upcoming = breaks.filter((entry) => entry.end >= today).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  const served = new Set(plan.services().map((entry) => entry.data.type));
  const rutGoals = Object.fromEntries(
    (rut?.scenarios ?? []).flatMap((scenario) => {
      const goal = activeGoals.find((candidate) => candidate.data.rut === scenario);
      return goal ? [[scenario, { id: goal.id, title: goal.data.title }]] : [];
    }),
  );

  return {
    today,
    stage: stage?.stage ?? profile?.stage,
    track: profile?.track,
    ruts: rut?.scenarios ?? [],
    rutDate: rut?.date,
    // A review before the latest rut assessment speaks of an older rut.
    easing: review && rut && review.date >= rut.date ? (review.rutsEased ?? {}) : {},
    failureModes: stage?.failureModes ?? [],
    weakestPillar: stage ? weakestPillar(stage.pillars, stage.stage) : undefined,
    rootCauses: [
      ...(stage?.rootCauses?.projectImportance === 'low' ? (['project-not-important'] as const) : []),
      ...(stage?.rootCauses?.seniorityOnProject === 'most-junior' ? (['most-junior'] as const) : []),
      ...(stage?.rootCauses?.careerTalk === false ? (['no-career-talk'] as const) : []),
    ],
    stageDate: stage?.date,
    weaknesses: self?.weaknesses ?? [],
    opportunities: self?.opportunities ?? [],
    values: self?.values ?? [],
    interests: self?.interests ?? [],
    successMarkers: self?.successMarkers ?? [],
    selfDate: self?.date,
    promotionGaps,
    promotionDate: promotion?.date,
    reviewSignals,
    reviewDate: review?.date,
    busiestGoal: busiest,
    stalledGoal: stalled ? { id: stalled.goal, title: plan.goal(stalled.goal)!.data.title } : undefined,
    soundingBoard: review?.soundingBoard ?? plan.reviews().find((entry) => entry.data.soundingBoard)?.data.soundingBoard,
    mentor: profile?.mentor,
    flatDimensions: flat.dimensions,
    rubricDate: flat.date,
    // Ways not tried yet, once some service is logged, as the service form marks them: a new
    // plan is not handed ten at once (the walkthrough's service step introduces them).
    untriedService: served.size > 0 ? SERVICE_TYPES.filter((type) => !served.has(type)) : [],
    checkinActions: checkin?.actions ?? [],
    checkinDate: checkin?.date,
    candidates: priorities?.candidates ?? [],
    prioritiesDate: priorities?.date,
    upcomingBreak: upcoming
      ? {
          type: upcoming.type,
          start: upcoming.start,
          end: upcoming.end,
          after: breaks.map((entry) => entry.end).reduce((latest, end) => (end < upcoming.start && end > latest ? end : latest), ''),
        }
      : undefined,
    targetLevel: promotion?.targetLevel ?? profile?.targetLevel,
    promotionCycle: promotion?.cycle ?? profile?.promotionCycle,
    chosenOptions: rut?.options ?? [],
    rutGoals,
  };
}

/**
 * The rubric dimensions that did not go up on the milestone rated "after" most recently: the
 * "after" ratings against the "before" ones (from a rubric assessment or the goal file).
 */
function flatDimensions(plan: GrowthIndex, saved: JustSaved | undefined): { dimensions: RubricDimension[]; date?: string } {
  const after =
    saved?.kind === 'assessment' && saved.data.type === 'rubric' && saved.data.phase === 'after'
      ? saved.data
      : plan
          .assessments('rubric')
          .map((entry) => entry.data)
          .find((data) => data.type === 'rubric' && data.phase === 'after');
  if (after?.type !== 'rubric') return { dimensions: [] };
  const beforeAssessment = plan
    .assessments('rubric')
    .map((entry) => entry.data)
    .find((data) => data.type === 'rubric' && data.phase === 'before' && data.goal === after.goal && data.milestone === after.milestone);
  const before =
    (beforeAssessment?.type === 'rubric' ? beforeAssessment.ratings : undefined) ??
    plan.goal(after.goal)?.data.milestones.find((milestone) => milestone.id === after.milestone)?.rubric?.before;
  if (!before) return { dimensions: [], date: after.date };
  return { dimensions: RUBRIC_DIMENSIONS.filter((dimension) => after.ratings[dimension] <= before[dimension]), date: after.date };
}
