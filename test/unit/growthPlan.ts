/** Indexes a whole growth plan as the extension does (with its link and S.M.A.R.T. checks). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GrowthIndex } from '../../src/core/growthIndex';
import { checkLinks } from '../../src/core/links';
import { northStarCheck, smartCheck } from '../../src/core/smart';
import { DEFAULT_WORKLOAD_LIMITS, workloadCheck } from '../../src/core/workload';

/** Every `.md` file under a folder, as (path relative to the folder with `/`, text). */
export function readFolder(folder: string): [string, string][] {
  const walk = (directory: string): string[] =>
    fs
      .readdirSync(directory, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(path.join(directory, entry.name)) : [path.join(directory, entry.name)]));
  return walk(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => [path.relative(folder, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')]);
}

export function indexPlan(files: Iterable<readonly [string, string]>): GrowthIndex {
  const index = new GrowthIndex([checkLinks, smartCheck(), northStarCheck(), workloadCheck(() => DEFAULT_WORKLOAD_LIMITS)]);
  for (const [file, text] of files) index.set(file, text);
  return index;
}

/** The codes of every problem, sorted, by path; files without problems are left out. */
export function problemCodes(index: GrowthIndex, today: string, severities = ['error', 'warning', 'info']): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const file of index.files()) {
    const codes = index
      .problems(file.path, today)
      .filter((problem) => severities.includes(problem.severity))
      .map((problem) => problem.code);
    if (codes.length > 0) result[file.path] = codes.sort();
  }
  return result;
}

/**
 * Every link of the plan that does not resolve, as "path: what". Checked here on its own
 * rather than through the problems, which skip some goals (a done goal's parent is not checked).
 */
export function brokenLinks(index: GrowthIndex): string[] {
  const broken: string[] = [];
  const toGoal = (from: string, goalId: string, milestoneId?: string) => {
    const goal = index.goal(goalId);
    if (!goal) broken.push(`${from}: goal ${goalId}`);
    else if (milestoneId && !goal.data.milestones.some((milestone) => milestone.id === milestoneId)) {
      broken.push(`${from}: milestone ${goalId}/${milestoneId}`);
    }
  };
  for (const goal of index.goals()) {
    if (goal.data.parent && index.goal(goal.data.parent)?.data.horizon !== 'long') {
      broken.push(`${goal.path}: parent ${goal.data.parent}`);
    }
  }
  for (const card of index.entries('card')) toGoal(card.path, card.data.goal, card.data.milestone);
  for (const entry of index.evidence()) if (entry.data.goal) toGoal(entry.path, entry.data.goal, entry.data.milestone);
  for (const assessment of index.assessments('rubric')) {
    if (assessment.data.type === 'rubric') toGoal(assessment.path, assessment.data.goal, assessment.data.milestone);
  }
  for (const review of index.reviews()) for (const entry of review.data.goals ?? []) toGoal(review.path, entry.goal);
  return broken;
}
