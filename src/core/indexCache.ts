/**
 * The index cache: what reading each growth file produced (its record and its own problems),
 * kept between sessions so a large plan opens without parsing every file again.
 *
 * It holds derived data only, never the files' text, and is never the source of truth: an
 * entry is used only while the file's size and modification time are those it was read at,
 * anything that does not look exactly right is dropped, and a cache written by another build
 * of DevGrowth (another format or producer) is ignored as a whole. The cache is pure data
 * here; where it is stored is the workspace's business.
 */
import type { Problem } from './problem';
import { isFileKind } from './schema';
import type { ParsedFile } from './reader';

/** Bump when the stored shape changes. */
export const INDEX_CACHE_FORMAT = 1;

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

interface StoredCache {
  format: number;
  producer: string;
  files: Record<string, StoredEntry>;
}

/**
 * The cache as JSON. `producer` names the build that read the files (its version): a cache
 * from another producer is never used, since its records may follow other rules. Entries whose
 * data would not survive JSON unchanged (NaN, infinities) are left out: those files are read
 * again next time.
 */
export function serialiseIndexCache(producer: string, entries: Iterable<readonly [string, CacheEntry]>): string {
  const files: Record<string, StoredEntry> = Object.create(null);
  for (const [path, { stamp, file }] of entries) {
    const stored: StoredEntry = [stamp.size, stamp.mtime, file.id, file.title, file.kind ?? null, file.record ? file.record.data : null, file.problems as Problem[]];
    if (survivesJson(stored)) files[path] = stored;
  }
  const cache: StoredCache = { format: INDEX_CACHE_FORMAT, producer, files };
  return JSON.stringify(cache);
}

/**
 * The entries of a cache written by `producer`; empty when the text is not such a cache
 * (corrupt, truncated, another format or producer). Malformed entries are dropped one by one.
 */
export function deserialiseIndexCache(text: string, producer: string): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  let cache: unknown;
  try {
    cache = JSON.parse(text);
  } catch {
    return entries;
  }
  if (!isObject(cache) || cache.format !== INDEX_CACHE_FORMAT || cache.producer !== producer || !isObject(cache.files)) return entries;
  for (const [path, stored] of Object.entries(cache.files)) {
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
  const file: ParsedFile = {
    path,
    id,
    title,
    ...(kind !== null && { kind }),
    ...(data !== null && { record: { kind, data } as ParsedFile['record'] }),
    problems: problems as Problem[],
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
