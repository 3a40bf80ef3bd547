/**
 * Every command's id, in one table: definitions, registrations, menus' links and every
 * `executeCommand` take their id from here, and a unit test checks it against package.json
 * (contributed both ways, with a title and a category). Adding a command is one line here.
 */
export const CommandId = {
  // Starting, and the plan as a whole
  PlanStart: 'devgrowth.plan.start',
  PlanArchiveQuarter: 'devgrowth.plan.archiveQuarter',
  PlanRemoveExamples: 'devgrowth.plan.removeExamples',
  DashboardOpen: 'devgrowth.dashboard.open',
  // Goals and milestones
  GoalNew: 'devgrowth.goal.new',
  GoalChangeStatus: 'devgrowth.goal.changeStatus',
  GoalResume: 'devgrowth.goal.resume',
  GoalMarkDone: 'devgrowth.goal.markDone',
  GoalMarkNotDone: 'devgrowth.goal.markNotDone',
  GoalArchive: 'devgrowth.goal.archive',
  MilestoneAdd: 'devgrowth.milestone.add',
  MilestoneMarkDone: 'devgrowth.milestone.markDone',
  MilestoneMarkNotDone: 'devgrowth.milestone.markNotDone',
  MilestoneChangeStatus: 'devgrowth.milestone.changeStatus',
  MilestoneRate: 'devgrowth.milestone.rate',
  // What the user logs
  EvidenceLog: 'devgrowth.evidence.log',
  CardAdd: 'devgrowth.card.add',
  ServiceLog: 'devgrowth.service.log',
  BreakPlan: 'devgrowth.break.plan',
  // Forms
  FormOpen: 'devgrowth.form.open',
  AssessRut: 'devgrowth.assess.rut',
  AssessSelf: 'devgrowth.assess.self',
  AssessStage: 'devgrowth.assess.stage',
  AssessPromotion: 'devgrowth.assess.promotion',
  AssessPriorities: 'devgrowth.assess.priorities',
  ReviewStart: 'devgrowth.review.start',
  CheckinLog: 'devgrowth.checkin.log',
  BreakPlanForm: 'devgrowth.break.planForm',
  // Exports
  ExportBrag: 'devgrowth.export.brag',
  ExportRetrospective: 'devgrowth.export.retrospective',
  ExportCalendar: 'devgrowth.export.calendar',
  ExportPromotionBrief: 'devgrowth.export.promotionBrief',
  // Suggested next steps
  SuggestionTake: 'devgrowth.suggestion.take',
  SuggestionAddToGoal: 'devgrowth.suggestion.addToGoal',
  SuggestionDismiss: 'devgrowth.suggestion.dismiss',
  // Suggested evidence from git
  GitEvidenceSuggest: 'devgrowth.gitEvidence.suggest',
  GitEvidenceLog: 'devgrowth.gitEvidence.log',
  GitEvidenceDismiss: 'devgrowth.gitEvidence.dismiss',
  GitEvidenceMerge: 'devgrowth.gitEvidence.merge',
  // The Goals view
  GoalsRefresh: 'devgrowth.goals.refresh',
  GoalsSort: 'devgrowth.goals.sort',
  GoalsShowActiveOnly: 'devgrowth.goals.showActiveOnly',
  GoalsShowAll: 'devgrowth.goals.showAll',
  ItemOpen: 'devgrowth.item.open',
  ItemRevealInExplorer: 'devgrowth.item.revealInExplorer',
  ItemDelete: 'devgrowth.item.delete',
  // Concepts, artefacts, progress and peer review
  GoalUpdateProgress: 'devgrowth.goal.updateProgress',
  ConceptAdd: 'devgrowth.concept.add',
  ConceptMarkRevisited: 'devgrowth.concept.markRevisited',
  CardAddArtefact: 'devgrowth.card.addArtefact',
  CardRequestPeerReview: 'devgrowth.card.requestPeerReview',
  // Reminders and breaks
  NudgeAct: 'devgrowth.nudge.act',
  NudgeSnooze: 'devgrowth.nudge.snooze',
  NudgeUnsnooze: 'devgrowth.nudge.unsnooze',
  BreakStart: 'devgrowth.break.start',
  BreakSkip: 'devgrowth.break.skip',
} as const;

export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** The context keys the extension sets, which package.json's `when` clauses read. */
export const ContextKey = {
  /** Whether any workspace folder has a growth plan. */
  HasPlan: 'devgrowth.hasPlan',
  /** The Goals view's filter: `active` or `all`. */
  GoalsFilter: 'devgrowth.goals.filter',
  /** The break timer's state (`working`, `breakDue`, `onBreak`, ...). */
  BreakState: 'devgrowth.breakState',
  /** Whether New Goal wrote a goal (it ticks the walkthrough's S.M.A.R.T. step). */
  GoalWritten: 'devgrowth.goalWritten',
  /** Whether New Goal keeps a draft to resume (`devgrowth.draft.<form id>`, set by the palette flows). */
  GoalDraft: 'devgrowth.draft.goal',
  /** Whether the extension host can run git (not in VS Code for the web), for Suggest Evidence from Git. */
  CanReadGit: 'devgrowth.canReadGit',
} as const;

/** The `contextValue` of a row of suggested evidence in the History view, which its actions' menus match. */
export const GIT_SUGGESTION_ROW = 'gitSuggestion';

export type ContextKey = (typeof ContextKey)[keyof typeof ContextKey];
