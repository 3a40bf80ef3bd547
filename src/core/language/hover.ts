/**
 * What hovering shows in a growth file's front matter: on a key, what it means and what it
 * may hold; on an id, the goal, milestone or card it names, with its status and progress.
 */
import * as l10n from '@vscode/l10n';
import type { GrowthIndex } from '../growthIndex';
import { isFileKind } from '../schema';
import { goalStatusText, milestoneStatusText } from '../vocabulary';
import { declaredKind, idOccurrences, occurrenceAt, type IdTarget } from './idLinks';
import { keyDoc } from './keyDocs';
import { markdownText } from './markdownText';
import { schemaPathText, schemaShape, shapeAt, type FieldShape } from './schemaFields';
import { valueDescription } from './valueDocs';
import { frontMatterNodes, keyAt, type TextSpan } from './yamlNodes';

export interface HoverView {
  /** Markdown; every piece of user text in it is escaped. */
  readonly markdown: string;
  readonly span: TextSpan;
}

export function hoverAt(path: string, text: string, offset: number, index: GrowthIndex | undefined): HoverView | undefined {
  const occurrence = occurrenceAt(idOccurrences(path, text), offset);
  if (occurrence) {
    const markdown = index && targetSummary(index, occurrence.target);
    return markdown ? { markdown, span: occurrence } : undefined;
  }
  const nodes = frontMatterNodes(text);
  if (!nodes) return undefined;
  const key = keyAt(nodes, offset);
  if (!key) return undefined;
  const { kind, type } = declaredKind(nodes);
  const fileKind = isFileKind(kind) ? kind : undefined;
  const schemaPath = schemaPathText(key.path);
  const meaning = keyDoc(fileKind, schemaPath);
  if (!meaning) return undefined;
  const shape = fileKind && shapeAt(schemaShape(fileKind, type), key.path);
  const lines = [`**${key.path.at(-1)}**: ${meaning}`];
  const allowed = shape && allowedText(shape, (value) => (fileKind ? valueDescription(fileKind, schemaPath, value) : undefined));
  if (allowed) lines.push(allowed);
  return { markdown: lines.join('\n\n'), span: key.span };
}

/** What a value of a shape may be, in words; undefined where the meaning already says it. */
function allowedText(shape: FieldShape, describe: (value: string) => string | undefined): string | undefined {
  switch (shape.type) {
    case 'choice':
      return `${l10n.t('One of:')}\n\n${shape.values.map((value) => `- \`${value}\`${described(value, describe(value))}`).join('\n')}`;
    case 'list':
      return shape.item.type === 'choice' ? allowedText(shape.item, describe)?.replace(l10n.t('One of:'), l10n.t('A list of:')) : undefined;
    case 'date':
      return l10n.t('A date written as YYYY-MM-DD, for example 2027-03-31.');
    case 'id':
      return l10n.t('An id: lower-case letters, digits and dashes.');
    case 'reference':
      return l10n.t('The id of a goal: its `id`, or its file name without `.md`.');
    case 'rating':
      return l10n.t('A whole number from 1 to 5.');
    case 'boolean':
      return l10n.t('`true` or `false`.');
    default:
      return undefined;
  }
}

/** A value's words after it, unless they only repeat it. */
function described(value: string, words: string | undefined): string {
  return words && words.toLowerCase() !== value.replace(/-/g, ' ') ? `: ${markdownText(words)}` : '';
}

/** A goal's, milestone's or card's title, status and progress; undefined when the plan has no such thing. */
function targetSummary(index: GrowthIndex, target: IdTarget): string | undefined {
  if (target.type === 'card') {
    const card = index.find('card', target.cardId);
    return card && `**${markdownText(card.data.title)}**\n\n${l10n.t('Growth card')}`;
  }
  const goal = index.goal(target.goalId);
  if (!goal) return undefined;
  const milestones = goal.data.milestones;
  if (target.type === 'milestone') {
    const milestone = milestones.find((candidate) => candidate.id === target.milestoneId);
    if (!milestone) return undefined;
    const parts = [milestoneStatusText(milestone.status)];
    if (milestone.due) parts.push(l10n.t('due {0}', milestone.due));
    return [`**${markdownText(milestone.title)}**`, parts.join(' · '), l10n.t('A milestone of "{0}"', markdownText(goal.data.title))].join(
      '\n\n',
    );
  }
  const done = milestones.filter((milestone) => milestone.status === 'done').length;
  const parts = [goalStatusText(goal.data.status)];
  if (milestones.length > 0) parts.push(l10n.t('{0} of {1} milestones done', done, milestones.length));
  if (goal.data.due) parts.push(l10n.t('due {0}', goal.data.due));
  return [`**${markdownText(goal.data.title)}**`, parts.join(' · ')].join('\n\n');
}
