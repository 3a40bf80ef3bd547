/**
 * The index cache: what reading each growth file produced (its record and its own problems),
 * kept between sessions so a large plan opens without parsing every file again.
 *
 * It holds derived data only, never the files' text, and is never the source of truth: an
 * entry is used only while the file's size and modification time are those it was read at,
 * anything that does not look exactly right (a record its schema refuses included) is dropped, and a cache written by another build
 * of DevGrowth (another format or producer) is ignored as a whole. The cache is pure data
 * here; where it is stored is the workspace's business.
 */
import type { Problem } from './problem';
import type { z } from 'zod';
import { isFileKind, SCHEMAS, type FileKind } from './schema';
import type { ParsedFile } from './reader';

/** Bump when the stored shape changes. */
export const INDEX_CACHE_FORMAT = 2;

/** What identifies one version of a file on disk. */
export interface FileStamp {
  readonly size: number;
  /** Modification time in milliseconds. */
  readonly mtime: number;
}

export interface CacheEntry {
  readonly stamp: FileStamp;
  readonly file: ParsedFile;
}

/** A stored entry: [size, mtime, id, title, kind, record data, problems]. Arrays keep it small. */
type StoredEntry = [number, number, string, string, string | null, Record<string, unknown> | null, Problem[]];

/** The first line of the cache: which build wrote it, and the files the sidebar shows first. */
interface StoredHead {
  format: number;
  producer: string;
  files: Record<string, StoredEntry>;
}

/** Each following line: some of the other files. */
interface StoredRest {
  files: Record<string, StoredEntry>;
}

/** How many files one line after the first holds: parsing one holds up the extension host for a few milliseconds. */
export const CACHE_LINE_FILES = 1000;

/**
 * The cache as lines of JSON. The first names the build that read the files (`producer`, its
 * version: a cache from another producer is never used, since its records may follow other
 * rules) and holds the profile and the goals, which the sidebar shows; the lines after it hold
 * the rest, `CACHE_LINE_FILES` at a time. A start parses the first line and shows the sidebar;
 * the others are parsed one by one after it. Entries whose data would not survive JSON
 * unchanged (NaN, infinities) are left out: those files are read again next time.
 */
export function serialiseIndexCache(producer: string, entries: Iterable<readonly [string, CacheEntry]>): string {
  const first = Object.create(null) as Record<string, StoredEntry>;
  const rest: Record<string, StoredEntry>[] = [];
  let restCount = 0;
  for (const [path, { stamp, file }] of entries) {
    const stored: StoredEntry = [stamp.size, stamp.mtime, file.id, file.title, file.kind ?? null, file.record ? file.record.data : null, file.problems as Problem[]];
    if (!survivesJson(stored)) continue;
    if (isShownFirst(file)) {
      first[path] = stored;
    } else {
      if (restCount++ % CACHE_LINE_FILES === 0) rest.push(Object.create(null) as Record<string, StoredEntry>);
      rest[rest.length - 1]![path] = stored;
    }
  }
  const head: StoredHead = { format: INDEX_CACHE_FORMAT, producer, files: first };
  return [head, ...rest.map((files): StoredRest => ({ files }))].map((line) => JSON.stringify(line)).join('\n');
}

/** The files a start shows before the rest: the profile (the north star) and the goals. */
export function isShownFirst(file: ParsedFile): boolean {
  return file.kind === 'profile' || file.kind === 'goal';
}

/** A cache read a line at a time: the files the sidebar shows first, then the rest, each part when asked. */
export interface IndexCacheParts {
  readonly first: Map<string, CacheEntry>;
  readonly rest: readonly (() => Map<string, CacheEntry>)[];
}

/**
 * A cache written by `producer`, in its parts; empty when the text is not such a cache
 * (corrupt, another format or producer). A later line that is corrupt (a cache cut short)
 * gives nothing: those files are read again. Malformed entries are dropped one by one.
 */
export function readIndexCache(text: string, producer: string): IndexCacheParts {
  const [headLine = '', ...restLines] = text.split('\n');
  const head = parseJson(headLine);
  if (!isObject(head) || head.format !== INDEX_CACHE_FORMAT || head.producer !== producer || !isObject(head.files)) {
    return { first: new Map(), rest: [] };
  }
  return {
    first: entriesOf(head.files),
    rest: restLines.map((line) => () => {
      const stored = parseJson(line);
      return isObject(stored) && isObject(stored.files) ? entriesOf(stored.files) : new Map();
    }),
  };
}

/** Every part of a cache at once (see `readIndexCache`). */
export function deserialiseIndexCache(text: string, producer: string): Map<string, CacheEntry> {
  const parts = readIndexCache(text, producer);
  return new Map([parts.first, ...parts.rest.map((part) => part())].flatMap((entries) => [...entries]));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function entriesOf(files: Record<string, unknown>): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  for (const [path, stored] of Object.entries(files)) {
    const entry = toEntry(path, stored);
    if (entry) entries.set(path, entry);
  }
  return entries;
}

/** The cached reading of a file, if it was made from exactly this version of the file. */
export function freshEntry(cache: ReadonlyMap<string, CacheEntry>, path: string, stamp: FileStamp): ParsedFile | undefined {
  const entry = cache.get(path);
  return entry && entry.stamp.size === stamp.size && entry.stamp.mtime === stamp.mtime ? entry.file : undefined;
}

function toEntry(path: string, stored: unknown): CacheEntry | undefined {
  if (!Array.isArray(stored) || stored.length !== 7) return undefined;
  const [size, mtime, id, title, kind, data, problems] = stored as unknown[];
  if (!isCount(size) || !isTime(mtime) || typeof id !== 'string' || typeof title !== 'string') return undefined;
  if (!(kind === null || isFileKind(kind)) || !(data === null || isObject(data)) || !Array.isArray(problems) || !problems.every(isProblem)) return undefined;
  // A record always has a kind, and it is the kind its data declares.
  if (data !== null && (kind === null || data.kind !== kind)) return undefined;
  // The views trust a record as much as one just read: it must pass the same schema, or the
  // entry is dropped and the file read again. (The cache may be stale, or not DevGrowth's.)
  let record: ParsedFile['record'];
  if (data !== null) {
    const result = (SCHEMAS[kind as FileKind] as z.ZodType).safeParse(data);
    if (!result.success) return undefined;
    record = { kind, data: result.data } as ParsedFile['record'];
  }
  const file: ParsedFile = {
    path,
    id,
    title,
    ...(kind !== null && { kind }),
    ...(record && { record }),
    problems,
  };
  return { stamp: { size, mtime }, file };
}

function isProblem(value: unknown): value is Problem {
  return (
    isObject(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    (value.severity === 'error' || value.severity === 'warning' || value.severity === 'info') &&
    (value.field === undefined || (Array.isArray(value.field) && value.field.every((key) => typeof key === 'string' || typeof key === 'number'))) &&
    (value.range === undefined || isRange(value.range))
  );
}

function isRange(value: unknown): boolean {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** False when JSON would change the value: non-finite numbers become null, -0 becomes 0. */
function survivesJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (!survivesJson(item)) return false;
  return true;
}
