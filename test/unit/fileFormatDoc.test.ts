import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { z } from 'zod';
import { readGrowthFile } from '../../src/core/reader';
import { assessmentSchema, FILE_KINDS, milestoneSchema, priorityScoresSchema, SCHEMAS, type FileKind } from '../../src/core/schema';
import {
  ARTEFACT_TYPES,
  ASSESSMENT_TYPES,
  BREAK_TYPES,
  CAREER_STAGES,
  FAILURE_MODES,
  GOAL_STATUSES,
  HORIZONS,
  MILESTONE_STATUSES,
  PILLARS,
  REVIEW_CADENCES,
  RUBRIC_DIMENSIONS,
  RUT_SCENARIOS,
  SERVICE_TYPES,
  SUCCESS_MARKERS,
  TRACKS,
} from '../../src/core/vocabulary';
import { SMART_RULES } from '../../src/core/smart';
import { brokenLinks, indexPlan, problemCodes } from './growthPlan';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/file-format.md'), 'utf8');

/** The day the examples are written around: one milestone done, one active, two planned. */
const EXAMPLES_TODAY = '2027-01-29';

/** Where the layout puts each kind, inside `growth/`. */
const FOLDERS: Record<FileKind, string> = {
  profile: '',
  goal: 'goals/',
  card: 'cards/',
  assessment: 'assessments/',
  review: 'reviews/',
  checkin: 'checkins/',
  evidence: 'evidence/',
  service: 'service/',
  break: 'breaks/',
};

interface Example {
  /** The file's path inside `growth/`, from the line above the example. */
  readonly path: string | undefined;
  readonly text: string;
  readonly line: number;
}

/** Every ```markdown block, with the `growth/...` path named on the line before it. */
const examples: Example[] = [...doc.matchAll(/```markdown\n([\s\S]*?)\n```/g)].map((match) => {
  const before = doc.slice(0, match.index).trimEnd();
  const caption = before.slice(before.lastIndexOf('\n') + 1);
  return {
    path: /`growth\/([^`]+\.md)`/.exec(caption)?.[1],
    text: `${match[1]}\n`,
    line: before.split('\n').length + 1,
  };
});

function tableRow(key: string): RegExp {
  return new RegExp(`^\\| \`${key}\` \\|`, 'm');
}

function keysOf(schema: z.ZodType): string[] {
  return Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
}

describe('docs/file-format.md', () => {
  it('has examples, each naming the file it is', () => {
    assert.ok(examples.length >= FILE_KINDS.length + ASSESSMENT_TYPES.length, `found ${examples.length} examples`);
    for (const example of examples) assert.ok(example.path, `the example at line ${example.line} does not say which growth/ file it is`);
  });

  it('has only valid examples', () => {
    for (const example of examples) {
      const file = readGrowthFile(example.path ?? 'example.md', example.text);
      assert.ok(file?.record, `the example at line ${example.line} is not valid: ${JSON.stringify(file?.problems)}`);
      assert.deepEqual(
        file.problems.filter((problem) => problem.severity === 'error'),
        [],
        `line ${example.line}`,
      );
    }
  });

  it('shows every kind of file and every assessment type, each in its folder', () => {
    const records = examples.map((example) => ({ ...example, record: readGrowthFile(example.path ?? '', example.text)?.record }));
    for (const kind of FILE_KINDS)
      assert.ok(
        records.some((example) => example.record?.kind === kind),
        `no example of kind ${kind}`,
      );
    for (const type of ASSESSMENT_TYPES) {
      assert.ok(
        records.some(({ record }) => record?.kind === 'assessment' && record.data.type === type),
        `no example of assessment type ${type}`,
      );
    }
    for (const { path: file, record } of records) {
      const folder = FOLDERS[record!.kind];
      assert.ok(
        file!.startsWith(folder) && !file!.slice(folder.length).includes('/'),
        `${file} is a ${record!.kind}: it belongs in growth/${folder}`,
      );
    }
  });

  it('has examples that make a sound plan together: every link resolves, no S.M.A.R.T. warning', () => {
    const index = indexPlan(examples.map((example) => [example.path!, example.text] as const));
    assert.deepEqual(problemCodes(index, EXAMPLES_TODAY, ['error', 'warning']), {});
    assert.deepEqual(brokenLinks(index), []);
  });

  it('has a table row for every key of every kind', () => {
    const schemas: z.ZodType[] = [
      ...Object.values(SCHEMAS).filter((schema) => schema !== assessmentSchema),
      ...assessmentSchema.options,
      milestoneSchema,
    ];
    for (const schema of schemas) for (const key of keysOf(schema)) assert.match(doc, tableRow(key), key);
  });

  it('lists every value of every vocabulary', () => {
    const vocabularies = [
      GOAL_STATUSES,
      MILESTONE_STATUSES,
      HORIZONS,
      TRACKS,
      PILLARS,
      CAREER_STAGES,
      FAILURE_MODES,
      SUCCESS_MARKERS,
      RUT_SCENARIOS,
      ASSESSMENT_TYPES,
      RUBRIC_DIMENSIONS,
      keysOf(priorityScoresSchema),
      ARTEFACT_TYPES,
      SERVICE_TYPES,
      BREAK_TYPES,
      REVIEW_CADENCES,
    ];
    for (const value of vocabularies.flat()) assert.match(doc, tableRow(value), value);
  });

  it('links every S.M.A.R.T. rule, with its severity and the goals it checks', () => {
    for (const rule of SMART_RULES) {
      const row = `| [\`${rule.id}\`](../src/core/smart.ts) | ${rule.severity} | ${rule.statuses.join(', ')} |`;
      assert.ok(doc.includes(row), `docs/file-format.md has no row starting ${row}`);
    }
  });
});
