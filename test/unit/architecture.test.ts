import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/architecture/fixtures/violations');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
}

/** Runs the project's own architecture check, as `npm run lint:architecture` does, on a folder. */
function check(folder: string): { status: number | null; violations: string[]; report: string } {
  const cli = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const config = path.join(ROOT, '.dependency-cruiser.cjs');
  const json = spawnSync(process.execPath, [cli, 'src', 'media', '--config', config, '--output-type', 'json'], {
    cwd: folder,
    encoding: 'utf8',
  });
  const text = spawnSync(process.execPath, [cli, 'src', 'media', '--config', config, '--output-type', 'err-long'], {
    cwd: folder,
    encoding: 'utf8',
  });
  const { summary } = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  return {
    status: text.status,
    violations: summary.violations.map((violation) => `${violation.rule.name} ${violation.from}`).sort(),
    report: text.stdout,
  };
}

describe('the architecture rules', function () {
  this.timeout(60_000);

  it('fail on each broken rule, naming the rule and the file, and pass what is allowed', () => {
    const { status, violations, report } = check(FIXTURE);
    assert.notEqual(status, 0);
    assert.deepEqual(violations, [
      'core-imports-no-node-builtins src/core/plan.ts',
      'core-imports-no-vscode src/core/plan.ts',
      'core-imports-only-core src/core/plan.ts',
      'features-stay-apart src/tree/tree.ts',
      'media-imports-only-protocols media/forms/main.ts',
      'shared-adapters-import-no-feature src/workspace/files.ts',
    ]);
    assert.match(report, /error core-imports-no-vscode: src\/core\/plan\.ts → .*vscode/);
    assert.match(report, /error features-stay-apart: src\/tree\/tree\.ts → src\/forms\/form\.ts\n\s+A feature folder/);
  });
});
