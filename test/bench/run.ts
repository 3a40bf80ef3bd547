// npm run bench [-- 1000 10000 50000] [--quiet | --busy] [--no-git]: how fast DevGrowth reads a growth
// folder, against the physical limit (reading the bytes) and a common baseline (gray-matter,
// what most Markdown extensions use), on the same generated files in one run. Each figure is
// the median of its rounds, with their spread, measured twice: on a quiet machine and on a busy
// one (another process keeping one core fully loaded, as a build or a test run does on a
// developer's laptop). Then Suggest Evidence from Git over a generated repository of 50,000
// commits, against git log alone. Prints a table per mode and writes test-results/bench.json
// to compare across commits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { growthChecks } from '../../src/core/checks';
import { GrowthIndex } from '../../src/core/growthIndex';
import { deserialiseIndexCache, freshEntry, serialiseIndexCache, type CacheEntry } from '../../src/core/indexCache';
import { readGrowthFile } from '../../src/core/reader';
import { DEFAULT_WORKLOAD_LIMITS } from '../../src/core/workload';
import { completionsAt } from '../../src/core/language/completion';
import { hoverAt } from '../../src/core/language/hover';
import { generatePlan } from './generate';
import { measureGitScan, type GitFigures } from './gitHistory';

const TODAY = '2026-11-22';
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const MODES: readonly Mode[] = process.argv.includes('--quiet')
  ? ['quiet']
  : process.argv.includes('--busy')
    ? ['busy']
    : ['quiet', 'busy'];
/** Rounds of each timed figure: odd, so the median is one of them. */
const ROUNDS = 7;
/** Rounds of the git scan: each reads 50,000 commits, so fewer. */
const GIT_ROUNDS = 5;
const NO_GIT = process.argv.includes('--no-git');
const INCREMENTAL_CHANGES = 200;
const EDITOR_REQUESTS = 100;

type Mode = 'quiet' | 'busy';

/** A figure over its rounds: the median, and the fastest and slowest round. */
interface Spread {
  median: number;
  min: number;
  max: number;
  rounds: number[];
}

interface Figures {
  files: number;
  megabytes: number;
  rawReadMs: Spread;
  grayMatterMs: Spread;
  coldIndexMs: Spread;
  warmStartMs: Spread;
  /** The p50 and p95 of one file changed, per round of changes. */
  incrementalP50Ms: Spread;
  incrementalP95Ms: Spread;
  heapGrowthMb: number;
  heapPerFileKb: number;
  /** Completing a goal link (every goal of the plan offered) and hovering over one, in an open card: each round's p95. */
  completionP95Ms: Spread;
  hoverP95Ms: Spread;
}

function spread(rounds: readonly number[]): Spread {
  const sorted = [...rounds].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, rounds: [...rounds] };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs of a request repeated on the same plan, sorted: what a user waits for at the cursor. */
function timed(times: number, request: (run: number) => void): number[] {
  const timings: number[] = [];
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    request(run);
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

/** A request's p95 in each of the rounds. */
function p95Rounds(request: () => void): Spread {
  return spread(Array.from({ length: ROUNDS }, () => percentile(timed(EDITOR_REQUESTS, request), 95)));
}

/**
 * Rounds of each contender, each after a garbage collection that is not timed. The contenders
 * take turns, so a slow spell of a shared machine slows them alike and their ratios hold.
 */
function rounds<Name extends string>(contenders: Record<Name, () => void>): Record<Name, Spread> {
  const names = Object.keys(contenders) as Name[];
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      collectGarbage();
      const started = performance.now();
      contenders[name]();
      times[name].push(performance.now() - started);
    }
  }
  return Object.fromEntries(names.map((name) => [name, spread(times[name])])) as Record<Name, Spread>;
}

/** Keeps one core busy until stopped: a process of its own, so it competes as another program would. */
function occupyOneCore(): () => void {
  const busy = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => void busy.kill();
}

function readAll(files: readonly string[]): string[] {
  return files.map((file) => fs.readFileSync(file, 'utf8'));
}

/** The checks the extension runs, with the burnout guard's default limits. */
const CHECKS = growthChecks(() => DEFAULT_WORKLOAD_LIMITS);

/** What the extension does on a cold start: read, parse, validate, link, then every file's problems. */
function coldIndex(files: readonly string[]): GrowthIndex {
  const index = new GrowthIndex(CHECKS);
  for (const file of files) index.set(file, fs.readFileSync(file, 'utf8'));
  for (const file of index.files()) index.problems(file.path, TODAY);
  return index;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(count: number): Figures {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `devgrowth-bench-${count}-`));
  try {
    process.stdout.write(`Generating ${count.toLocaleString('en')} files… `);
    const files = generatePlan(folder, count);
    const megabytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0) / 1024 / 1024;
    console.log(`${megabytes.toFixed(1)} MB`);

    readAll(files); // the page cache is warm for every measurement alike
    const { rawReadMs, grayMatterMs, coldIndexMs } = rounds({
      rawReadMs: () => void readAll(files),
      grayMatterMs: () => {
        for (const file of files) {
          try {
            matter(fs.readFileSync(file, 'utf8'), {}); // `{}` skips its unbounded cache
          } catch {
            // A broken file: an extension built on it would skip it too.
          }
        }
      },
      // Each cold build starts with no index in memory, as the extension does.
      coldIndexMs: () => void coldIndex(files),
    });
    const index = coldIndex(files);
    // The heap an index holds: with one more built, and once that one is dropped. (Growth from
    // before a build can read nil: V8 may still hold the build before it, which goes as the new
    // one comes. A one-file build afterwards takes that place.)
    const probe = [coldIndex(files)];
    collectGarbage();
    const heapWithProbe = process.memoryUsage().heapUsed;
    probe.length = 0;
    coldIndex(files.slice(0, 1));
    collectGarbage();
    const heapGrowthBytes = heapWithProbe - process.memoryUsage().heapUsed;

    // Warm start: the cache of the last session, checked against each file's size and mtime.
    const entries: [string, CacheEntry][] = [...index.files()].map((file) => {
      const stat = fs.statSync(file.path);
      return [file.path, { stamp: { size: stat.size, mtime: stat.mtimeMs }, file }];
    });
    const stored = serialiseIndexCache('bench', entries);
    const { warmStartMs } = rounds({
      warmStartMs: () => {
        const cache = deserialiseIndexCache(stored, 'bench');
        const warm = new GrowthIndex(CHECKS);
        for (const file of files) {
          const stat = fs.statSync(file);
          const cached = freshEntry(cache, file, { size: stat.size, mtime: stat.mtimeMs });
          warm.put(file, cached ?? readGrowthFile(file, fs.readFileSync(file, 'utf8')));
        }
        for (const file of warm.files()) warm.problems(file.path, TODAY);
      },
    });

    // One file changes: re-read it and recheck what it affects, as the extension does on save.
    const goalFiles = files.filter((file) => file.includes(`${path.sep}goals${path.sep}`));
    const texts = goalFiles.map((file) => fs.readFileSync(file, 'utf8'));
    const incremental = Array.from({ length: ROUNDS }, (_, round) =>
      timed(INCREMENTAL_CHANGES, (change) => {
        const at = (round * INCREMENTAL_CHANGES + change) % goalFiles.length;
        const text = texts[at]!.replace(/^status: \w+/m, change % 2 === 0 ? 'status: paused' : 'status: active');
        const changed = index.set(goalFiles[at]!, text);
        for (const path of index.affectedBy([changed])) index.problems(path, TODAY);
      }),
    );
    const linked = index.goals()[0]?.id ?? 'none';
    const card = `---\nkind: card\nschema: 1\ntitle: A card\ngoal: ${linked}\n---\n`;
    return {
      files: files.length,
      megabytes,
      rawReadMs,
      grayMatterMs,
      coldIndexMs,
      warmStartMs,
      incrementalP50Ms: spread(incremental.map((sorted) => percentile(sorted, 50))),
      incrementalP95Ms: spread(incremental.map((sorted) => percentile(sorted, 95))),
      heapGrowthMb: heapGrowthBytes / 1024 / 1024,
      heapPerFileKb: heapGrowthBytes / 1024 / files.length,
      completionP95Ms: p95Rounds(() => void completionsAt(card, card.indexOf('goal: ') + 6, { index, today: TODAY })),
      hoverP95Ms: p95Rounds(() => void hoverAt('cards/a-card.md', card, card.indexOf('goal: ') + 7, index)),
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function printTable(mode: Mode, results: readonly Figures[]): void {
  const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
  const range = (figure: Spread) => `${ms(figure.min)}–${ms(figure.max)}`;
  const ratio = (value: Spread, to: Spread) => `${(value.median / to.median).toFixed(2)}x`;
  const timing = (label: string, figure: Spread, ratios: readonly string[] = ['', '']) => [
    label,
    ms(figure.median),
    range(figure),
    ...ratios,
  ];
  const rows = results.flatMap((result) => [
    [`${result.files.toLocaleString('en')} files (${result.megabytes.toFixed(1)} MB)`, '', '', '', ''],
    timing('  raw read (physical limit)', result.rawReadMs, ['1.00x', ratio(result.rawReadMs, result.grayMatterMs)]),
    timing('  gray-matter (baseline)', result.grayMatterMs, [ratio(result.grayMatterMs, result.rawReadMs), '1.00x']),
    timing('  DevGrowth cold index', result.coldIndexMs, [
      ratio(result.coldIndexMs, result.rawReadMs),
      ratio(result.coldIndexMs, result.grayMatterMs),
    ]),
    timing('  DevGrowth warm start (cache)', result.warmStartMs, [
      ratio(result.warmStartMs, result.rawReadMs),
      ratio(result.warmStartMs, result.grayMatterMs),
    ]),
    timing('  one file changed, p50', result.incrementalP50Ms),
    timing('  one file changed, p95', result.incrementalP95Ms),
    timing('  completion at a goal link, p95', result.completionP95Ms),
    timing('  hover at a goal link, p95', result.hoverP95Ms),
    ['  heap held by the index', `${result.heapGrowthMb.toFixed(1)} MB`, `${result.heapPerFileKb.toFixed(2)} KB a file`, '', ''],
  ]);
  const header = [
    mode === 'quiet' ? 'Quiet machine' : 'Busy machine (one core taken)',
    'median',
    `spread of ${ROUNDS}`,
    'vs raw read',
    'vs gray-matter',
  ];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  for (const row of [header, ...rows])
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   '));
}

/** The git scan's line: the median of its rounds, and its ratio to `git log` alone. */
function printGit(mode: Mode, figures: GitFigures): void {
  const log = spread(figures.gitLogMs);
  const scan = spread(figures.scanMs);
  const rescan = spread(figures.rescanMs);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `${mode === 'quiet' ? 'Quiet' : 'Busy'}: Suggest Evidence from Git over ${figures.commits.toLocaleString('en')} commits ` +
      `(${figures.mine.toLocaleString('en')} yours, ${figures.suggestions.toLocaleString('en')} suggestions): ` +
      `${ms(scan.median)} (${ms(scan.min)}–${ms(scan.max)}), git log alone ${ms(log.median)} (${ms(log.min)}–${ms(log.max)}), ` +
      `${(scan.median / log.median).toFixed(2)}x; again after a new commit ${ms(rescan.median)} (${ms(rescan.min)}–${ms(rescan.max)})`,
  );
}

async function main(): Promise<void> {
  const sizes = SIZES.length > 0 ? SIZES : [1_000, 10_000, 50_000];
  const results: Partial<Record<Mode, Figures[]>> = {};
  const git: Partial<Record<Mode, GitFigures>> = {};
  for (const mode of MODES) {
    console.log(`\n${mode === 'quiet' ? 'Quiet machine' : 'Busy machine: another process keeps one core fully loaded'}`);
    const release = mode === 'busy' ? occupyOneCore() : () => undefined;
    try {
      results[mode] = sizes.map(measure);
      if (!NO_GIT) git[mode] = await measureGitScan(GIT_ROUNDS, collectGarbage);
    } finally {
      release();
    }
  }
  for (const mode of MODES) {
    console.log('');
    printTable(mode, results[mode]!);
  }
  console.log('');
  for (const mode of MODES) if (git[mode]) printGit(mode, git[mode]);
  const out = path.resolve(__dirname, '../../test-results/bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, rounds: ROUNDS, results, git }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${path.relative(process.cwd(), out)}`);
}

void main();
