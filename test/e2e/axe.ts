// Runs axe-core inside a webview, as the accessibility checks of a browser's developer tools do.
// The webview's Content Security Policy admits no script of ours; Playwright evaluates in the
// frame from outside the page, which the policy does not govern.
import fs from 'node:fs';
import type { Frame } from 'playwright-core';

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  /** Selector and failure summary of each element that fails. */
  readonly nodes: readonly string[];
}

/** Every WCAG 2.x A and AA violation axe finds in the frame's document, one line per element. */
export async function accessibilityViolations(frame: Frame): Promise<Violation[]> {
  await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
  });
}
