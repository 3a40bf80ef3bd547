/**
 * What DevGrowth writes for the user outside forms and problems speaks the user's language:
 * the brag document and the retrospective (Markdown and HTML), the reminders, the calendar,
 * the dashboard's figures and the Goals tree's descriptions. Over the demo plan and a few
 * variations of it (every track, with and without a mentor, every cadence, every break), no
 * letter may reach the user that did not come through l10n, except the user's own words.
 */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import * as path from 'node:path';
import { dashboardData } from '../../src/core/dashboard';
import { addDays, fixedClock } from '../../src/core/dates';
import { bragDocument, type Period } from '../../src/core/exports/brag';
import { toHtml, toMarkdown, type Block } from '../../src/core/exports/document';
import { quarterRetrospective } from '../../src/core/exports/retrospective';
import { describeGoal, describeMilestone, relativeDay } from '../../src/core/goalTree';
import type { GrowthIndex } from '../../src/core/growthIndex';
import { calendarEvents, toICalendar } from '../../src/core/ics';
import { REMINDER_TYPES } from '../../src/core/nudges';
import { distanceToDue, goalProgress, progressValueProblem } from '../../src/core/progress';
import type { Quarter } from '../../src/core/quarter';
import { buildSchedule, type Reminder, type SchedulePlan } from '../../src/core/schedule';
import type { Goal } from '../../src/core/schema';
import {
  ARTEFACT_TYPES,
  GOAL_STATUSES,
  MILESTONE_STATUSES,
  PILLARS,
  REVIEW_CADENCES,
  RUBRIC_DIMENSIONS,
  SERVICE_TYPES,
  TRACKS,
  artefactKindText,
  artefactTypeHint,
  artefactTypeText,
  goalStatusText,
  milestoneStatusText,
  pillarText,
  rubricDimensionText,
  serviceTypeText,
  trackText,
} from '../../src/core/vocabulary';
import * as vocabulary from '../../src/core/vocabulary';
import { indexPlan, readFolder } from './growthPlan';
import { germanBundle, markedBundle, speaking, unmarked } from './languages';

const root = path.resolve(__dirname, '../..');
/** The demo plan is written as of this day. */
const TODAY = '2026-11-22';
const CLOCK = fixedClock(`${TODAY}T10:00:00Z`);
const SETTINGS = { reviewCadence: 'biweekly', checkinWeeks: 5, soonDays: 7 } as const;
/** Far enough ahead that every milestone and horizon of the demo plan is among the reminders. */
const EVERYTHING = { soonDays: 800, horizonNoticeDays: 800 };

const demoFiles = readFolder(path.join(root, 'demo/growth'));
const file = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;

/**
 * Files that add what the demo plan lacks: breaks of every type, committed or not, in the
 * future; a draft goal with a milestone without a definition of done; past quarters with one
 * achievement or one review.
 */
const EXTRA_FILES: [string, string][] = [
  ['breaks/rest.md', file(['kind: break', 'schema: 1', 'type: rest-day', 'start: 2026-12-05', 'end: 2026-12-05', 'committed: false'])],
  [
    'breaks/think.md',
    file(['kind: break', 'schema: 1', 'type: reflection-day', 'start: 2027-01-15', 'end: 2027-01-15', 'committed: true']),
  ],
  ['breaks/spring.md', file(['kind: break', 'schema: 1', 'type: time-off', 'start: 2027-03-01', 'end: 2027-03-05', 'committed: false'])],
  [
    'goals/launch.md',
    file([
      'kind: goal',
      'schema: 1',
      'title: Launch the ledger',
      'horizon: short',
      'status: draft',
      'due: 2027-05-30',
      'milestones:',
      '  - {id: plan, title: Write the plan, status: active, due: 2027-04-10}',
    ]),
  ],
  ['evidence/2025-02-01-dry-run.md', file(['kind: evidence', 'schema: 1', 'date: 2025-02-01', 'title: Ran the first ledger dry run'])],
  ['reviews/2025-02-10.md', file(['kind: review', 'schema: 1', 'date: 2025-02-10', 'onTrack: partly', 'improved: Fewer meetings'])],
  ['evidence/2025-05-01-production.md', file(['kind: evidence', 'schema: 1', 'date: 2025-05-01', 'title: Ledger in production'])],
  ['evidence/2025-05-02-audit.md', file(['kind: evidence', 'schema: 1', 'date: 2025-05-02', 'title: Ledger audited'])],
  ['reviews/2025-05-10.md', file(['kind: review', 'schema: 1', 'date: 2025-05-10', 'onTrack: yes'])],
  ['reviews/2025-08-10.md', file(['kind: review', 'schema: 1', 'date: 2025-08-10', 'onTrack: yes'])],
  ['reviews/2025-08-24.md', file(['kind: review', 'schema: 1', 'date: 2025-08-24', 'onTrack: no'])],
  ['evidence/2025-08-01-handover.md', file(['kind: evidence', 'schema: 1', 'date: 2025-08-01', 'title: Ledger handed over'])],
];

/** The demo plan with its profile changed by `edit` (a track, a cycle, a name, a mentor taken away). */
function demoPlan(edit: (profile: string) => string = (profile) => profile): GrowthIndex {
  return indexPlan([
    ...demoFiles.map(([name, text]): [string, string] => [name, name === 'profile.md' ? edit(text) : text]),
    ...EXTRA_FILES,
  ]);
}

/** The demo plan's profile and nothing else yet: every export's and chart's empty case. */
function newPlan(): GrowthIndex {
  return indexPlan(demoFiles.filter(([name]) => name === 'profile.md'));
}

const without = (key: string) => (profile: string) => profile.replace(new RegExp(`^${key}:.*\\n`, 'm'), '');
const PROFILES: Record<string, (profile: string) => string> = {
  'as written': (profile) => profile,
  'no promotion cycle': without('promotionCycle'),
  'on the management track': (profile) => profile.replace(/^track: ic/m, 'track: management'),
  'on the management track, no cycle, no name, no mentor': (profile) =>
    [without('promotionCycle'), without('name'), without('mentor')].reduce(
      (text, edit) => edit(text),
      profile.replace(/^track: ic/m, 'track: management'),
    ),
  'with the track undecided': (profile) => profile.replace(/^track: ic/m, 'track: undecided'),
  'with the track undecided, no cycle': (profile) => without('promotionCycle')(profile.replace(/^track: ic/m, 'track: undecided')),
  ...Object.fromEntries(
    ['ic', 'management', 'undecided'].map((track) => [
      `not seeking a promotion, track ${track}`,
      (profile: string) => profile.replace(/^track: ic.*$/m, `track: ${track}\nseekingPromotion: false`),
    ]),
  ),
};

const PERIODS: Period[] = [
  { from: '2025-01-01', to: '2026-12-31' },
  { from: '2020-01-01', to: '2020-12-31' },
];
const QUARTERS: Quarter[] = [2025, 2026].flatMap((year) => [1, 2, 3, 4].map((number) => ({ year, number })));

/** Every export of a plan, as Markdown and as HTML. */
function exportsOf(plan: GrowthIndex): string[] {
  const documents: { title: string; blocks: Block[] }[] = [
    ...PERIODS.map((period) => bragDocument(plan, period)),
    ...QUARTERS.map((quarter) => quarterRetrospective(plan, quarter)),
  ];
  return documents.flatMap(({ title, blocks }) => [toMarkdown(blocks), toHtml(title, blocks)]);
}

/** The reminders of a plan on every cadence, and before its first review and check-in. */
function remindersOf(plan: GrowthIndex): Reminder[] {
  const schedulePlan: SchedulePlan = {
    profile: plan.profile()?.data,
    reviews: plan.reviews().map((entry) => entry.data),
    checkins: plan.checkins().map((entry) => entry.data),
    goals: plan.goals(),
    breaks: plan.breaks().map((entry) => entry.data),
  };
  return [
    ...REVIEW_CADENCES.flatMap((reviewCadence) =>
      buildSchedule(schedulePlan, { clock: CLOCK, timeZone: 'UTC', reviewCadence, ...EVERYTHING }),
    ),
    ...buildSchedule({ ...schedulePlan, reviews: [], checkins: [] }, { clock: CLOCK, timeZone: 'UTC' }),
    // Every goal twice, so the review names how many are behind their pace.
    ...buildSchedule(
      { ...schedulePlan, goals: [...schedulePlan.goals, ...schedulePlan.goals.map((goal) => ({ ...goal, id: `${goal.id}-again` }))] },
      { clock: CLOCK, timeZone: 'UTC' },
    ),
  ];
}

/** The calendar's texts a person reads: its name and every event's summary and description. */
function calendarTextsOf(plan: GrowthIndex): string[] {
  const ics = toICalendar(calendarEvents(plan, { clock: CLOCK, timeZone: 'UTC', settings: SETTINGS }), CLOCK.now());
  return ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .flatMap((line) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME):(.*)$/.exec(line)?.[2] ?? [])
    .map((value) => value.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1'));
}

/** Keys of the dashboard's data whose values are identifiers the webview looks up, not text. */
const DASHBOARD_IDENTIFIERS = new Set([
  'id',
  'goalId',
  'horizon',
  'status',
  'stage',
  'cadence',
  'basis',
  'direction',
  'state',
  'unit',
  'type',
]);

function dashboardTextsOf(plan: GrowthIndex): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (typeof value === 'string') {
      if (!DASHBOARD_IDENTIFIERS.has(key ?? '')) texts.push(value);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name);
  };
  walk(dashboardData(plan, TODAY, 'biweekly'));
  return texts;
}

/** The Goals tree's one-line descriptions of every goal and milestone, and a day either side of today. */
function treeTextsOf(plan: GrowthIndex): string[] {
  const days = ['2026-11-20', '2026-11-21', TODAY, '2026-11-23', '2026-11-30'];
  const texts = days.map((day) => relativeDay(day, TODAY));
  for (const goal of plan.goals()) {
    texts.push(
      describeGoal(
        goal.data,
        TODAY,
        plan.childGoals(goal.id).map((child) => child.data),
      ),
    );
    for (const milestone of goal.data.milestones) {
      texts.push(describeMilestone(milestone, TODAY));
      // The same milestone done, and due, on each day around today.
      for (const day of days)
        texts.push(
          describeMilestone({ ...milestone, status: 'done', completed: day }, TODAY),
          describeMilestone({ ...milestone, status: 'active', due: day }, TODAY),
        );
    }
  }
  return texts;
}

function everythingOf(plan: GrowthIndex): string[] {
  return [
    ...exportsOf(plan),
    ...remindersOf(plan).map((reminder) => reminder.title),
    ...calendarTextsOf(plan),
    ...dashboardTextsOf(plan),
    ...treeTextsOf(plan),
    ...vocabularyWords(),
    ...progressTexts(),
  ];
}

/** What progress toward a target says in each state, and how far from the due date the projection lands. */
function progressTexts(): string[] {
  const goal = (fields: Partial<Goal>): Goal => ({
    title: 'Talks',
    kind: 'goal',
    horizon: 'short',
    status: 'active',
    milestones: [],
    measurable: { metric: 'talks', target: '3 talks' },
    ...fields,
  });
  const updates = (...values: number[]) => values.map((value, index) => ({ date: addDays('2026-10-01', index * 30), value }));
  const goals: Goal[] = [
    goal({}),
    goal({ progress: updates(1) }),
    goal({ progress: updates(1), due: '2026-11-01' }),
    goal({ progress: updates(1, 3) }),
    goal({ progress: updates(2, 1) }),
    goal({ progress: updates(2, 1), due: '2026-11-01' }),
    goal({ progress: updates(0, 1) }),
    goal({ progress: updates(0, 1), due: '2026-11-01' }),
    goal({
      measurable: { metric: 'a talk', target: 'given' },
      start: '2026-10-01',
      milestones: [
        { id: 'a', title: 'A', status: 'done', completed: '2026-10-10' },
        { id: 'b', title: 'B', status: 'planned' },
      ],
    }),
  ];
  return [
    ...goals.map((each) => goalProgress(each, TODAY)?.summary ?? ''),
    // A goal followed by its milestones counts in the word for them; other units are the user's own.
    ...goals.flatMap((each) => {
      const progress = goalProgress(each, TODAY);
      return progress?.basis === 'milestones' ? [progress.unit] : [];
    }),
    ...[0, 1, -1, 5, -5, 21, -21, 90, -90].map(distanceToDue),
    progressValueProblem(goal({}), 'some') ?? '',
    progressValueProblem(goal({}), '4 pages') ?? '',
  ];
}

/** The file's words in the user's language, as the pickers and tooltips show them. */
function vocabularyWords(): string[] {
  return [
    ...GOAL_STATUSES.map(goalStatusText),
    ...MILESTONE_STATUSES.map(milestoneStatusText),
    ...PILLARS.map(pillarText),
    ...ARTEFACT_TYPES.map(artefactTypeText),
    ...ARTEFACT_TYPES.map(artefactTypeHint),
    ...ARTEFACT_TYPES.map(artefactKindText),
    ...TRACKS.map(trackText),
    ...SERVICE_TYPES.map(serviceTypeText),
    ...RUBRIC_DIMENSIONS.map(rubricDimensionText),
  ];
}

/** The words of the vocabularies: values in the files, never something the user wrote. */
const VOCABULARY = new Set<unknown>(Object.values(vocabulary).flatMap((value) => (Array.isArray(value) ? value : [])));

/** Everything the person wrote in their plan, plus its ids: text that is theirs, in their language. */
function userTextsOf(plan: GrowthIndex): string[] {
  const texts = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && !VOCABULARY.has(value)) {
      texts.add(value);
      texts.add(value.replace(/\r?\n/g, ' '));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const parsed of plan.files()) {
    texts.add(parsed.id);
    walk(parsed.record?.data);
  }
  return [...texts].filter((text) => text.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * What is left of an output once every text that came through l10n (nested ones too), the
 * HTML and Markdown syntax and the user's own words are taken out.
 */
function leftover(output: string, userTexts: readonly string[]): string {
  let rest = output;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = unmarked(rest);
  }
  rest = rest
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\\(.)/g, '$1');
  for (const text of userTexts) rest = rest.split(text).join(' ');
  return rest;
}

/** Every l10n.t text of the core files of this area. */
function areaTexts(): string[] {
  const files = [
    'exports/brag.ts',
    'exports/retrospective.ts',
    'artefacts.ts',
    'ics.ts',
    'schedule.ts',
    'dashboard.ts',
    'goalTree.ts',
    'vocabulary.ts',
    'progress.ts',
  ];
  return files.flatMap((name) =>
    [...fs.readFileSync(path.join(root, 'src/core', name), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) =>
      match[1]!.replace(/\\n/g, '\n').replace(/\\'/g, "'"),
    ),
  );
}

/** A pattern that finds a marked text with its placeholders filled in. */
function markedPattern(text: string): RegExp {
  const literal = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\d+\\\}/g, '[^]*?');
  return new RegExp(`⟦${literal}⟧`);
}

describe('localised outputs', () => {
  describe('in the marked language', () => {
    speaking(markedBundle);

    let variants: { name: string; outputs: string[]; userTexts: string[] }[] = [];
    before(() => {
      const plans = [
        ...Object.entries(PROFILES).map(([name, edit]) => [name, demoPlan(edit)] as const),
        ['just begun', newPlan()] as const,
      ];
      variants = plans.map(([name, plan]) => ({ name, outputs: everythingOf(plan), userTexts: userTextsOf(plan) }));
    });

    it('writes no letter that did not come through l10n, but the user’s own', () => {
      for (const { name, outputs, userTexts } of variants) {
        const words = new Set(outputs.flatMap((output) => leftover(output, userTexts).match(/\p{L}[\p{L} ]*/gu) ?? []));
        assert.deepEqual([...words], [], name);
      }
    });

    it('reaches every text of the exports, reminders, calendar, dashboard and tree', () => {
      const all = variants.flatMap((variant) => variant.outputs).join('\n');
      assert.deepEqual(
        areaTexts().filter((text) => !markedPattern(text).test(all)),
        [],
      );
    });

    it('has a reminder of every kind among them', () => {
      const kinds = new Set(remindersOf(demoPlan()).map((reminder) => reminder.type));
      assert.deepEqual(
        [...REMINDER_TYPES].filter((kind) => !kinds.has(kind)),
        [],
      );
    });
  });

  describe('in German', () => {
    speaking(germanBundle);

    it('writes the brag document in German, and says so in its HTML', () => {
      const { title, blocks } = bragDocument(demoPlan(), { from: '2026-07-01', to: '2026-12-31' });
      const html = toHtml(title, blocks, 'de');
      assert.match(html, /^<html lang="de">$/m);
      assert.match(html, /^<title>Sam Rivera: Erfolge vom 2026-07-01 bis 2026-12-31<\/title>$/m);
      const markdown = toMarkdown(blocks);
      assert.match(markdown, /^# Sam Rivera: Erfolge vom 2026-07-01 bis 2026-12-31$/m);
      assert.match(
        markdown,
        /^Software Engineer II, auf dem Weg zu Senior Software Engineer \(Fachlaufbahn, mit Blick auf die Beförderungsrunde 2027-H1\)\. Nordstern: /m,
      );
      assert.match(markdown, /^## Erfolge nach Ziel$/m);
      assert.match(markdown, /^\| Ziel \| Status \| Erledigte Meilensteine \| Fällig \|$/m);
      assert.match(markdown, /^\| Ship the refunds service redesign to all markets by 31 December \| aktiv \| 2\/4 \| 2026-12-31 \|$/m);
      assert.match(markdown, /^## Einsatz für andere$/m);
    });

    it('writes the retrospective in German', () => {
      const markdown = toMarkdown(quarterRetrospective(demoPlan(), { year: 2026, number: 4 }).blocks);
      assert.match(markdown, /^# Quartalsrückblick 2026-Q4 \(2026-10-01 bis 2026-12-31\)$/m);
      assert.match(markdown, /^3 Erfolge festgehalten, 3 Überprüfungen durchgeführt\.$/m);
      assert.match(markdown, /^## Was ich gelernt habe$/m);
    });

    it('names the reminders and calendar events in German', () => {
      const titles = remindersOf(demoPlan()).map((reminder) => reminder.title);
      assert.ok(
        titles.includes(
          'Überprüfung (alle zwei Wochen, zuletzt am 2026-11-08) · „Ship the refunds service redesign to all markets by 31 December“ liegt hinter dem Plan',
        ),
        titles.join('\n'),
      );
      assert.ok(titles.includes('Mentorengespräch mit Priya Nair'), titles.join('\n'));
      assert.ok(titles.includes('„Consistent hashing“ wiederholen'), titles.join('\n'));
      const calendar = calendarTextsOf(demoPlan());
      assert.equal(calendar[0], 'Entwicklungsplan');
      assert.ok(
        calendar.some((text) => text.endsWith(' (noch nicht fest eingeplant)')),
        calendar.join('\n'),
      );
      assert.ok(calendar.includes('Überprüfung des Entwicklungsplans'), calendar.join('\n'));
    });

    it('describes goals and milestones in the tree in German', () => {
      const milestone = demoPlan().goal('refunds-redesign')!.data.milestones[0]!;
      assert.equal(describeMilestone({ ...milestone, status: 'done', completed: '2026-11-20' }, TODAY), 'vor 2 Tagen erledigt');
      assert.equal(describeMilestone({ ...milestone, status: 'active', due: '2026-12-04' }, TODAY), 'fällig in 12 Tagen');
      assert.equal(relativeDay('2026-11-23', TODAY), 'morgen');
    });
  });
});
