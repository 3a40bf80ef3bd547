/**
 * The rest of what DevGrowth says in the user's language: every message of the file format
 * (walked from the schemas, so a new key without a message of its own fails here), the
 * duplicate-id problem of every kind, the words pickers and tooltips use for a file's values,
 * and a German that says "du" and calls each thing by one name.
 */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod';
import { GrowthIndex } from '../../src/core/growthIndex';
import { validate } from '../../src/core/reader';
import { SCHEMAS, type FileKind } from '../../src/core/schema';
import {
  ARTEFACT_TYPES,
  GOAL_STATUSES,
  MILESTONE_STATUSES,
  PILLARS,
  RUBRIC_DIMENSIONS,
  artefactTypeText,
  goalStatusText,
  milestoneStatusText,
  pillarText,
  rubricDimensionText,
} from '../../src/core/vocabulary';
import { createGrowthFile } from '../../src/core/writer';
import { germanBundle, markedBundle, MARK_END, MARK_START, speaking } from './languages';

const root = path.resolve(__dirname, '../..');

// ---- A file of every kind and assessment type, with every key the format knows -----------------

const ratings = { confidence: 3, competence: 4, impact: 2, clarity: 3 };
const scores = { impact: 4, effort: 2, reusability: 3, learnings: 5 };
const header = { schema: 1, id: 'same-id', tags: ['payments'], suggestion: 'trap-rambler-summary' };
const assessment = { kind: 'assessment', ...header, date: '2026-03-01', notes: 'A calm week.' };

/** Each sample is valid and holds every optional key, so the walk below reaches every part. */
const SAMPLES: readonly Record<string, unknown>[] = [
  {
    kind: 'profile',
    ...header,
    name: 'Ada',
    currentLevel: 'Software Engineer II',
    targetLevel: 'Senior Software Engineer',
    track: 'ic',
    seekingPromotion: true,
    stage: 'before-senior',
    promotionCycle: 'H2 2026',
    northStar: { statement: 'Lead payments design', by: '2029-01-01' },
    cadence: { review: 'biweekly', checkinWeeks: 5 },
    mentor: 'Grace',
    dismissedSuggestions: { 'trap-hoarder-pair': '2026-02-01' },
    dismissedGitEvidence: { 'git-0123456789abcdef': '2026-02-01' },
    mergedGitEvidence: { 'git-0123456789abcdef': 'git-fedcba9876543210' },
    coreConcepts: [{ name: 'Idempotency', learned: '2026-01-10', reviewed: ['2026-02-10'] }],
  },
  {
    kind: 'goal',
    ...header,
    title: 'Ship the refunds redesign by 30 June',
    horizon: 'short',
    status: 'active',
    parent: 'payments-expert',
    example: false,
    pillar: 'technical',
    specific: 'All merchants on the new flow',
    measurable: { metric: 'merchants migrated', target: '100%', current: 40 },
    achievable: 'The team has the time',
    relevant: 'Refunds are the top complaint',
    start: '2026-03-01',
    due: '2026-06-30',
    stretch: { target: 'zero tickets', due: '2026-05-31' },
    horizonStart: '2026-03-01',
    hoursPerWeek: 4,
    successMarker: 'business-impact',
    rut: 'no-impact',
    priority: scores,
    milestones: [
      {
        id: 'design',
        title: 'Design doc',
        doneWhen: 'approved',
        due: '2026-03-20',
        status: 'done',
        completed: '2026-03-19',
        suggestion: 'trap-hoarder-pair',
        rubric: { before: ratings, after: ratings },
      },
    ],
    progress: [{ date: '2026-03-15', value: '55%', note: 'Two big merchants moved' }],
  },
  {
    kind: 'card',
    ...header,
    title: 'Refunds state machine',
    goal: 'refunds',
    milestone: 'design',
    artefacts: [{ type: 'technical', title: 'State diagram', link: 'https://example.com/diagram', date: '2026-03-18' }],
    concepts: ['Idempotency'],
    peerReviews: [{ date: '2026-03-19', reviewer: 'Grace', artefact: 'State diagram', feedback: 'Name the retry states' }],
  },
  { ...assessment, type: 'rut', scenarios: ['not-challenged'], options: ['Build the tool'] },
  {
    ...assessment,
    type: 'self',
    strengths: ['debugging'],
    weaknesses: ['estimates'],
    opportunities: ['payments guild'],
    values: ['craft'],
    interests: ['distributed systems'],
    successMarkers: ['mentorship'],
  },
  {
    ...assessment,
    type: 'stage',
    stage: 'senior',
    pillars: { technical: 4, relationships: 3, influence: 2 },
    failureModes: ['hoarder'],
    rootCauses: { projectImportance: 'low', seniorityOnProject: 'most-junior', careerTalk: false, leaders: 'They listened.' },
  },
  {
    ...assessment,
    type: 'promotion',
    targetLevel: 'Senior',
    performingAtNextLevel: 3,
    businessJustification: true,
    budget: false,
    voicedToManager: true,
    firmCommitment: false,
    cycle: 'H2 2026',
    feedback: 'More design reviews',
  },
  { ...assessment, type: 'rubric', goal: 'refunds', milestone: 'design', phase: 'before', ratings },
  { ...assessment, type: 'priorities', candidates: [{ ...scores, title: 'Refunds redesign' }] },
  {
    kind: 'review',
    ...header,
    date: '2026-03-14',
    onTrack: 'partly',
    improved: 'Fewer meetings',
    learned: 'Ask earlier',
    sustainable: true,
    whys: ['Too many interruptions'],
    rutsEased: { 'not-challenged': 'partly' },
    soundingBoard: 'Grace',
    goals: [{ goal: 'refunds', movedForward: true, note: 'Design approved' }],
  },
  { kind: 'checkin', ...header, date: '2026-03-05', mentor: 'Grace', actions: ['Draft the RFC'], next: '2026-04-09' },
  {
    kind: 'evidence',
    ...header,
    date: '2026-03-19',
    title: 'Design approved',
    goal: 'refunds',
    milestone: 'design',
    pillar: 'influence',
    impact: 'Unblocked two teams',
    links: ['https://example.com/rfc'],
    commits: ['0123456789abcdef0123456789abcdef01234567'],
    pullRequest: 'https://github.com/acme/refunds/pull/12',
  },
  { kind: 'service', ...header, date: '2026-03-08', title: 'Mentored a new hire', type: 'mentoring', who: 'Sam', hours: 2 },
  { kind: 'break', ...header, type: 'time-off', start: '2026-08-03', end: '2026-08-14', committed: true },
];

/** Values of every wrong type, and right types out of range: blank, fractional, negative, too big. */
const WRONG_VALUES: readonly unknown[] = [
  'words',
  ' ',
  'Not An Id',
  '2027-02-30',
  '2000-01-01',
  '9999-12-31',
  5,
  2.5,
  0,
  -1,
  99,
  true,
  [],
  [5],
  {},
  null,
];

type Path = readonly (string | number)[];

/** Every key the schema knows, nested, with the first item of each list. */
function pathsOf(schema: z.ZodType, prefix: Path = []): Path[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return pathsOf(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      [...prefix, key],
      ...pathsOf(value, [...prefix, key]),
    ]);
  }
  if (schema instanceof z.ZodArray) return [[...prefix, 0], ...pathsOf(schema.element as z.ZodType, [...prefix, 0])];
  return [];
}

/** The schema of a sample's own kind, and of its type within the assessments. */
function ownSchema(sample: Record<string, unknown>): z.ZodType {
  const schema: z.ZodType = SCHEMAS[sample.kind as FileKind];
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return schema;
  const option = (schema.options as z.ZodType[]).find((candidate) => candidate.safeParse(sample).success);
  assert.ok(option, `no assessment schema takes ${String(sample.type)}`);
  return option;
}

function has(data: unknown, path: Path): boolean {
  let node = data;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** A copy of `data` with the value at `path` replaced, or taken away when `value` is `remove`. */
const remove = Symbol('remove');
function withValue(data: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(data);
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  const last = path[path.length - 1]!;
  if (value === remove) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** What the format says about every sample with each of its values wrong or missing. */
function formatMessages(): string[] {
  const messages: string[] = [];
  for (const sample of SAMPLES) {
    const schema = SCHEMAS[sample.kind as FileKind] as z.ZodType;
    for (const path of pathsOf(ownSchema(sample))) {
      for (const value of [...WRONG_VALUES, remove]) {
        const result = schema.safeParse(withValue(sample, path, value));
        if (!result.success) messages.push(...result.error.issues.map((issue) => issue.message));
      }
    }
  }
  return messages;
}

/** The duplicate-id problem of every kind: two files of each kind with the same id. */
function duplicateMessages(): string[] {
  const index = new GrowthIndex([]);
  SAMPLES.forEach((sample, number) => {
    index.set(`growth/${String(sample.kind)}-${number}-a.md`, createGrowthFile(sample));
    index.set(`growth/${String(sample.kind)}-${number}-b.md`, createGrowthFile(sample));
  });
  return [...index.files()].flatMap((file) =>
    index
      .problems(file.path, '2026-03-10')
      .filter((problem) => problem.code === 'duplicate-id')
      .map((problem) => problem.message),
  );
}

// ---- What went through l10n ---------------------------------------------------------------------

/** A text with every marked part cut out, innermost first: a marked text may hold marked arguments. */
function bare(text: string): string {
  const cut = text.replace(/⟦[^⟦⟧]*⟧/g, '');
  return cut === text ? text : bare(cut);
}

/** Every `l10n.t` text of a core file. */
function textsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, 'src/core', file), 'utf8');
  return [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1]!.replace(/\\'/g, "'"));
}

/** The texts of which no marked form, placeholders filled with anything, occurs in `messages`. */
function textsNotShown(texts: readonly string[], messages: readonly string[]): string[] {
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = messages.join('\n');
  return texts.filter(
    (text) =>
      !new RegExp(
        `${escape(MARK_START)}${text
          .split(/\{\d+\}/)
          .map(escape)
          .join('[\\s\\S]*?')}${escape(MARK_END)}`,
      ).test(all),
  );
}

/** zod's own English, which no message of ours may fall back to. */
const ZOD_DEFAULTS = /Invalid input|expected|received|Too small|Too big|Unrecognized/;

describe('the rest in English', () => {
  it('has a complete, valid sample of every kind and assessment type', () => {
    const kinds = new Set(
      SAMPLES.map((sample) => (sample.kind === 'assessment' ? `assessment/${String(sample.type)}` : String(sample.kind))),
    );
    const expected = [
      ...Object.keys(SCHEMAS).filter((kind) => kind !== 'assessment'),
      ...['rut', 'self', 'stage', 'promotion', 'rubric', 'priorities'].map((type) => `assessment/${type}`),
    ];
    assert.deepEqual(
      expected.filter((kind) => !kinds.has(kind)),
      [],
    );
    for (const sample of SAMPLES) {
      const result = (SCHEMAS[sample.kind as FileKind] as z.ZodType).safeParse(sample);
      assert.ok(result.success, `${String(sample.kind)} ${JSON.stringify(sample.type ?? '')}: ${result.error?.message}`);
      assert.deepEqual(
        pathsOf(ownSchema(sample)).filter((path) => !has(sample, path)),
        [],
        `${String(sample.kind)} ${JSON.stringify(sample.type ?? '')} lacks`,
      );
    }
  });

  it('never falls back to zod’s own words for a wrong or missing value', () => {
    const messages = formatMessages();
    assert.ok(messages.length > 500, `${messages.length} messages`);
    assert.deepEqual([...new Set(messages.filter((message) => ZOD_DEFAULTS.test(message)))], []);
  });

  it('says what a stage assessment without pillars and a goal with a bare milestone lack', () => {
    const problems = (data: Record<string, unknown>) =>
      validate('growth/file.md', data, () => undefined).problems.map((problem) => problem.message);
    const stage = SAMPLES.find((sample) => sample.type === 'stage')!;
    assert.deepEqual(problems(withValue(stage, ['pillars'], remove)), [
      'pillars must hold a rating from 1 to 5 for each of: technical, relationships, influence',
    ]);
    const goal = SAMPLES.find((sample) => sample.kind === 'goal')!;
    assert.deepEqual(problems(withValue(goal, ['milestones', 0], 'Design doc')), [
      'milestones[0] must be a milestone with at least an id and a title',
    ]);
  });

  it('names the kind in the duplicate-id problem, as before', () => {
    const messages = duplicateMessages();
    assert.equal(messages.length, SAMPLES.length * 2);
    assert.ok(
      messages.includes(
        'Another goal has the id "same-id" (growth/goal-1-b.md). Give each one its own id or file name, so links find the right one.',
      ),
      messages.join('\n'),
    );
  });

  it('keeps the file’s words for its values', () => {
    assert.deepEqual(MILESTONE_STATUSES.map(milestoneStatusText), ['planned', 'active', 'done', 'dropped']);
    assert.deepEqual(PILLARS.map(pillarText), ['technical', 'relationships', 'influence']);
    assert.deepEqual(ARTEFACT_TYPES.map(artefactTypeText), ['technical', 'process', 'people']);
    assert.deepEqual(RUBRIC_DIMENSIONS.map(rubricDimensionText), ['confidence', 'competence', 'impact', 'clarity']);
  });
});

describe('the rest in the marked language', () => {
  speaking(markedBundle);

  it('writes every message of the format and every duplicate id through l10n', () => {
    for (const message of [...formatMessages(), ...duplicateMessages()]) assert.doesNotMatch(bare(message), /\p{L}/u, message);
  });

  it('reaches every text of the format', () => {
    assert.deepEqual(textsNotShown(textsOf('schema.ts'), [...formatMessages(), ...duplicateMessages()]), []);
  });

  it('writes every word of a file’s values through l10n', () => {
    const words = [
      ...GOAL_STATUSES.map(goalStatusText),
      ...MILESTONE_STATUSES.map(milestoneStatusText),
      ...PILLARS.map(pillarText),
      ...ARTEFACT_TYPES.map(artefactTypeText),
      ...RUBRIC_DIMENSIONS.map(rubricDimensionText),
    ];
    for (const word of words) assert.doesNotMatch(bare(word), /\p{L}/u, word);
  });
});

describe('the rest in German', () => {
  speaking(germanBundle);

  const problems = (data: Record<string, unknown>) =>
    validate('growth/file.md', data, () => undefined).problems.map((problem) => problem.message);

  it('names the field a format problem is about', () => {
    const stage = SAMPLES.find((sample) => sample.type === 'stage')!;
    assert.deepEqual(problems(withValue(stage, ['pillars'], remove)), [
      'pillars muss für jeden dieser Punkte eine Bewertung von 1 bis 5 enthalten: technical, relationships, influence',
    ]);
    const goal = SAMPLES.find((sample) => sample.kind === 'goal')!;
    assert.deepEqual(problems(withValue(withValue(goal, ['milestones', 0], 'Design doc'), ['measurable'], 'lots')), [
      'measurable muss eine Messgröße („metric“) und einen Zielwert („target“) enthalten',
      'milestones[0] muss ein Meilenstein mit mindestens einer ID („id“) und einem Titel („title“) sein',
    ]);
  });

  it('declines the kind in the duplicate-id problem', () => {
    const messages = duplicateMessages();
    assert.ok(
      messages.includes(
        'Eine andere Lernkarte hat die ID „same-id“ (growth/card-2-b.md). Gib jeder Lernkarte eine eigene ID oder einen eigenen Dateinamen, damit Verweise die richtige finden.',
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.includes(
        'Ein anderer Nachweis hat die ID „same-id“ (growth/evidence-11-a.md). Gib jedem Nachweis eine eigene ID oder einen eigenen Dateinamen, damit Verweise den richtigen finden.',
      ),
      messages.join('\n'),
    );
  });

  it('says a file’s values in German', () => {
    assert.deepEqual(MILESTONE_STATUSES.map(milestoneStatusText), ['geplant', 'aktiv', 'erledigt', 'verworfen']);
    assert.equal(`${rubricDimensionText('confidence')} 2 → 4`, 'Selbstvertrauen 2 → 4');
  });
});

// ---- The German bundles -------------------------------------------------------------------------

type Texts = Record<string, string>;
const GERMAN_FILES = ['l10n/bundle.l10n.de.json', 'package.nls.de.json'];
const readTexts = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Texts;
const english = (file: string, key: string) => (file === 'package.nls.de.json' ? readTexts('package.nls.json')[key]! : key);

/**
 * The formal "Sie"/"Ihr…" in a German text. Mid-sentence they can only address the reader.
 * At the start of a sentence they may also mean "they", "it" or "its", so only the texts
 * listed in `saysShe` may have them there.
 */
function formalAddress(text: string, saysShe: boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/g)) {
    const before = text.slice(0, match.index);
    const startsSentence = before.trim() === '' || /(?:[.!?:]\s|[„(\n]\s*)$/.test(before);
    if (!startsSentence || !saysShe) found.push(`${match[0]} in: ${text}`);
  }
  return found;
}

/** German texts whose sentence starts with "Sie" meaning a thing, by English key: why it is not the reader. */
const SIE_MEANS_A_THING: Record<string, string> = {
  'In your calendar and agreed with your team. DevGrowth keeps reminding you until it is.': '„Sie“ is the break (die Auszeit).',
};

/** One German word for each thing, where the English names it; and the words it replaced. */
const TERMS: readonly { english: RegExp; german: RegExp; not: RegExp }[] = [
  { english: /\bnorth star\b/i, german: /Nordstern/, not: /Leitstern/ },
  { english: /\bgrowth plan\b/i, german: /Entwicklungsplan/, not: /Wachstumsplan/ },
  { english: /\bgrowth cards?\b/i, german: /Lernkarte/, not: /Wachstumskarte/ },
  { english: /\bretrospective\b/i, german: /Quartalsrückblick/, not: /Retrospektive/ },
  { english: /\bservice to others\b/i, german: /Einsatz für andere/, not: /Dienst an anderen/ },
  { english: /\bevidence\b/i, german: /Nachweis/, not: /Beleg|Beweis/ },
];

describe('the German texts', () => {
  it('find formal address, and only that', () => {
    assert.deepEqual(formalAddress('Öffnen Sie zuerst einen Ordner.', false).length, 1);
    assert.deepEqual(formalAddress('Ihre Stufe', false).length, 1);
    assert.deepEqual(formalAddress('Sie steht in deinem Kalender. Bis es so weit ist, erinnert dich DevGrowth.', true), []);
    assert.deepEqual(formalAddress('Zeit für eine Pause: Sie ist fällig, wann möchten Sie sie nehmen?', true).length, 1);
    assert.deepEqual(formalAddress('Die Datei ist groß, sie wird nicht gelesen.', false), []);
  });

  it('say “du” to the user, never “Sie”', () => {
    for (const file of GERMAN_FILES) {
      const found = Object.entries(readTexts(file)).flatMap(([key, text]) => formalAddress(text, english(file, key) in SIE_MEANS_A_THING));
      assert.deepEqual(found, [], file);
    }
    const bundle = readTexts('l10n/bundle.l10n.de.json');
    for (const key of Object.keys(SIE_MEANS_A_THING)) assert.match(bundle[key] ?? '', /^Sie\b/, `${key} no longer needs its exception`);
  });

  it('call each thing by one name', () => {
    for (const file of GERMAN_FILES) {
      for (const [key, text] of Object.entries(readTexts(file))) {
        for (const term of TERMS) {
          assert.doesNotMatch(text, term.not, `${file}: ${key}`);
          if (term.english.test(english(file, key))) assert.match(text, term.german, `${file}: ${key}`);
        }
      }
    }
  });
});
