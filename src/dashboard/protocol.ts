/**
 * The messages between the dashboard's webview and the extension. Both sides parse every
 * message with these schemas and drop (and log) anything else. zod/mini keeps the webview
 * bundle small; the schemas are typed against the core's types, so the two cannot drift apart.
 */
import * as z from 'zod/mini';
import type { DashboardData } from '../core/dashboard';
import {
  ACTIVITY_KINDS,
  ARTEFACT_TYPES,
  CAREER_STAGES,
  GOAL_STATUSES,
  HORIZONS,
  MILESTONE_STATUSES,
  REVIEW_CADENCES,
} from '../core/vocabulary';
import { DASHBOARD_LIMITS } from '../core/webviewLimits';

const MAX_ITEMS = DASHBOARD_LIMITS.items;
const text = () => z.string().check(z.maxLength(DASHBOARD_LIMITS.text));
const date = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.maxLength(MAX_ITEMS));
const score = () => z.number().check(z.gte(1), z.lte(5));
const rubric = z.object({ confidence: score(), competence: score(), impact: score(), clarity: score() });
const pillars = z.object({ technical: score(), relationships: score(), influence: score() });

export const dashboardDataSchema: z.ZodMiniType<DashboardData> = z.object({
  today: date(),
  labels: z.object({
    rubric: z.object({ confidence: text(), competence: text(), impact: text(), clarity: text() }),
    pillars: z.object({ technical: text(), relationships: text(), influence: text() }),
  }),
  rubric: list(
    z.object({
      goalTitle: text(),
      milestoneTitle: text(),
      date: z.optional(date()),
      before: z.optional(rubric),
      after: z.optional(rubric),
    }),
  ),
  pillars: list(z.object({ date: date(), stage: z.enum(CAREER_STAGES), ratings: pillars })),
  timeline: z.object({
    from: date(),
    to: date(),
    goals: list(
      z.object({
        id: text(),
        title: text(),
        horizon: z.enum(HORIZONS),
        status: z.enum(GOAL_STATUSES),
        start: z.optional(date()),
        due: z.optional(date()),
        overdue: z.boolean(),
        done: z.number(),
        total: z.number(),
        milestones: list(z.object({ title: text(), due: z.optional(date()), status: z.enum(MILESTONE_STATUSES) })),
      }),
    ),
  }),
  reviews: z.object({
    cadence: z.enum(REVIEW_CADENCES),
    current: z.number(),
    longest: z.number(),
    nextDue: z.optional(date()),
    overdueDays: z.number(),
    graceDays: z.number(),
    reviews: list(z.object({ date: date(), onCadence: z.boolean() })),
  }),
  progress: list(
    z.object({
      goalId: text(),
      title: text(),
      basis: z.enum(['measure', 'milestones']),
      metric: z.optional(text()),
      unit: text(),
      target: z.number(),
      direction: z.enum(['rise', 'fall']),
      start: z.optional(date()),
      due: z.optional(date()),
      points: list(z.object({ date: date(), value: z.number(), note: z.optional(text()) })),
      unreadable: z.number(),
      state: z.enum(['no-data', 'one-point', 'reached', 'on-pace', 'behind', 'stalled', 'overdue']),
      reached: z.optional(date()),
      projected: z.optional(date()),
      daysLate: z.optional(z.number()),
      summary: text(),
    }),
  ),
  activity: z.object({
    from: date(),
    to: date(),
    days: list(
      z.object({
        date: date(),
        count: z.number(),
        kinds: z.partialRecord(z.enum(ACTIVITY_KINDS), z.number()),
      }),
    ),
    total: z.number(),
    weekStreak: z.number(),
    longestWeekStreak: z.number(),
  }),
  answers: z.object({ ruts: list(text()), reviews: list(z.object({ date: date(), onTrack: text(), eased: list(text()) })) }),
  evidence: list(z.object({ goalId: z.optional(text()), title: text(), count: z.number(), status: z.optional(z.enum(GOAL_STATUSES)) })),
  artefacts: list(
    z.object({
      cardTitle: text(),
      goalTitle: text(),
      status: z.optional(z.enum(GOAL_STATUSES)),
      artefacts: list(z.object({ type: z.enum(ARTEFACT_TYPES), title: text(), date: z.optional(date()) })),
    }),
  ),
  standing: z.object({
    promotion: z.optional(
      z.object({
        date: date(),
        targetLevel: z.optional(text()),
        cycle: z.optional(text()),
        performingAtNextLevel: score(),
        conditions: list(z.object({ label: text(), met: z.boolean() })),
      }),
    ),
    self: z.optional(z.object({ date: date(), strengths: list(text()), weaknesses: list(text()), opportunities: list(text()) })),
    service: z.object({ total: z.number(), last90Days: z.number(), latest: z.optional(z.object({ date: date(), title: text() })) }),
  }),
});

/** What the dashboard keeps across hide, show and reload; the serializer reads `root`. */
export const dashboardStateSchema = z.object({ root: text() });
export type DashboardState = z.infer<typeof dashboardStateSchema>;

// ---- Commands: webview to extension ---------------------------------------------------------

export const dashboardCommandSchema = z.discriminatedUnion('type', [
  /** The webview's script runs and listens: send it the data. */
  z.strictObject({ type: z.literal('ready') }),
  /** Open a goal's file (a bar of the timeline was activated). */
  z.strictObject({ type: z.literal('openGoal'), id: text() }),
  /** Record a goal's progress (its chart's button was pressed). */
  z.strictObject({ type: z.literal('updateProgress'), id: text() }),
]);
export type DashboardCommand = z.infer<typeof dashboardCommandSchema>;

// ---- Notifications: extension to webview ----------------------------------------------------

export const dashboardNotificationSchema = z.discriminatedUnion('type', [
  /** The figures to draw, and what had to be shortened or left out to send them. */
  z.strictObject({ type: z.literal('data'), root: text(), title: text(), data: dashboardDataSchema, notices: list(text()) }),
  /** The figures could not be sent; the message says why and what to do. */
  z.strictObject({ type: z.literal('unavailable'), root: text(), title: text(), message: text() }),
]);
export type DashboardNotification = z.infer<typeof dashboardNotificationSchema>;

export function parseDashboardNotification(message: unknown): DashboardNotification | undefined {
  const parsed = dashboardNotificationSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
