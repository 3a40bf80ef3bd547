/**
 * The brag document (or promotion packet): what a developer did in a period, grouped by goal
 * and pillar, with the plan's progress and how they grew, ready for a manager conversation.
 */
import * as l10n from '@vscode/l10n';
import { PILLAR_LABELS, RUBRIC_LABELS } from '../forms/labels';
import type { Entry, GrowthIndex } from '../growthIndex';
import type { Goal, Profile, Rubric } from '../schema';
import { PILLARS, RUBRIC_DIMENSIONS, goalStatusText, type Pillar } from '../vocabulary';
import { artefactBlocks, artefactsIn } from '../artefacts';
import type { Block, ListItem } from './document';
import { receiptsOf } from './receipts';

export interface Period {
  /** First day, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly to: string;
}

export function bragDocument(index: GrowthIndex, period: Period): { title: string; blocks: Block[] } {
  const profile = index.profile()?.data;
  const title = profile?.name
    ? l10n.t('{0}: Achievements from {1} to {2}', profile.name, period.from, period.to)
    : l10n.t('Achievements from {0} to {1}', period.from, period.to);
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];

  if (profile) blocks.push({ type: 'paragraph', text: whereIStand(profile) });

  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const evidence = index
    .evidence()
    .filter((entry) => inPeriod(entry.data.date))
    .reverse();
  const goals = index.goals();
  const goalTitle = new Map(goals.map((goal) => [goal.id, goal.data.title]));

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Achievements by goal') });
  const byGoal = groupBy(evidence, (entry) => entry.data.goal ?? '');
  // Every card names its goal, so its artefacts always go under that goal's heading.
  const cardsByGoal = groupBy(artefactsIn(index, period), (placed) => placed.card.data.goal);
  if (evidence.length === 0) {
    blocks.push({ type: 'paragraph', text: l10n.t('No evidence was logged in this period.') });
  }
  // Evidence tied to no goal comes last, under its own heading.
  const goalIds = [...new Set([...byGoal.keys(), ...cardsByGoal.keys()])].sort((a, b) => Number(a === '') - Number(b === ''));
  for (const goalId of goalIds) {
    blocks.push({ type: 'heading', level: 3, text: goalId ? (goalTitle.get(goalId) ?? goalId) : l10n.t('Other achievements') });
    const entries = byGoal.get(goalId);
    if (entries) blocks.push({ type: 'list', items: entries.map(evidenceItem) });
    blocks.push(...artefactBlocks(cardsByGoal.get(goalId) ?? []));
  }

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Achievements by pillar') });
  const pillars = evidence.map((entry) => pillarOf(entry.data, goals));
  const pillarRows = PILLARS.map((pillar) => [PILLAR_LABELS[pillar].label, String(pillars.filter((found) => found === pillar).length)]);
  const unnamed = pillars.filter((found) => found === undefined).length;
  // Evidence no pillar reaches is counted too: a table of zeros beside a list of achievements says nothing.
  if (unnamed > 0) pillarRows.push([l10n.t('No pillar named'), String(unnamed)]);
  blocks.push({ type: 'table', header: [l10n.t('Pillar'), l10n.t('Achievements')], rows: pillarRows });

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Progress on the plan') });
  const activeGoals = goals.filter((goal) => goal.data.status !== 'draft' && goal.data.example !== true);
  blocks.push(
    activeGoals.length === 0
      ? { type: 'paragraph', text: l10n.t('No goals yet.') }
      : {
          type: 'table',
          header: [l10n.t('Goal'), l10n.t('Status'), l10n.t('Milestones done'), l10n.t('Due')],
          rows: activeGoals.map((goal) => [
            goal.data.title,
            goalStatusText(goal.data.status),
            `${goal.data.milestones.filter((milestone) => milestone.status === 'done').length}/${goal.data.milestones.length}`,
            goal.data.due ?? '',
          ]),
        },
  );

  const growth = rubricGrowth(goals, period);
  if (growth.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: l10n.t('How I grew') });
    blocks.push({
      type: 'table',
      header: [l10n.t('Milestone'), ...RUBRIC_DIMENSIONS.map((dimension) => RUBRIC_LABELS[dimension].label)],
      rows: growth.map(({ title, before, after }) => [
        title,
        ...RUBRIC_DIMENSIONS.map((dimension) => `${before[dimension]} → ${after[dimension]}`),
      ]),
    });
  }

  const service = index
    .services()
    .filter((entry) => inPeriod(entry.data.date))
    .reverse();
  if (service.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: l10n.t('Helping others') });
    blocks.push({
      type: 'list',
      items: service.map((entry) => ({
        lead: entry.data.date,
        text: entry.data.who ? l10n.t('{0} (with {1})', entry.data.title, entry.data.who) : entry.data.title,
      })),
    });
  }
  return { title, blocks };
}

/**
 * The profile in one paragraph: level, track, north star, and the target level and promotion
 * cycle only for someone seeking a promotion (growing without one is a plan too).
 */
function whereIStand(profile: Profile): string {
  const { currentLevel, targetLevel, promotionCycle, northStar } = profile;
  const target = profile.seekingPromotion === false ? undefined : targetLevel;
  if (!target) {
    switch (profile.track) {
      case 'ic':
        return l10n.t('{0} (individual contributor track). North star: {1}', currentLevel, northStar.statement);
      case 'management':
        return l10n.t('{0} (management track). North star: {1}', currentLevel, northStar.statement);
      case 'undecided':
        return l10n.t('{0}, the track still open. North star: {1}', currentLevel, northStar.statement);
    }
  }
  switch (profile.track) {
    case 'ic':
      return promotionCycle
        ? l10n.t(
            '{0}, working towards {1} (individual contributor track, targeting the {2} cycle). North star: {3}',
            currentLevel,
            target,
            promotionCycle,
            northStar.statement,
          )
        : l10n.t('{0}, working towards {1} (individual contributor track). North star: {2}', currentLevel, target, northStar.statement);
    case 'management':
      return promotionCycle
        ? l10n.t(
            '{0}, working towards {1} (management track, targeting the {2} cycle). North star: {3}',
            currentLevel,
            target,
            promotionCycle,
            northStar.statement,
          )
        : l10n.t('{0}, working towards {1} (management track). North star: {2}', currentLevel, target, northStar.statement);
    case 'undecided':
      return promotionCycle
        ? l10n.t(
            '{0}, working towards {1} (the track still open, targeting the {2} cycle). North star: {3}',
            currentLevel,
            target,
            promotionCycle,
            northStar.statement,
          )
        : l10n.t('{0}, working towards {1} (the track still open). North star: {2}', currentLevel, target, northStar.statement);
  }
}

function evidenceItem(entry: Entry<'evidence'>): ListItem {
  const impact = entry.data.impact ? `: ${entry.data.impact}` : '';
  const receipts = receiptsOf(entry.data);
  const link = entry.data.links?.[0] ?? receipts.link;
  return {
    lead: entry.data.date,
    text: `${entry.data.title}${impact}`,
    ...(link ? { link } : {}),
    ...(receipts.note ? { note: receipts.note } : {}),
  };
}

/** An evidence entry's pillar: its own, else its goal's, else that of the long-term goal the goal serves. */
function pillarOf(evidence: Entry<'evidence'>['data'], goals: readonly Entry<'goal'>[]): Pillar | undefined {
  if (evidence.pillar) return evidence.pillar;
  const seen = new Set<string>();
  for (let id = evidence.goal; id !== undefined && !seen.has(id);) {
    seen.add(id);
    const goal = goals.find((candidate) => candidate.id === id)?.data;
    if (goal?.pillar) return goal.pillar;
    id = goal?.parent;
  }
  return undefined;
}

/** Milestones finished in the period with both rubric ratings. */
function rubricGrowth(goals: readonly Entry<'goal'>[], period: Period): { title: string; before: Rubric; after: Rubric }[] {
  return goals.flatMap((goal) =>
    goal.data.milestones.flatMap((milestone: Goal['milestones'][number]) => {
      const { before, after } = milestone.rubric ?? {};
      const finished = milestone.completed && milestone.completed >= period.from && milestone.completed <= period.to;
      return before && after && finished ? [{ title: milestone.title, before, after }] : [];
    }),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
