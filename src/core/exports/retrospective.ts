/**
 * The quarter's retrospective, for the 90-day reset: what was planned, what was done, what
 * was learned, and what changes for the next horizon.
 */
import * as l10n from '@vscode/l10n';
import type { Entry, GrowthIndex } from '../growthIndex';
import { formatQuarter, quarterRange, type Quarter } from '../quarter';
import { goalStatusText } from '../vocabulary';
import { artefactBlocks, artefactsIn } from '../artefacts';
import type { Block, ListItem } from './document';

export function quarterRetrospective(index: GrowthIndex, quarter: Quarter): { title: string; blocks: Block[] } {
  const { from, to } = quarterRange(quarter);
  const within = (date: string | undefined) => date !== undefined && date >= from && date <= to;
  const title = l10n.t('Retrospective for {0} ({1} to {2})', formatQuarter(quarter), from, to);
  const goals = index.goals();
  // A goal belongs to the quarter if its horizon, due date or a milestone falls in it.
  const planned = goals.filter(
    (goal) =>
      within(goal.data.horizonStart) ||
      within(goal.data.due) ||
      goal.data.milestones.some((milestone) => within(milestone.due) || within(milestone.completed)),
  );
  const doneMilestones = goals.flatMap((goal) =>
    goal.data.milestones
      .filter((milestone) => milestone.status === 'done' && within(milestone.completed))
      .map((milestone): ListItem => ({ lead: milestone.completed, text: `${milestone.title} (${goal.data.title})` })),
  );
  const reviews = index
    .reviews()
    .filter((review) => within(review.data.date))
    .reverse();
  const learned = reviews.flatMap((review) => (review.data.learned ? [{ lead: review.data.date, text: review.data.learned }] : []));
  const offTrack = reviews.filter((review) => review.data.onTrack !== 'yes');
  const evidence = index.evidence().filter((entry) => within(entry.data.date));

  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  blocks.push({ type: 'heading', level: 2, text: l10n.t('What I planned') });
  blocks.push(listOr(planned.map(goalItem), l10n.t('No goals were planned for this quarter.')));
  blocks.push({ type: 'heading', level: 2, text: l10n.t('What I did') });
  blocks.push(listOr(doneMilestones.sort(byLead), l10n.t('No milestones were finished this quarter.')));
  blocks.push({ type: 'paragraph', text: tally(evidence.length, reviews.length) });
  blocks.push(...artefactBlocks(artefactsIn(index, { from, to })));
  blocks.push({ type: 'heading', level: 2, text: l10n.t('What I learned') });
  blocks.push(listOr(learned, l10n.t('No lessons were written down in reviews this quarter.')));
  blocks.push({ type: 'heading', level: 2, text: l10n.t('What changes') });
  const changes: ListItem[] = [
    ...goals
      .filter((goal) => goal.data.status === 'paused' || goal.data.status === 'dropped')
      .filter((goal) => planned.includes(goal))
      .map((goal) => ({ lead: goalStatusText(goal.data.status), text: goal.data.title })),
    ...offTrack.flatMap((review) => {
      const reason = review.data.whys?.[review.data.whys.length - 1] ?? review.data.improved;
      return reason ? [{ lead: review.data.date, text: l10n.t('Off track: {0}', reason) }] : [];
    }),
  ];
  blocks.push(listOr(changes, l10n.t('Nothing was paused, dropped or off track: keep going.')));
  return { title, blocks };
}

function goalItem(goal: Entry<'goal'>): ListItem {
  const milestones = goal.data.milestones;
  const done = milestones.filter((milestone) => milestone.status === 'done').length;
  return { lead: goalStatusText(goal.data.status), text: l10n.t('{0} ({1}/{2} milestones)', goal.data.title, done, milestones.length) };
}

/** "3 achievements logged, 2 reviews held.": one sentence per case, so each language can say it its way. */
function tally(achievements: number, reviews: number): string {
  if (achievements === 1)
    return reviews === 1 ? l10n.t('1 achievement logged, 1 review held.') : l10n.t('1 achievement logged, {0} reviews held.', reviews);
  return reviews === 1
    ? l10n.t('{0} achievements logged, 1 review held.', achievements)
    : l10n.t('{0} achievements logged, {1} reviews held.', achievements, reviews);
}

function listOr(items: readonly ListItem[], empty: string): Block {
  return items.length > 0 ? { type: 'list', items } : { type: 'paragraph', text: empty };
}

function byLead(a: ListItem, b: ListItem): number {
  return (a.lead ?? '').localeCompare(b.lead ?? '');
}
