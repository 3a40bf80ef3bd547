// Prints the results the integration-test index wrote, the same way for every driver.
import fs from 'node:fs';
import type { IntegrationResults } from '../integration/results';

const symbols = { passed: '✔', failed: '✖', pending: '-' } as const;
const consoleLinesShown = 200;

export function readResults(file: string): IntegrationResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as IntegrationResults) : undefined;
}

function indent(text: string, prefix: string): string {
  return text.replace(/^/gm, prefix);
}

/** Prints each test with its outcome, the failures with their stacks, and, on failure, the extension host's console. */
export function printResults(results: IntegrationResults): void {
  console.log('');
  for (const test of results.tests) {
    const duration = test.durationMs === undefined ? '' : ` (${test.durationMs} ms)`;
    console.log(`  ${symbols[test.state]} ${test.titlePath.join(' › ')}${duration}`);
  }
  console.log(`\n  ${results.passed} passing, ${results.failed} failing, ${results.pending} pending`);
  if (results.failed === 0) return;

  const failures = results.tests.filter((test) => test.state === 'failed');
  failures.forEach((test, index) => {
    console.log(`\n  ${index + 1}) ${test.titlePath.join(' › ')}:`);
    console.log(indent(test.error?.stack ?? test.error?.message ?? 'failed without an error', '     '));
  });
  const shown = results.console.slice(-consoleLinesShown);
  console.log(
    `\n  Extension host console during the run${shown.length < results.console.length ? ` (last ${consoleLinesShown} lines)` : ''}:`,
  );
  console.log(shown.length > 0 ? indent(shown.join('\n'), '    ') : '    (nothing)');
}
