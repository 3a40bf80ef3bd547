/**
 * What the schema of a kind of file allows at a path of its front matter: the keys of a map,
 * the values of a vocabulary, a date, an id. Read from the zod schemas themselves, so the
 * editor's help can never drift from what the reader accepts.
 */
import { identifier, isoDate, rating, reference, SCHEMAS, type FileKind } from '../schema';
import type { FieldPath } from '../problem';

/** What a value at a path may be. */
export type FieldShape =
  | { readonly type: 'map'; readonly keys: ReadonlyMap<string, Field> }
  | { readonly type: 'list'; readonly item: FieldShape }
  | { readonly type: 'choice'; readonly values: readonly string[] }
  | { readonly type: 'date' | 'id' | 'reference' | 'rating' | 'text' | 'number' | 'boolean' | 'text-or-number' | 'other' };

export interface Field {
  readonly shape: FieldShape;
  readonly required: boolean;
}

interface ZodDef {
  readonly type: string;
  readonly innerType?: ZodSchema;
  readonly element?: ZodSchema;
  readonly shape?: Record<string, ZodSchema>;
  readonly entries?: Record<string, string>;
  readonly values?: readonly unknown[];
  readonly options?: readonly ZodSchema[];
  readonly discriminator?: string;
  readonly in?: ZodSchema;
}
interface ZodSchema {
  readonly _zod: { readonly def: ZodDef };
}

const shapes = new WeakMap<object, FieldShape>();

/** The shape of a zod schema, seen through optional, default and pipe wrappers. */
function shapeOf(schema: ZodSchema): FieldShape {
  const known = shapes.get(schema);
  if (known) return known;
  const shape = computeShape(schema);
  shapes.set(schema, shape);
  return shape;
}

function unwrap(schema: ZodSchema): { readonly schema: ZodSchema; readonly required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    const def = current._zod.def;
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) current = def.in;
    else return { schema: current, required };
  }
}

function computeShape(schema: ZodSchema): FieldShape {
  const { schema: inner } = unwrap(schema);
  if (inner === (isoDate as unknown)) return { type: 'date' };
  if (inner === (identifier as unknown)) return { type: 'id' };
  if (inner === (reference as unknown)) return { type: 'reference' };
  if (inner === (rating as unknown)) return { type: 'rating' };
  const def = inner._zod.def;
  switch (def.type) {
    case 'object': {
      const keys = new Map<string, Field>();
      for (const [key, value] of Object.entries(def.shape ?? {}))
        keys.set(key, { shape: shapeOf(value), required: unwrap(value).required });
      return { type: 'map', keys };
    }
    case 'array':
      return def.element ? { type: 'list', item: shapeOf(def.element) } : { type: 'other' };
    case 'enum':
      return { type: 'choice', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { type: 'choice', values: (def.values ?? []).filter((value): value is string => typeof value === 'string') };
    case 'string':
      return { type: 'text' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'union': {
      const types = (def.options ?? []).map((option) => shapeOf(option).type);
      return types.includes('text') && types.includes('number') ? { type: 'text-or-number' } : { type: 'other' };
    }
    default:
      return { type: 'other' };
  }
}

/**
 * The schema of a kind; for an assessment, of its `type` when the file names a known one
 * (otherwise the keys every assessment shares, and `type` itself).
 */
export function schemaShape(kind: FileKind, assessmentType?: string): FieldShape {
  const schema = SCHEMAS[kind] as unknown as ZodSchema;
  const def = schema._zod.def;
  if (def.type !== 'union' || !def.options) return shapeOf(schema);
  const options = def.options.map(shapeOf);
  const matching = options.find((option) => option.type === 'map' && choiceOf(option.keys.get('type'))?.includes(assessmentType ?? ''));
  return matching ?? sharedKeys(options);
}

/** The kinds of assessment, for completing `type`. */
function choiceOf(field: Field | undefined): readonly string[] | undefined {
  return field?.shape.type === 'choice' ? field.shape.values : undefined;
}

function sharedKeys(options: readonly FieldShape[]): FieldShape {
  const maps = options.filter((option): option is FieldShape & { type: 'map' } => option.type === 'map');
  const first = maps[0];
  if (!first) return { type: 'other' };
  const keys = new Map<string, Field>();
  for (const [key, field] of first.keys) {
    if (key === 'type')
      keys.set(key, { shape: { type: 'choice', values: maps.flatMap((map) => choiceOf(map.keys.get('type')) ?? []) }, required: true });
    else if (maps.every((map) => map.keys.has(key))) keys.set(key, field);
  }
  return { type: 'map', keys };
}

/** The shape at a path (list positions step into the list's item), or undefined where the schema says nothing. */
export function shapeAt(root: FieldShape, path: FieldPath): FieldShape | undefined {
  let shape: FieldShape | undefined = root;
  for (const step of path) {
    if (!shape) return undefined;
    if (typeof step === 'number') shape = shape.type === 'list' ? shape.item : undefined;
    else shape = shape.type === 'map' ? shape.keys.get(step)?.shape : undefined;
  }
  return shape;
}

/** The schema path of a field: list positions written as `[]`, e.g. `milestones[].status`. */
export function schemaPathText(path: FieldPath): string {
  return path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[]` : text ? `${text}.${step}` : step), '');
}
