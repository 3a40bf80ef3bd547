import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GrowthIndex } from '../../src/core/growthIndex';
import { planMilestoneMove } from '../../src/core/milestoneMove';
import type { FieldPath, Problem } from '../../src/core/problem';
import { MAX_FILE_BYTES } from '../../src/core/reader';
import { MAX_DEPTH, MAX_FRONT_MATTER_BYTES, MAX_KEYS } from '../../src/core/yamlBounds';
import { SMART_RULES } from '../../src/core/smart';
import { createGrowthFile, editFrontMatter, type FrontMatterEdit } from '../../src/core/writer';
import { indexPlan, readFolder } from './growthPlan';
import { germanBundle, markedBundle, MARK_END, MARK_START, speaking, unmarked } from './languages';
import { clearGoal, longTermGoal, without } from './goalFixtures';

const root = path.resolve(__dirname, '../..');
const TODAY = '2026-03-10';
/** The day the demo plan is written as of. */
const DEMO_TODAY = '2026-11-22';

// ---- Goals that break every S.M.A.R.T. rule, each in its own file ----------------------------

/** A clear short-term goal on a 90-day horizon, as a file: no rule fires on it. */
const clear = { kind: 'goal', schema: 1, ...clearGoal };
const northStar = { kind: 'goal', schema: 1, ...longTermGoal };
const step = (id: string, status = 'planned') => ({ id, title: `Step ${id}`, doneWhen: `step ${id} shipped`, due: '2026-05-01', status });
const unhurried = { stretch: undefined, milestones: [], horizonStart: undefined };

const goals: Record<string, Record<string, unknown>> = {
  'payments-expert': northStar,
  'hold-the-line': { ...northStar, title: 'Hold the line', due: '2026-06-01' },
  'rust-book': { kind: 'goal', schema: 1, title: 'Finish the Rust book by April', horizon: 'short', status: 'paused', parent: 'payments-expert', due: '2026-04-30' },
  'no-target': without(clear, 'measurable', 'stretch'),
  'blank-target': { ...clear, measurable: { metric: 'merchants migrated', target: ' ' }, stretch: undefined },
  'no-due': without(clear, 'due', 'stretch'),
  'overdue-a-day': { ...clear, ...unhurried, due: '2026-03-09' },
  'overdue-days': { ...clear, ...unhurried, due: '2026-03-07' },
  vague: { ...without(clear, 'measurable', 'stretch'), title: 'Improve my coding skills and be a better engineer' },
  'starts-late': { ...clear, start: '2026-07-01', stretch: undefined },
  'too-far': { ...northStar, due: '2031-01-02' },
  'too-near': { ...northStar, due: '2026-12-31' },
  'too-long': { ...clear, due: '2027-03-02' },
  orphan: without(clear, 'parent'),
  'lost-parent': { ...clear, parent: 'payment-expert' },
  'short-parent': { ...clear, parent: 'rust-book' },
  'after-parent': { ...clear, parent: 'hold-the-line' },
  'own-parent': { ...clear, parent: 'own-parent' },
  'round-a': { ...clear, parent: 'round-b' },
  'round-b': { ...clear, parent: 'round-a' },
  'long-with-parent': { ...northStar, parent: 'payments-expert' },
  'no-done-when': { ...clear, milestones: [clear.milestones[0], without(clear.milestones[1]!, 'doneWhen'), clear.milestones[2]] },
  'undated-milestone': { ...clear, milestones: [clear.milestones[0], clear.milestones[1], without(clear.milestones[2]!, 'due')] },
  'late-milestone': { ...clear, milestones: [clear.milestones[0], clear.milestones[1], { ...clear.milestones[2], due: '2026-07-01' }] },
  'too-busy': { ...clear, milestones: ['a', 'b', 'c', 'd'].map((id) => step(id, 'active')) },
  'too-many-steps': { ...clear, milestones: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => step(id)) },
  'no-steps': { ...clear, milestones: [] },
  'easy-stretch': { ...clear, stretch: { target: '100%' } },
  'late-stretch': { ...clear, stretch: { due: '2026-06-30' } },
  'done-but-one': { ...clear, status: 'done', milestones: clear.milestones.map((milestone, index) => ({ ...milestone, status: index === 2 ? 'active' : 'done' })) },
  'done-but-all': { ...clear, status: 'done' },
  'no-pillar': without(clear, 'pillar'),
  'no-marker': without(clear, 'successMarker'),
  unplaced: without(clear, 'pillar', 'successMarker'),
};

// ---- Files that break every rule of the format ------------------------------------------------

const goal = { kind: 'goal', schema: 1, title: 'Give a talk', horizon: 'short' };
const assessment = { kind: 'assessment', schema: 1, date: '2026-03-01' };
const profile = { kind: 'profile', schema: 1, currentLevel: 'Software Engineer II', targetLevel: 'Senior', track: 'ic', northStar: { statement: 'Lead payments design' } };
const ratings = { confidence: 3, competence: 3, impact: 3, clarity: 3 };
const rubric = { ...assessment, type: 'rubric', goal: 'payments-expert', milestone: 'design', phase: 'before' };

const invalid: Record<string, Record<string, unknown>> = {
  'goals/bad-dates.md': { ...goal, due: 5, start: '2027-02-30' },
  'goals/bad-text.md': { ...goal, specific: 5, tags: 5 },
  'goals/untitled.md': without(goal, 'title'),
  'goals/blank-title.md': { ...goal, title: ' ', horizon: 'sometimes' },
  'goals/bad-parent.md': { ...goal, parent: 5 },
  'goals/odd-parent.md': { ...goal, parent: 'Payments Expert' },
  'goals/bad-lists.md': { ...goal, measurable: { metric: 'talks', target: [1] }, milestones: 'all of them' },
  'goals/version-text.md': { ...goal, schema: '1' },
  'goals/version-fraction.md': { ...goal, schema: 0.5 },
  'goals/version-zero.md': { ...goal, schema: 0 },
  'profile-missing.md': without(profile, 'currentLevel', 'targetLevel'),
  'profile-blank.md': { ...profile, currentLevel: ' ', targetLevel: ' ', northStar: { statement: ' ' } },
  'profile-no-statement.md': { ...profile, northStar: { by: '2028-01-01' } },
  'profile-no-north-star.md': { ...profile, northStar: 'somewhere', cadence: { checkinWeeks: 'often' } },
  'profile-rare.md': { ...profile, cadence: { checkinWeeks: 30 } },
  'profile-frequent.md': { ...profile, cadence: { checkinWeeks: 0 } },
  'assessments/ratings-text.md': { ...rubric, ratings: { ...ratings, confidence: 'high' } },
  'assessments/ratings-fraction.md': { ...rubric, ratings: { ...ratings, confidence: 2.5 } },
  'assessments/ratings-low.md': { ...rubric, ratings: { ...ratings, confidence: 0 } },
  'assessments/ratings-high.md': { ...rubric, ratings: { ...ratings, confidence: 6 } },
  'assessments/unknown-type.md': { ...assessment, type: 'horoscope' },
  'assessments/rut.md': { ...assessment, type: 'rut', scenarios: ['bored'] },
  'assessments/no-rut.md': { ...assessment, type: 'rut', scenarios: [] },
  'assessments/self.md': { ...assessment, type: 'self', successMarkers: ['fame'] },
  'assessments/stage.md': { ...assessment, type: 'stage', stage: 'senior', pillars: { technical: 3, relationships: 3, influence: 3 }, failureModes: ['luck'] },
  'assessments/promotion.md': { ...assessment, type: 'promotion', performingAtNextLevel: 3, businessJustification: 'yes', voicedToManager: true, firmCommitment: false },
  'assessments/priorities.md': { ...assessment, type: 'priorities', candidates: [] },
  'service/mentoring.md': { kind: 'service', schema: 1, date: '2026-03-01', title: 'Mentoring', type: 'mentoring', hours: 'two' },
  'service/negative.md': { kind: 'service', schema: 1, date: '2026-03-01', title: 'Mentoring', type: 'mentoring', hours: -1 },
  'breaks/backwards.md': { kind: 'break', schema: 1, type: 'time-off', start: '2026-08-10', end: '2026-08-01' },
  'notes/recipe.md': { kind: 'recipe', schema: 1 },
  'goals/from-the-future.md': { ...goal, schema: 2 },
  'goals/unversioned.md': without(goal, 'schema'),
};

const aliasBomb = ['kind: goal', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let level = 1; level < 9; level++) {
  const name = String.fromCharCode(97 + level);
  aliasBomb.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`);
}
const unreadable: Record<string, string> = {
  'goals/unclosed.md': '---\nkind: goal\ntitle: "unclosed\nhorizon: short\n---\n',
  'goals/latin-1.md': '---\nkind: goal\nschema: 1\ntitle: Run the Caf\uFFFD meetup by May\nhorizon: short\n---\n',
  'goals/huge.md': `---\nkind: goal\nschema: 1\ntitle: Huge\nhorizon: short\n---\n${'x'.repeat(MAX_FILE_BYTES)}`,
  'goals/bomb.md': `---\n${aliasBomb.join('\n')}\n---\n`,
  'goals/lost-alias.md': '---\nkind: goal\nschema: 1\ntitle: T\nhorizon: short\nstatus: *nope\n---\n',
  'goals/long-front-matter.md': `---\nkind: goal\nnotes: "${'x'.repeat(MAX_FRONT_MATTER_BYTES)}"\n---\n`,
  'goals/many-keys.md': `---\nkind: goal\n${Array.from({ length: MAX_KEYS }, (_, index) => `k${index}: 1`).join('\n')}\n---\n`,
  'goals/deep.md': `---\nkind: goal\nx: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n---\n`,
};

function checkedPlan(): GrowthIndex {
  return indexPlan([
    ...Object.entries(goals).map(([id, data]) => [`goals/${id}.md`, createGrowthFile(data)] as const),
    ...Object.entries(invalid).map(([file, data]) => [file, createGrowthFile(data)] as const),
    ...Object.entries(unreadable),
  ]);
}

function problemsOf(index: GrowthIndex, today: string): Problem[] {
  return [...index.files()].flatMap((file) => index.problems(file.path, today));
}

// ---- What went through l10n ---------------------------------------------------------------------

/** A text with every marked part cut out, innermost first: a marked text may hold marked arguments. */
function bare(text: string): string {
  const cut = unmarked(text);
  return cut === text ? text : bare(cut);
}

/** The reader names a schema problem's field itself, in front of the message: an identifier, not prose. */
function fieldName(field: FieldPath = []): string {
  return field.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** What of a problem's message did not come through l10n, but for the field it names. */
function leftOver(problem: Problem): string {
  return bare(problem.message).replace(fieldName(problem.field), '');
}

/** Every `l10n.t` text of a source file. */
function textsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, 'src/core', file), 'utf8');
  return [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\'/g, "'"));
}

/** The texts whose marked form occurs in `messages` (placeholders match anything). */
function textsShown(texts: readonly string[], messages: readonly string[]): Set<string> {
  const shown = new Set<string>();
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = texts.map((text) => [text, new RegExp(`${escape(MARK_START)}${text.split(/\{\d+\}/).map(escape).join('[\\s\\S]*')}${escape(MARK_END)}`)] as const);
  for (const [text, pattern] of patterns) if (messages.some((message) => pattern.test(message))) shown.add(text);
  return shown;
}

describe('the checks in the marked language', () => {
  speaking(markedBundle);

  it('write every problem of the demo plan through l10n', () => {
    const problems = problemsOf(indexPlan(readFolder(path.join(root, 'demo/growth'))), DEMO_TODAY);
    assert.ok(problems.length >= 6, `${problems.length} problems`);
    for (const problem of problems) assert.doesNotMatch(leftOver(problem), /\p{L}/u, problem.message);
  });

  it('write every S.M.A.R.T. finding, rule description, format and reading problem through l10n', () => {
    const problems = problemsOf(checkedPlan(), TODAY);
    for (const problem of problems) assert.doesNotMatch(leftOver(problem), /\p{L}/u, problem.message);
    for (const rule of SMART_RULES) assert.doesNotMatch(bare(rule.description), /\p{L}/u, rule.id);
  });

  // Every text of the format (schema.ts) is reached in l10n.rest.test.ts, which walks the schemas.
  it('cover every text of the S.M.A.R.T. rules and the reader', () => {
    const problems = problemsOf(checkedPlan(), TODAY);
    const codes = new Set(problems.map((problem) => problem.code));
    assert.deepEqual(SMART_RULES.map((rule) => rule.id).filter((id) => !codes.has(id)), [], 'rules no fixture breaks');
    const messages = [...problems.map((problem) => problem.message), ...SMART_RULES.map((rule) => rule.description)];
    // The reader's last resort, for a defect in a dependency, which no file reaches.
    const lastResort = 'This file could not be read: {0}';
    const texts = [...textsOf('smart.ts'), ...textsOf('reader.ts')].filter((text) => text !== lastResort);
    const shown = textsShown(texts, messages);
    assert.deepEqual(texts.filter((text) => !shown.has(text)), [], 'texts no fixture shows');
  });

  it('say through l10n why a file could not be changed', () => {
    const goalText = createGrowthFile({ kind: 'goal', schema: 1, title: 'Give a talk', horizon: 'short', milestones: [{ id: 'outline', title: 'Outline' }] });
    const attempts: [string, FrontMatterEdit][] = [
      ['# Just notes\n', { op: 'set', path: ['status'], value: 'done' }],
      ['---\ntitle: [unclosed\n---\n', { op: 'set', path: ['status'], value: 'done' }],
      ['---\n- a list\n---\n', { op: 'set', path: ['status'], value: 'done' }],
      [goalText, { op: 'insert', path: ['title'], value: 'x' }],
      [goalText, { op: 'insert', path: [], value: 'x' }],
      [goalText, { op: 'insert', path: ['milestones'], value: { id: 'late' }, index: 5 }],
      [goalText, { op: 'move', path: ['milestones'], from: 5, to: 0 }],
      [goalText, { op: 'set', path: ['title', 'short'], value: 'x' }],
      [goalText.replace('Give a talk', 'Caf\uFFFD'), { op: 'set', path: ['status'], value: 'done' }],
      [goalText.replace('---\n', `---\nnotes: ${'é'.repeat(MAX_FILE_BYTES / 2)}\n`), { op: 'set', path: ['status'], value: 'done' }],
      [goalText.replace('schema: 1', 'schema: 2'), { op: 'set', path: ['status'], value: 'done' }],
      [`${goalText.replace('---\n', '---\nstatus: *nope\n')}`, { op: 'set', path: ['title'], value: 'x' }],
      [goalText.replace('title: Give a talk', 'title: &t Give a talk\nsummary: *t'), { op: 'set', path: ['title'], value: 'x' }],
      [goalText.replace('title: Give a talk', 'title: &t Give a talk\nsummary: *t'), { op: 'set', path: ['summary', 'short'], value: 'x' }],
    ];
    for (const [text, edit] of attempts) {
      const result = editFrontMatter(text, [edit]);
      assert.ok(!result.ok, JSON.stringify(edit));
      assert.doesNotMatch(bare(result.reason), /\p{L}/u, result.reason);
    }
  });

  it('say through l10n why a milestone could not be moved', () => {
    const index = new GrowthIndex([]);
    const talk = createGrowthFile({ kind: 'goal', schema: 1, title: 'Give a talk', horizon: 'short', milestones: [{ id: 'outline', title: 'Outline' }] });
    index.set('goals/talk.md', talk);
    index.set('goals/course.md', createGrowthFile({ kind: 'goal', schema: 1, title: 'Finish a course', horizon: 'short' }));
    const reasons = [
      planMilestoneMove(index, { goalPath: 'goals/gone.md', milestoneId: 'outline' }, { goalPath: 'goals/talk.md' }, talk),
      planMilestoneMove(index, { goalPath: 'goals/talk.md', milestoneId: 'slides' }, { goalPath: 'goals/course.md' }, talk),
      planMilestoneMove(index, { goalPath: 'goals/talk.md', milestoneId: 'outline' }, { goalPath: 'goals/course.md' }, '# edited meanwhile\n'),
    ].map((plan) => (plan.ok ? 'moved' : plan.reason));
    for (const reason of reasons) assert.doesNotMatch(bare(reason), /\p{L}/u, reason);
  });
});

describe('the checks in German', () => {
  speaking(germanBundle);

  // Read in the test, not before: the reader writes its problems as it reads.
  const messages = (file: string) => checkedPlan().problems(file, TODAY).map((problem) => problem.message);

  it('says what is wrong with a goal', () => {
    assert.deepEqual(messages('goals/overdue-days.md'), [
      'Dieses Ziel war am 2026-03-07 fällig, also vor 3 Tagen. Markiere es als erledigt, pausiere es oder setz ein Fälligkeitsdatum, das du noch halten kannst.',
    ]);
    assert.deepEqual(messages('goals/done-but-one.md'), [
      'Dieses Ziel ist erledigt, der Meilenstein „Roll out“ aber nicht. Markiere ihn als erledigt oder verworfen, damit festgehalten ist, was wirklich passiert ist.',
    ]);
    assert.equal(SMART_RULES.find((rule) => rule.id === 'smart/no-due-date')?.description, 'Ein Ziel braucht ein Fälligkeitsdatum, um terminiert zu sein.');
  });

  it('names the field a format problem is about', () => {
    assert.deepEqual(messages('goals/blank-title.md'), ['title darf nicht leer sein', 'horizon muss einer dieser Werte sein: long, short']);
    assert.deepEqual(messages('assessments/rut.md'), [
      'scenarios[0] muss eines dieser Szenarien sein: not-challenged, not-recognised, no-impact, falling-behind, not-excited',
    ]);
    assert.deepEqual(messages('profile-missing.md'), [
      'currentLevel (deine heutige Stufe, z. B. „Software Engineer II“) ist erforderlich',
      'targetLevel (die Stufe, auf die du hinarbeitest) ist erforderlich',
    ]);
    assert.deepEqual(messages('goals/unclosed.md').map((message) => message.split(':')[0]), ['YAML-Syntaxfehler']);
  });

  it('says why a file could not be changed', () => {
    const result = editFrontMatter('# Just notes\n', [{ op: 'set', path: ['status'], value: 'done' }]);
    assert.deepEqual(result, { ok: false, reason: 'Die Datei hat kein Front Matter (einen Block zwischen zwei Zeilen mit --- am Anfang).' });
    const alias = editFrontMatter('---\nkind: goal\nschema: 1\nstatus: *nope\n---\n', [{ op: 'set', path: ['status'], value: 'done' }]);
    assert.deepEqual(alias, { ok: false, reason: 'Die Datei verwendet den Alias *nope, aber davor steht kein Anker &nope. Behebe das zuerst (siehe die Ansicht „Probleme“); DevGrowth hat sie nicht geändert.' });
  });
});
