import * as vscode from 'vscode';
import { isTimeZone } from './core/dates';
import { DEFAULT_TICKET_PATTERN } from './core/gitEvidence/grouping';
import { NUDGE_KINDS, REMINDER_TYPES, type NudgeKind } from './core/nudges';
import type { ReminderType } from './core/schedule';
import { REVIEW_CADENCES, type ReviewCadence } from './core/vocabulary';
import { DEFAULT_WORKLOAD_LIMITS, type WorkloadLimits } from './core/workload';

/**
 * The settings DevGrowth reads for a workspace folder, typed, mirroring
 * `contributes.configuration` in package.json.
 */
export interface SettingsValues {
  /** The growth folder, relative to each workspace folder. */
  readonly folder: string;
  /** How often to review, unless the profile says otherwise. */
  readonly reviewCadence: ReviewCadence;
  /** Weeks between mentor check-ins, unless the profile says otherwise. */
  readonly checkinWeeks: number;
  /** Days before its due date from which a milestone nudges. */
  readonly soonDays: number;
}

const SECTION = 'devgrowth';

/** Settings that a workspace folder may set for itself (each root has its own plan). */
export function readSettings(scope: vscode.ConfigurationScope | null): SettingsValues {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const cadence = config.get<string>('reviews.cadence', 'biweekly');
  return {
    folder: normaliseFolder(config.get<string>('folder', 'growth')),
    reviewCadence: (REVIEW_CADENCES as readonly string[]).includes(cadence) ? (cadence as ReviewCadence) : 'biweekly',
    checkinWeeks: Math.min(26, Math.max(1, Math.round(config.get<number>('checkins.weeks', 5)))),
    soonDays: Math.min(60, Math.max(0, Math.round(config.get<number>('milestones.soonDays', 7)))),
  };
}

/** Settings that belong to the window, not to a workspace folder. */
export interface WindowSettings {
  /** The burnout guard's limits across the whole plan. */
  readonly workload: WorkloadLimits;
  /** Show the most urgent reminder in the status bar. */
  readonly nudges: boolean;
  /** Which kinds of reminder may nudge at all. */
  readonly kinds: Readonly<Record<ReminderType, boolean>>;
  /** Kinds that also pop up a notification when due (the status bar is the default). */
  readonly notify: readonly NudgeKind[];
  /** "18:00-09:00": no notifications and no warning colour then. */
  readonly quietHours: string;
  /** An IANA zone for "today"; undefined for the system's. */
  readonly timeZone?: string;
  /**
   * Suggested evidence from git: more repositories to read, more of the user's emails, the shape
   * of a ticket id, and whether saving a review looks through the commits of its period.
   */
  readonly gitEvidence: {
    readonly repositories: readonly string[];
    readonly emails: readonly string[];
    readonly ticketPattern: string;
    readonly suggestAfterReview: boolean;
  };
  /** Nudge for a short break after a long stretch of work. */
  readonly breaks: {
    readonly enabled: boolean;
    readonly stretchMinutes: number;
    readonly breakMinutes: number;
    readonly idleMinutes: number;
  };
}

/**
 * The window's settings, read once and read again only when VS Code reports a change to them:
 * what is asked on every use (today's date, once or twice per tree row) costs no lookup.
 * `onDidChange` fires after the new values are in, so a listener never reads the old ones.
 */
export class Settings implements vscode.Disposable {
  private values?: WindowSettings;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!affectsSettings(event)) return;
    this.values = undefined;
    this.changed.fire();
  });

  get window(): WindowSettings {
    return (this.values ??= readWindowSettings());
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

export function readWindowSettings(): WindowSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const minutes = (key: string, fallback: number, max: number) => Math.min(max, Math.max(1, Math.round(config.get<number>(key, fallback))));
  const kinds = config.get<Partial<Record<ReminderType, boolean>>>('nudges.kinds', {});
  const zone = config.get<string>('timeZone', '').trim();
  const count = (key: string, fallback: number) => Math.min(20, Math.max(1, Math.round(config.get<number>(key, fallback))));
  return {
    workload: {
      milestones: count('guard.activeMilestones', DEFAULT_WORKLOAD_LIMITS.milestones),
      shortTermGoals: count('guard.activeShortTermGoals', DEFAULT_WORKLOAD_LIMITS.shortTermGoals),
    },
    nudges: config.get<boolean>('nudges.enabled', true),
    kinds: Object.fromEntries(REMINDER_TYPES.map((type) => [type, kinds[type] !== false])) as Record<ReminderType, boolean>,
    notify: config
      .get<string[]>('nudges.notify', [])
      .filter((kind): kind is NudgeKind => (NUDGE_KINDS as readonly string[]).includes(kind)),
    quietHours: config.get<string>('nudges.quietHours', ''),
    timeZone: zone && isTimeZone(zone) ? zone : undefined,
    gitEvidence: {
      repositories: texts(config.get<unknown>('gitEvidence.repositories', [])),
      emails: texts(config.get<unknown>('gitEvidence.emails', [])),
      ticketPattern: config.get<string>('gitEvidence.ticketPattern', DEFAULT_TICKET_PATTERN),
      suggestAfterReview: config.get<boolean>('gitEvidence.suggestAfterReview', true),
    },
    breaks: {
      enabled: config.get<boolean>('breaks.enabled', true),
      stretchMinutes: minutes('breaks.workMinutes', 50, 240),
      breakMinutes: minutes('breaks.breakMinutes', 5, 60),
      idleMinutes: minutes('breaks.idleMinutes', 10, 120),
    },
  };
}

/** The non-blank texts of a list setting; anything else a settings file holds there is left out. */
function texts(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim())
    : [];
}

/** Keeps a relative folder relative: no leading or trailing slashes, no `..`, never empty. */
export function normaliseFolder(folder: string): string {
  const cleaned = folder
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part && part !== '.' && part !== '..')
    .join('/');
  return cleaned || 'growth';
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent, key?: keyof SettingsValues): boolean {
  return event.affectsConfiguration(key ? `${SECTION}.${key}` : SECTION);
}
