/**
 * What to complete at the cursor in a growth file's front matter: the keys its kind may have
 * there, the values of a vocabulary, the ids of goals and milestones where a link is written,
 * dates, and snippets for a new goal or milestone. Pure: the editor's provider only turns
 * these into completion items.
 */
import * as l10n from '@vscode/l10n';
import { parse } from 'yaml';
import { addDays } from '../dates';
import type { GrowthIndex } from '../growthIndex';
import type { FieldPath } from '../problem';
import { FILE_KINDS, isFileKind, MILESTONE_STATUSES, PILLARS, SCHEMA_VERSION, SUCCESS_MARKERS, type FileKind } from '../schema';
import { cursorPlace, frontMatterRange, type CursorPlace } from './cursor';
import { keyDoc } from './keyDocs';
import { schemaPathText, schemaShape, shapeAt, type Field, type FieldShape } from './schemaFields';
import { valueDescription } from './valueDocs';

export type CompletionKind = 'key' | 'value' | 'reference' | 'date' | 'snippet';

export interface CompletionView {
  readonly label: string;
  readonly kind: CompletionKind;
  /** Plain text, or snippet syntax when `snippet` is set. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** Shown beside the label: a title, a meaning. */
  readonly detail?: string;
  readonly documentation?: string;
  /** The document span the item replaces: what has been typed of the word so far, and its rest. */
  readonly replace: { readonly start: number; readonly end: number };
  readonly sortText?: string;
}

export interface CompletionContext {
  readonly index?: GrowthIndex;
  readonly today: string;
}

/** Days in a horizon, from its start to its last day. */
const HORIZON_DAYS = 90;

export function completionsAt(text: string, offset: number, context: CompletionContext): CompletionView[] {
  const place = cursorPlace(text, offset);
  if (!place) return [];
  const data = frontMatterData(text);
  const kind = isFileKind(data.kind) ? data.kind : undefined;
  const replace = { start: place.start, end: wordEnd(text, offset) };
  if (!kind) return place.kind === 'key' && place.container.length === 0 ? [...kindItems(replace, place), ...newFileSnippets(replace, context)] : kindValueItems(place, replace);
  const root = schemaShape(kind, typeof data.type === 'string' ? data.type : undefined);
  if (place.kind === 'key') return keyItems(kind, root, place.container, data, replace, context);
  // After a dash with nothing but a word yet: an item of a list of values, or the first key of a new map item.
  const itemShape = shapeAt(root, place.path);
  if (itemShape?.type === 'map' && typeof place.path.at(-1) === 'number') {
    const keys = keyItems(kind, root, place.path, data, replace, context);
    return isNewMilestone(kind, place) ? [milestoneSnippet(text, place, replace), ...keys] : keys;
  }
  return valueItems(kind, place, itemShape, data, replace, context);
}

/** The front matter as data, as far as it parses; empty while it does not. */
export function frontMatterData(text: string): Record<string, unknown> {
  const range = frontMatterRange(text);
  if (!range) return {};
  try {
    const value: unknown = parse(text.slice(range.start, range.end), { uniqueKeys: false, maxAliasCount: 100 });
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    const kind = /^kind:[ \t]*["']?([a-z]+)/m.exec(text.slice(range.start, range.end))?.[1];
    return kind ? { kind } : {};
  }
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\w.-]/.test(text[end]!)) end++;
  return end;
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function kindItems(replace: CompletionView['replace'], place: CursorPlace): CompletionView[] {
  if (!'kind'.startsWith(place.typed)) return [];
  return [
    {
      label: 'kind',
      kind: 'key',
      insertText: `kind: \${1|${FILE_KINDS.join(',')}|}\nschema: ${SCHEMA_VERSION}\n`,
      snippet: true,
      documentation: keyDoc(undefined, 'kind'),
      replace,
    },
  ];
}

function kindValueItems(place: CursorPlace, replace: CompletionView['replace']): CompletionView[] {
  if (place.kind !== 'value' || place.path.join('.') !== 'kind') return [];
  return FILE_KINDS.map((kind) => ({ label: kind, kind: 'value', insertText: kind, replace }));
}

function keyItems(
  kind: FileKind,
  root: FieldShape,
  container: FieldPath,
  data: Record<string, unknown>,
  replace: CompletionView['replace'],
  context: CompletionContext,
): CompletionView[] {
  const shape = shapeAt(root, container);
  if (shape?.type !== 'map') return [];
  const present = valueAt(data, container);
  const taken = typeof present === 'object' && present !== null ? new Set(Object.keys(present)) : new Set<string>();
  const items: CompletionView[] = [];
  for (const [key, field] of shape.keys) {
    if (taken.has(key) || key === 'kind') continue;
    const schemaPath = schemaPathText([...container, key]);
    items.push({
      label: key,
      kind: 'key',
      insertText: keySnippet(key, field, kind, schemaPath, context),
      snippet: true,
      detail: field.required ? l10n.t('required') : undefined,
      documentation: keyDoc(kind, schemaPath),
      replace,
      // Required keys first, then in the schema's order.
      sortText: `${field.required ? 0 : 1}${String(items.length).padStart(3, '0')}`,
    });
  }
  return items;
}

/** What a key inserts: the key and, where the schema knows it, a placeholder or a choice for its value. */
function keySnippet(key: string, field: Field, kind: FileKind, schemaPath: string, context: CompletionContext): string {
  const shape = field.shape;
  switch (shape.type) {
    case 'choice':
      return `${key}: \${1|${shape.values.join(',')}|}`;
    case 'boolean':
      return `${key}: \${1|true,false|}`;
    case 'date':
      return `${key}: \${1:${context.today}}`;
    case 'map':
      return `${key}:\n  $0`;
    case 'list':
      if (kind === 'goal' && schemaPath === 'milestones') return `${key}:\n  - ${milestoneBody('    ')}`;
      return `${key}:\n  - $0`;
    default:
      return `${key}: $0`;
  }
}

/** A milestone's keys as a snippet, its later lines indented by `indent`. */
function milestoneBody(indent: string): string {
  return [
    'id: ${1:first-step}',
    `title: \${2:${placeholder(l10n.t('What you will have done'))}}`,
    `doneWhen: \${3:${placeholder(l10n.t('How you will know it is done'))}}`,
    'due: ${4}',
    `status: \${5|${MILESTONE_STATUSES.join(',')}|}`,
  ].join(`\n${indent}`);
}

/** Text as a snippet placeholder's default: `$`, `}` and `\\` taken literally. */
function placeholder(text: string): string {
  return text.replace(/[$}\\]/g, (character) => `\\${character}`);
}

function isNewMilestone(kind: FileKind, place: CursorPlace & { kind: 'value' }): boolean {
  return kind === 'goal' && place.path.length === 2 && place.path[0] === 'milestones' && place.typed === '';
}

function milestoneSnippet(text: string, place: CursorPlace, replace: CompletionView['replace']): CompletionView {
  return {
    label: l10n.t('New milestone'),
    kind: 'snippet',
    insertText: milestoneBody(' '.repeat(itemIndent(text, place.start))),
    snippet: true,
    documentation: keyDoc('goal', 'milestones'),
    replace,
    sortText: '!',
  };
}

function valueItems(
  kind: FileKind,
  place: CursorPlace & { kind: 'value' },
  shape: FieldShape | undefined,
  data: Record<string, unknown>,
  replace: CompletionView['replace'],
  context: CompletionContext,
): CompletionView[] {
  const target = shape?.type === 'list' && !place.inFlowList ? shape.item : shape;
  const schemaPath = schemaPathText(place.path);
  const reference = referenceItems(kind, place.path, data, replace, context);
  if (reference) return reference;
  switch (target?.type) {
    case 'choice':
      return target.values.map((value, position) => ({
        label: value,
        kind: 'value',
        insertText: value,
        detail: valueDescription(kind, schemaPath, value),
        replace,
        sortText: String(position).padStart(3, '0'),
      }));
    case 'boolean':
      return ['true', 'false'].map((value) => ({ label: value, kind: 'value', insertText: value, replace }));
    case 'date':
      return dateItems(kind, place.path, data, replace, context);
    default:
      return [];
  }
}

/**
 * How far a list item's later lines are indented beyond the line's own leading spaces (which
 * the editor repeats on every line of a snippet): the width of its dash and the spaces after it.
 */
function itemIndent(text: string, itemStart: number): number {
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  const leading = /^ */.exec(text.slice(lineStart, itemStart))![0].length;
  return itemStart - lineStart - leading;
}

function dateItems(kind: FileKind, path: FieldPath, data: Record<string, unknown>, replace: CompletionView['replace'], context: CompletionContext): CompletionView[] {
  const horizonStart = typeof data.horizonStart === 'string' ? data.horizonStart : context.today;
  const items: CompletionView[] = [
    { label: context.today, kind: 'date', insertText: context.today, detail: l10n.t('today'), replace, sortText: '0' },
    {
      label: addDays(horizonStart, HORIZON_DAYS - 1),
      kind: 'date',
      insertText: addDays(horizonStart, HORIZON_DAYS - 1),
      detail: l10n.t('the end of the 90-day horizon'),
      replace,
      sortText: '1',
    },
  ];
  if (kind === 'goal' && path[0] === 'milestones' && typeof data.due === 'string') {
    items.push({ label: data.due, kind: 'date', insertText: data.due, detail: l10n.t('the goal\'s due date'), replace, sortText: '2' });
  }
  return dedupe(items);
}

function dedupe(items: CompletionView[]): CompletionView[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.label) && seen.add(item.label));
}

/** Ids where the key links to a goal or a milestone: undefined where it does not. */
function referenceItems(
  kind: FileKind,
  path: FieldPath,
  data: Record<string, unknown>,
  replace: CompletionView['replace'],
  context: CompletionContext,
): CompletionView[] | undefined {
  const index = context.index;
  const key = path.join('.');
  const goalLink =
    (kind === 'goal' && key === 'parent') ||
    ((kind === 'card' || kind === 'evidence' || (kind === 'assessment' && data.type === 'rubric')) && key === 'goal') ||
    (kind === 'review' && path.length === 3 && path[0] === 'goals' && path[2] === 'goal');
  if (goalLink) {
    if (!index) return [];
    const ownId = typeof data.id === 'string' ? data.id : undefined;
    return index
      .goals()
      .filter((goal) => goal.id !== ownId && (kind !== 'goal' || goal.data.horizon === 'long'))
      .map((goal) => ({ label: goal.id, kind: 'reference', insertText: goal.id, detail: goal.data.title, replace }));
  }
  const milestoneLink = (kind === 'card' || kind === 'evidence' || (kind === 'assessment' && data.type === 'rubric')) && key === 'milestone';
  if (milestoneLink) {
    const goal = typeof data.goal === 'string' ? index?.goal(data.goal) : undefined;
    return (goal?.data.milestones ?? []).map((milestone) => ({ label: milestone.id, kind: 'reference', insertText: milestone.id, detail: milestone.title, replace }));
  }
  return undefined;
}

/** Snippets for a whole new file, offered at the top of an empty front matter. */
function newFileSnippets(replace: CompletionView['replace'], context: CompletionContext): CompletionView[] {
  const due = addDays(context.today, HORIZON_DAYS - 1);
  return [
    {
      label: l10n.t('New goal'),
      kind: 'snippet',
      insertText: [
        'kind: goal',
        `schema: ${SCHEMA_VERSION}`,
        `title: \${1:${placeholder(l10n.t('Give a 20-minute talk on our payments design'))}}`,
        'horizon: ${2|short,long|}',
        'status: ${3|draft,active|}',
        `pillar: \${4|${PILLARS.join(',')}|}`,
        `successMarker: \${5|${SUCCESS_MARKERS.join(',')}|}`,
        'measurable:',
        `  metric: \${6:${placeholder(l10n.t('talks given'))}}`,
        '  target: ${7:1}',
        `start: ${context.today}`,
        `due: \${8:${due}}`,
        'milestones:',
        `  - ${milestoneBody('    ').replace(/\$\{(\d)/g, (_, digit: string) => `\${${Number(digit) + 8}`)}`,
      ].join('\n'),
      snippet: true,
      documentation: l10n.t('A short-term goal with its S.M.A.R.T. keys and a first milestone.'),
      replace,
    },
  ];
}
