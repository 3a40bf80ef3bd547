/**
 * The workspace index: every growth file of one growth folder, parsed, linked and checked.
 *
 * It is built from (path, text) pairs and updated one file at a time; everything derived
 * (links, problems) is computed from the current files when asked, so an incremental update
 * always gives the same answers as a full rebuild. One bad file is kept as a problem and
 * never hides the others.
 */
import type { Problem } from './problem';
import { readGrowthFile, type ParsedFile } from './reader';
import { duplicateIdMessage, type Assessment, type FileKind, type GrowthData, type GrowthRecord } from './schema';

/** A valid file of one kind, with where it lives. */
export interface Entry<K extends FileKind> {
  readonly path: string;
  readonly id: string;
  readonly data: GrowthData[K];
}

/** What an update changed, so views refresh only that. */
export interface IndexChange {
  readonly path: string;
  readonly before?: ParsedFile;
  readonly after?: ParsedFile;
}

/**
 * A check that needs more of the plan than one file (links, S.M.A.R.T. rules): the problems of
 * one file. It may look at the file itself and at the goals the file names by id (its goal,
 * parent or reviewed goals) and, for a goal, the goals along its chain of parents; nothing else
 * of the plan: `affectedBy` relies on it to recheck only what a change can touch, and the index
 * keeps its answer until one of those files changes.
 *
 * A check that counts across the whole plan (the burnout guard) says so with `acrossPlan`: it
 * runs on every ask, and a change to what is active rechecks every active goal.
 */
export type PlanCheck = ((file: ParsedFile, index: GrowthIndex, today: string) => Problem[]) & { readonly acrossPlan?: true };

/** Marks a check as one that counts across the whole plan (see `PlanCheck`). */
export function acrossPlan(check: (file: ParsedFile, index: GrowthIndex, today: string) => Problem[]): PlanCheck {
  return Object.assign(check, { acrossPlan: true as const });
}

/** The problems the linked checks gave a file, on a day. */
interface Checked {
  readonly today: string;
  readonly problems: readonly Problem[];
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

export class GrowthIndex {
  private readonly filesByPath = new Map<string, ParsedFile>();
  /** path lists per kind and id; more than one path per id is a duplicate-id problem. */
  private readonly pathsById = new Map<string, string[]>();
  /** For each goal id, the files that name it (cards, evidence, rubric ratings, reviews, child goals). */
  private readonly pathsNamingGoal = new Map<string, Set<string>>();
  /** Goes up with every change, so what is derived from the whole plan can be kept until the next one. */
  private changes = 0;
  private readonly linkedChecks: readonly PlanCheck[];
  private readonly planChecks: readonly PlanCheck[];
  /**
   * The linked checks' answers, kept until the file or a file it links to changes: a change to
   * one goal rechecks every active goal for the burnout guard, and a tree row asks again at
   * each redraw, so a plan of thousands of files would otherwise run every check each time.
   */
  private readonly checked = new WeakMap<ParsedFile, Checked>();

  constructor(checks: readonly PlanCheck[] = []) {
    this.linkedChecks = checks.filter((check) => !check.acrossPlan);
    this.planChecks = checks.filter((check) => check.acrossPlan);
  }

  /** Adds or replaces a file from its text. Non-growth files are dropped from the index. */
  set(path: string, text: string): IndexChange {
    return this.put(path, readGrowthFile(path, text));
  }

  /** Adds or replaces an already parsed file (used by a cache or a parser on another thread). */
  put(path: string, parsed: ParsedFile | undefined): IndexChange {
    this.changes++;
    const before = this.filesByPath.get(path);
    if (before) this.unlink(before);
    if (parsed) {
      this.filesByPath.set(path, parsed);
      this.link(parsed);
    } else {
      this.filesByPath.delete(path);
    }
    // The replaced file's answers go with it; those of the files linked to it are stale now.
    const linked = new Set<string>();
    for (const file of [before, parsed]) this.addLinked(file, linked);
    for (const other of linked) {
      const file = this.filesByPath.get(other);
      if (file) this.checked.delete(file);
    }
    return { path, before, after: parsed };
  }

  delete(path: string): IndexChange {
    return this.put(path, undefined);
  }

  /** A rename keeps the parsed content; the id follows the new file name unless set in the file. */
  rename(from: string, to: string, text: string): IndexChange[] {
    return [this.delete(from), this.set(to, text)];
  }

  clear(): void {
    this.changes++;
    this.filesByPath.clear();
    this.pathsById.clear();
    this.pathsNamingGoal.clear();
  }

  /**
   * The files whose problems these changes can alter: the changed files themselves, files that
   * share an id with them, and, for a goal, every file that names it. Everything else keeps its
   * problems, so a change costs the same in a plan of ten files or fifty thousand.
   */
  affectedBy(changes: readonly IndexChange[]): Set<string> {
    const affected = new Set<string>();
    for (const { path, before, after } of changes) {
      affected.add(path);
      for (const file of [before, after]) this.addLinked(file, affected);
      // The burnout guard counts across the plan: a change to what is active rechecks every active goal.
      if (this.planChecks.length > 0 && activeWork(before) !== activeWork(after))
        for (const goal of this.goals()) if (goal.data.status === 'active') affected.add(goal.path);
    }
    for (const path of affected) if (!this.filesByPath.has(path)) affected.delete(path);
    return affected;
  }

  /** A number that changes whenever the index does. */
  get revision(): number {
    return this.changes;
  }

  /** Adds the files sharing the file's id and, for a goal, every file that names it. */
  private addLinked(file: ParsedFile | undefined, into: Set<string>): void {
    if (!file?.record) return;
    for (const other of this.pathsById.get(idKey(file.record.kind, file.id)) ?? []) into.add(other);
    if (file.record.kind === 'goal') this.addNamingGoal(file.id, into);
  }

  /**
   * Adds every file that names the goal, and, through goals naming it as their parent, every
   * goal further down its chain: a loop of parents is a problem of each goal on it. Each goal
   * is followed once, so a loop ends.
   */
  private addNamingGoal(goalId: string, affected: Set<string>): void {
    for (const other of this.pathsNamingGoal.get(goalId) ?? []) affected.add(other);
    const pending = [goalId];
    const followed = new Set(pending);
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      for (const other of this.pathsNamingGoal.get(id) ?? []) {
        const child = this.filesByPath.get(other);
        if (child?.record?.kind !== 'goal' || child.record.data.parent !== id) continue;
        affected.add(other);
        if (!followed.has(child.id)) {
          followed.add(child.id);
          pending.push(child.id);
        }
      }
    }
  }

  get size(): number {
    return this.filesByPath.size;
  }

  get(path: string): ParsedFile | undefined {
    return this.filesByPath.get(path);
  }

  files(): IterableIterator<ParsedFile> {
    return this.filesByPath.values();
  }

  /** Files that could not be read as valid growth files (shown as error nodes). */
  invalidFiles(): ParsedFile[] {
    return [...this.filesByPath.values()].filter((file) => !file.record);
  }

  /** Every valid file of a kind, in path order (stable across rebuilds). */
  entries<K extends FileKind>(kind: K): Entry<K>[] {
    const result: Entry<K>[] = [];
    for (const file of this.filesByPath.values()) {
      if (file.record?.kind === kind) result.push({ path: file.path, id: file.id, data: file.record.data as GrowthData[K] });
    }
    return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  /** The valid file of a kind with this id (the first by path when the id is duplicated). */
  find<K extends FileKind>(kind: K, id: string): Entry<K> | undefined {
    const paths = this.pathsById.get(idKey(kind, id));
    if (!paths) return undefined;
    for (const path of [...paths].sort()) {
      const file = this.filesByPath.get(path);
      if (file?.record?.kind === kind) return { path, id, data: file.record.data as GrowthData[K] };
    }
    return undefined;
  }

  profile(): Entry<'profile'> | undefined {
    return this.entries('profile')[0];
  }

  goals(): Entry<'goal'>[] {
    return this.entries('goal');
  }

  goal(id: string): Entry<'goal'> | undefined {
    return this.find('goal', id);
  }

  /** Short-term goals that name this long-term goal as their parent. */
  childGoals(parentId: string): Entry<'goal'>[] {
    return this.goals().filter((goal) => goal.data.parent === parentId);
  }

  /** Growth cards for a goal, or for one of its milestones (every card when no goal is given). */
  cards(goalId?: string, milestoneId?: string): Entry<'card'>[] {
    return this.entries('card').filter(
      (card) => (goalId === undefined || card.data.goal === goalId) && (milestoneId === undefined || card.data.milestone === milestoneId),
    );
  }

  /** Evidence for a goal (all evidence when no goal is given), newest first. */
  evidence(goalId?: string): Entry<'evidence'>[] {
    return newestFirst(this.entries('evidence').filter((entry) => goalId === undefined || entry.data.goal === goalId));
  }

  reviews(): Entry<'review'>[] {
    return newestFirst(this.entries('review'));
  }

  checkins(): Entry<'checkin'>[] {
    return newestFirst(this.entries('checkin'));
  }

  assessments(type?: Assessment['type']): Entry<'assessment'>[] {
    return newestFirst(this.entries('assessment').filter((entry) => type === undefined || entry.data.type === type));
  }

  services(): Entry<'service'>[] {
    return newestFirst(this.entries('service'));
  }

  breaks(): Entry<'break'>[] {
    return this.entries('break').sort((a, b) => compare(a.data.start, b.data.start));
  }

  /** Every problem of a file: its own (syntax, schema) and the plan's (links, rules). */
  problems(path: string, today: string): Problem[] {
    const file = this.filesByPath.get(path);
    if (!file) return [];
    const problems = [...file.problems];
    if (!file.record) return problems;
    const duplicates = this.pathsById.get(idKey(file.record.kind, file.id))?.filter((other) => other !== path) ?? [];
    if (duplicates.length > 0) {
      problems.push({
        code: 'duplicate-id',
        severity: 'error',
        message: duplicateIdMessage(file.record.kind, file.id, duplicates),
        field: ['id'],
      });
    }
    problems.push(...this.linkedProblems(file, today));
    for (const check of this.planChecks) problems.push(...check(file, this, today));
    return problems;
  }

  private linkedProblems(file: ParsedFile, today: string): readonly Problem[] {
    const known = this.checked.get(file);
    if (known?.today === today) return known.problems;
    const found = this.linkedChecks.flatMap((check) => check(file, this, today));
    this.checked.set(file, { today, problems: found.length > 0 ? found : NO_PROBLEMS });
    return found;
  }

  private link(file: ParsedFile): void {
    if (!file.record) return;
    const key = idKey(file.record.kind, file.id);
    const paths = this.pathsById.get(key);
    if (paths) paths.push(file.path);
    else this.pathsById.set(key, [file.path]);
    for (const goalId of goalsNamedBy(file.record)) {
      const naming = this.pathsNamingGoal.get(goalId);
      if (naming) naming.add(file.path);
      else this.pathsNamingGoal.set(goalId, new Set([file.path]));
    }
  }

  private unlink(file: ParsedFile): void {
    if (!file.record) return;
    const key = idKey(file.record.kind, file.id);
    const paths = this.pathsById.get(key)?.filter((path) => path !== file.path);
    if (paths && paths.length > 0) this.pathsById.set(key, paths);
    else this.pathsById.delete(key);
    for (const goalId of goalsNamedBy(file.record)) {
      const naming = this.pathsNamingGoal.get(goalId);
      naming?.delete(file.path);
      if (naming?.size === 0) this.pathsNamingGoal.delete(goalId);
    }
  }
}

/** The ids of the goals a file names. */
function goalsNamedBy(record: GrowthRecord): string[] {
  switch (record.kind) {
    case 'goal':
      return record.data.parent ? [record.data.parent] : [];
    case 'card':
    case 'evidence':
      return record.data.goal ? [record.data.goal] : [];
    case 'assessment':
      return record.data.type === 'rubric' ? [record.data.goal] : [];
    case 'review':
      return (record.data.goals ?? []).map((entry) => entry.goal);
    default:
      return [];
  }
}

function idKey(kind: FileKind, id: string): string {
  return `${kind}:${id}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirst<K extends 'evidence' | 'review' | 'checkin' | 'assessment' | 'service'>(entries: Entry<K>[]): Entry<K>[] {
  return entries.sort((a, b) => compare(b.data.date, a.data.date) || compare(a.path, b.path));
}

/** What a goal file adds to the plan-wide count of active work (which the guard's messages name), if it is active. */
function activeWork(file: ParsedFile | undefined): string {
  if (file?.record?.kind !== 'goal' || file.record.data.status !== 'active') return '';
  const { horizon, title, milestones } = file.record.data;
  return JSON.stringify([
    horizon,
    title,
    milestones.filter((milestone) => milestone.status === 'active').map((milestone) => milestone.title),
  ]);
}
