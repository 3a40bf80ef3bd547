import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readGrowthFile } from '../../src/core/reader';
import { ASSESSMENT_TYPES, FAILURE_MODES, FILE_KINDS } from '../../src/core/schema';

const doc = fs.readFileSync(path.join(__dirname, '../../docs/file-format.md'), 'utf8');
const examples = [...doc.matchAll(/```markdown\n([\s\S]*?)\n```/g)].map((match) => `${match[1]}\n`);

describe('docs/file-format.md', () => {
  it('shows an example of every kind of file and every assessment type', () => {
    const parsed = examples.map((text, position) => readGrowthFile(`example-${position}.md`, text));
    const kinds = new Set(parsed.map((file) => file?.record?.kind));
    for (const kind of FILE_KINDS) assert.ok(kinds.has(kind), `no valid example of kind ${kind}`);
    const types = new Set(parsed.map((file) => (file?.record?.kind === 'assessment' ? file.record.data.type : undefined)));
    for (const type of ASSESSMENT_TYPES) assert.ok(types.has(type), `no valid example of assessment type ${type}`);
  });

  it('has only valid examples', () => {
    assert.ok(examples.length >= 15, `found ${examples.length} examples`);
    examples.forEach((text, position) => {
      const file = readGrowthFile(`example-${position}.md`, text);
      assert.ok(file?.record, `example ${position + 1} is not valid: ${JSON.stringify(file?.problems)}\n${text}`);
      assert.deepEqual(file.problems.filter((problem) => problem.severity === 'error'), []);
    });
  });

  it('lists every failure mode the stage assessment accepts', () => {
    for (const mode of FAILURE_MODES) assert.match(doc, new RegExp(`\\| \`${mode}\` \\|`), mode);
  });
});
