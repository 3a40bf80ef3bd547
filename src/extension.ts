import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { addArtefact } from './commands/addArtefact';
import { addCard } from './commands/addCard';
import { addConcept } from './commands/addConcept';
import { addMilestone } from './commands/addMilestone';
import { addSuggestionCommand, dismissSuggestionCommand, takeSuggestionCommand } from './forms/suggestionCommands';
import { archiveGoal } from './commands/archiveGoal';
import { archiveQuarter } from './commands/archiveQuarter';
import { changeGoalStatus } from './commands/changeGoalStatus';
import { registerCommands } from './commands/command';
import { logEvidence } from './commands/logEvidence';
import { logService } from './commands/logService';
import { markGoalDone, markGoalNotDone } from './commands/markGoalDone';
import { markConceptRevisited } from './commands/markConceptRevisited';
import { changeMilestoneStatus, markMilestoneDone, markMilestoneNotDone } from './commands/markMilestoneDone';
import { announceDrafts } from './commands/input/formSteps';
import { newGoal, resumeNewGoal } from './commands/newGoal';
import { planBreak } from './commands/planBreak';
import { requestPeerReview } from './commands/requestPeerReview';
import { removeExamples } from './commands/removeExamples';
import { startPlan } from './commands/startPlan';
import { updateProgress } from './commands/updateProgress';
import { AdjustableClock } from './common/adjustableClock';
import { Settings } from './config';
import { today } from './core/dates';
import { goalForm } from './core/forms/goal';
import { growthChecks } from './core/checks';
import { ProblemsFeature } from './diagnostics/problemsFeature';
import { QuickFixProvider } from './diagnostics/quickFixes';
import { exportBragDocument } from './exports/exportBragDocument';
import { exportCalendar } from './exports/exportCalendar';
import { exportPromotionBrief } from './exports/exportPromotionBrief';
import { exportRetrospective } from './exports/exportRetrospective';
import { DashboardFeature } from './dashboard/dashboardFeature';
import { FormsFeature } from './forms/formsFeature';
import type { BreakWatcher } from './nudges/breakWatcher';
import { NudgesFeature } from './nudges/nudgesFeature';
import { gitEvidenceFeature } from './gitEvidence/gitEvidenceFeature';
import { GitSuggestions } from './workspace/gitSuggestions';
import { GrowthFiles } from './workspace/growthFiles';
import type { Services } from './services';
import { LanguageFeatures } from './language/languageFeatures';
import { GoalTreeFeature } from './tree/goalTreeFeature';
import { GrowthWorkspace } from './workspace/growthWorkspace';
import { IndexCacheStore } from './workspace/indexCacheStore';

/** How long the rest of the start waits for the sidebar to show the plan first. */
const SIDEBAR_FIRST_AT_MOST_MS = 1500;

/**
 * What the extension hands to other extensions and to its integration tests: the plan, the
 * features they drive, and the start-up figures, but not the extension's context or output.
 */
export interface DevGrowthApi {
  readonly workspace: GrowthWorkspace;
  readonly files: GrowthFiles;
  readonly problems: ProblemsFeature;
  /** What the extension keeps for this workspace, to read (the Goals view's sort and filter). */
  readonly workspaceState: { get(key: string): unknown };
  /** Today's date as YYYY-MM-DD in the user's time zone. */
  readonly today: () => string;
  readonly clock: AdjustableClock;
  readonly nudges: NudgesFeature;
  readonly breaks: BreakWatcher;
  readonly sidebar: GoalTreeFeature;
  readonly forms: FormsFeature;
  readonly dashboard: DashboardFeature;
  readonly timings: ActivationTimings;
}

/** How long starting took, in milliseconds from the start of `activate` (also in the DevGrowth output). */
export interface ActivationTimings {
  activateMs: number;
  /** When reading the growth folder began: after `activate` returned, which does no reading itself. */
  readingStartedMs?: number;
  /**
   * Once the plan can be shown (the last session's cache, or the first files read). The Goals
   * tree draws it as soon as VS Code asks for its rows, which after a reload can be later.
   */
  planShownMs?: number;
  /** Once every file of the plan has been read. */
  planReadMs?: number;
  /** Once the Goals tree first showed the plan. */
  firstTreeRenderMs?: number;
}

/**
 * Wires the features together and returns at once: following and reading the growth folder
 * are set going here but start once activation has returned, so VS Code never waits for them.
 */
export function activate(context: vscode.ExtensionContext): DevGrowthApi {
  const started = performance.now();
  // Core speaks through @vscode/l10n, since it may not import vscode: hand it the bundle VS Code
  // loaded for the user's language, so its checks, forms, reminders and exports read as the rest.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const clock = new AdjustableClock();
  const settings = new Settings();
  context.subscriptions.push(settings);
  const todayForUser = () => today(clock, settings.window.timeZone);
  // At start-up the sidebar comes first: what can wait (see GrowthWorkspace.whenStartedUp)
  // waits for its first rows, or for a moment when it is closed and VS Code does not ask.
  let startupDone!: () => void;
  const startup = new Promise<void>((resolve) => (startupDone = resolve));
  const startupTimer = setTimeout(startupDone, SIDEBAR_FIRST_AT_MOST_MS);
  const cache =
    context.storageUri &&
    new IndexCacheStore(
      context.storageUri,
      `${String((context.extension.packageJSON as { version?: unknown }).version)} ${vscode.env.language}`,
    );
  const workspace = new GrowthWorkspace(
    growthChecks(() => settings.window.workload),
    cache,
    startup,
  );
  const files = new GrowthFiles(workspace);
  const problems = new ProblemsFeature(workspace, todayForUser, msUntilLocalMidnight);
  const output = vscode.window.createOutputChannel('DevGrowth', { log: true });
  context.subscriptions.push(workspace, problems, output);
  const gitSuggestions = new GitSuggestions();
  context.subscriptions.push(gitSuggestions);
  const services: Services = { context, workspace, files, problems, output, clock, today: todayForUser, gitSuggestions };

  context.subscriptions.push(
    registerCommands(services, [
      startPlan,
      newGoal,
      resumeNewGoal,
      addMilestone,
      markGoalDone,
      markGoalNotDone,
      markMilestoneDone,
      markMilestoneNotDone,
      changeMilestoneStatus,
      changeGoalStatus,
      logEvidence,
      addCard,
      logService,
      planBreak,
      archiveGoal,
      archiveQuarter,
      removeExamples,
      exportBragDocument,
      exportRetrospective,
      exportCalendar,
      updateProgress,
      addConcept,
      markConceptRevisited,
      addArtefact,
      requestPeerReview,
      exportPromotionBrief,
      takeSuggestionCommand,
      addSuggestionCommand,
      dismissSuggestionCommand,
    ]),
  );
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new QuickFixProvider(problems, todayForUser), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      // New limits for the burnout guard: every goal of every plan is checked again.
      if (event.affectsConfiguration('devgrowth.guard')) for (const root of workspace.roots()) void problems.refresh(root);
    }),
  );
  void announceDrafts(services, [goalForm]);
  const sidebar = new GoalTreeFeature(services);
  context.subscriptions.push(sidebar, sidebar.goals.onDidFirstRender(startupDone), { dispose: () => clearTimeout(startupTimer) });
  const nudges = new NudgesFeature(services, clock.onDidChange);
  context.subscriptions.push(nudges);
  const forms = new FormsFeature(services);
  context.subscriptions.push(forms);
  const dashboard = new DashboardFeature(services);
  context.subscriptions.push(dashboard);
  context.subscriptions.push(new LanguageFeatures(services));
  context.subscriptions.push(gitEvidenceFeature(services));

  const timings: ActivationTimings = { activateMs: 0 };
  workspace.start();
  // In the same turn as start(): reading begins on the next one, after activate returns.
  context.subscriptions.push(...timeStartup(started, timings, workspace, sidebar, output));
  timings.activateMs = performance.now() - started;
  output.info(`Activated in ${timings.activateMs.toFixed(1)} ms`);
  const workspaceState = { get: (key: string): unknown => context.workspaceState.get(key) };
  return {
    workspace,
    files,
    problems,
    workspaceState,
    today: todayForUser,
    clock,
    nudges,
    breaks: nudges.breaks,
    sidebar,
    forms,
    dashboard,
    timings,
  };
}

export function deactivate(): void {}

/**
 * Notes when each stage of the start was reached, in milliseconds from `started`: in `timings`
 * (the API's, for the benchmarks) and in the DevGrowth output.
 */
function timeStartup(
  started: number,
  timings: ActivationTimings,
  workspace: GrowthWorkspace,
  sidebar: GoalTreeFeature,
  output: vscode.LogOutputChannel,
): vscode.Disposable[] {
  const since = () => performance.now() - started;
  const reading = workspace.onDidStartReading(() => {
    timings.readingStartedMs = since();
    reading.dispose();
  });
  void workspace.whenShown().then(() => {
    timings.planShownMs = since();
    output.info(`Ready to show the growth plan ${timings.planShownMs.toFixed(0)} ms after activation began`);
  });
  void workspace.whenLoaded().then(() => {
    timings.planReadMs = since();
    const files = workspace.roots().reduce((count, root) => count + root.index.size, 0);
    output.info(`Read the growth plan (${files} files) ${timings.planReadMs.toFixed(0)} ms after activation began`);
  });
  const drawn = sidebar.goals.onDidFirstRender(() => {
    timings.firstTreeRenderMs = since();
    const askedMs = (sidebar.goals.firstAskedAt ?? started) - started;
    output.info(
      `Drew the Goals tree ${timings.firstTreeRenderMs.toFixed(0)} ms after activation began (VS Code asked for it at ${askedMs.toFixed(0)} ms)`,
    );
  });
  return [reading, drawn];
}

function msUntilLocalMidnight(): number {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime();
}
