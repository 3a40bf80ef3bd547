/**
 * "Prepare the Promotion Conversation": a one-page brief for the talk with the manager (seed
 * 004). The three criteria a promotion needs, each with its answer and the evidence behind it;
 * the ask, with the level and the cycle; the feedback so far; and the questions still open.
 */
import * as l10n from '@vscode/l10n';
import type { Entry, GrowthIndex } from '../growthIndex';
import { PERFORMING_AT_NEXT_LEVEL } from '../suggestions/situation';
import type { Block, ListItem } from './document';
import { receiptsOf } from './receipts';

/** Evidence listed under the first criterion: enough for one page. */
export const BRIEF_EVIDENCE = 8;

export function promotionBrief(index: GrowthIndex): { title: string; blocks: Block[] } {
  const profile = index.profile()?.data;
  const assessments = index
    .assessments('promotion')
    .map((entry) => entry.data)
    .filter((data) => data.type === 'promotion');
  const latest = assessments[0];
  const level = latest?.targetLevel ?? profile?.targetLevel;
  const cycle = latest?.cycle ?? profile?.promotionCycle;
  const title = profile?.name ? l10n.t('{0}: the promotion conversation', profile.name) : l10n.t('The promotion conversation');
  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  const yesNo = (value: boolean | undefined) => (value === undefined ? l10n.t('not known yet') : value ? l10n.t('yes') : l10n.t('no'));

  if (!latest) {
    blocks.push({
      type: 'paragraph',
      text: l10n.t(
        'No promotion readiness check yet. Run "DevGrowth: Assess: Promotion Readiness" first, so this brief can say where you stand.',
      ),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: l10n.t('The three criteria') });
  const evidence = index.evidence().slice(0, BRIEF_EVIDENCE);
  const goalTitle = new Map(index.goals().map((goal) => [goal.id, goal.data.title]));
  blocks.push({
    type: 'heading',
    level: 3,
    text: latest
      ? l10n.t('Working at the next level: {0} of 5', String(latest.performingAtNextLevel))
      : l10n.t('Working at the next level'),
  });
  blocks.push(
    evidence.length > 0
      ? { type: 'list', items: evidence.map((entry) => evidenceItem(entry, goalTitle)) }
      : { type: 'paragraph', text: l10n.t('No evidence logged yet: log what you did with "DevGrowth: Log Evidence".') },
  );
  blocks.push({
    type: 'heading',
    level: 3,
    text: l10n.t('The business needs someone at that level: {0}', latest ? yesNo(latest.businessJustification) : l10n.t('not known yet')),
  });
  const impact = index.goals().filter((goal) => goal.data.successMarker === 'business-impact' && goal.data.status !== 'dropped');
  if (impact.length > 0)
    blocks.push({
      type: 'list',
      items: impact.map((goal) => ({ text: l10n.t('Goal for business impact: {0} ({1})', goal.data.title, goal.data.status) })),
    });
  blocks.push({ type: 'heading', level: 3, text: l10n.t('There is budget for it: {0}', yesNo(latest?.budget)) });

  blocks.push({ type: 'heading', level: 2, text: l10n.t('The ask') });
  blocks.push({
    type: 'paragraph',
    text:
      level && cycle
        ? l10n.t('I want to be promoted to {0} in the {1} cycle. What do I need to show, and by when?', level, cycle)
        : level
          ? l10n.t('I want to be promoted to {0}. Which cycle can we aim for, and what do I need to show by then?', level)
          : l10n.t('I want to be promoted to the next level. Which cycle can we aim for, and what do I need to show by then?'),
  });
  if (latest) {
    blocks.push({
      type: 'paragraph',
      text: !latest.voicedToManager
        ? l10n.t('My manager does not know yet that I want this: this conversation is the first.')
        : latest.firmCommitment
          ? l10n.t('My manager has committed to it.')
          : l10n.t('We have talked about it, without a firm commitment yet.'),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Target cycle') });
  blocks.push({ type: 'paragraph', text: cycle ?? l10n.t('None named yet: "some time" is not a date. Name a cycle.') });

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Feedback so far') });
  const feedback = assessments.filter((data) => data.feedback?.trim());
  blocks.push(
    feedback.length > 0
      ? { type: 'list', items: feedback.map((data) => ({ lead: data.date, text: data.feedback!.trim() })) }
      : { type: 'paragraph', text: l10n.t('None recorded yet.') },
  );

  blocks.push({ type: 'heading', level: 2, text: l10n.t('Open questions') });
  const questions: string[] = [];
  const next = level ?? l10n.t('the next level');
  if (!latest || latest.performingAtNextLevel < PERFORMING_AT_NEXT_LEVEL)
    questions.push(l10n.t('Which parts of my work are not yet at {0}, and what would show they are?', next));
  if (!latest?.businessJustification) questions.push(l10n.t('Which work at {0} does the business need done?', next));
  if (latest?.budget !== true) questions.push(l10n.t('Is there budget for the promotion, and who decides it, when?'));
  if (!latest?.firmCommitment)
    questions.push(cycle ? l10n.t('Will you put me forward in the {0} cycle?', cycle) : l10n.t('Which promotion cycle can we aim for?'));
  questions.push(l10n.t('What would the promotion committee want to see that is missing?'));
  blocks.push({ type: 'list', items: questions.map((text) => ({ text })) });
  return { title, blocks };
}

function evidenceItem(entry: Entry<'evidence'>, goalTitle: ReadonlyMap<string, string>): ListItem {
  const goal = entry.data.goal ? goalTitle.get(entry.data.goal) : undefined;
  const text = [entry.data.title, entry.data.impact, goal && l10n.t('for "{0}"', goal)].filter(Boolean).join(' · ');
  const receipts = receiptsOf(entry.data);
  const link = entry.data.links?.[0] ?? receipts.link;
  return { lead: entry.data.date, text, ...(link ? { link } : {}), ...(receipts.note ? { note: receipts.note } : {}) };
}
