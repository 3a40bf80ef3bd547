import type { SettingsValues } from '../config';
import { planReminders } from '../core/cadence';
import type { Clock } from '../core/dates';
import { compareSoonest } from '../core/nudges';
import type { Reminder, ReminderType } from '../core/schedule';
import type { GrowthRoot } from '../workspace/growthWorkspace';

/** A reminder and the plan it belongs to (a multi-root workspace has several). */
export interface RootReminder {
  readonly root: GrowthRoot;
  readonly reminder: Reminder;
  /** Stable across reloads and unique across plans: what a snooze is stored under. */
  readonly key: string;
}

/** Every reminder of every plan of the kinds the user wants, soonest first. */
export function rootReminders(
  roots: readonly GrowthRoot[],
  options: {
    readonly clock: Clock;
    readonly timeZone?: string;
    readonly settingsFor: (root: GrowthRoot) => Pick<SettingsValues, 'reviewCadence' | 'checkinWeeks' | 'soonDays'>;
    readonly kinds: Readonly<Record<ReminderType, boolean>>;
  },
): RootReminder[] {
  return roots
    .filter((root) => root.index.size > 0)
    .flatMap((root) => {
      // One plan whose reminders cannot be worked out must not silence the other plans'.
      try {
        return planReminders(root.index, { clock: options.clock, timeZone: options.timeZone, settings: options.settingsFor(root) })
          .filter((reminder) => options.kinds[reminder.type])
          .map((reminder) => ({ root, reminder, key: `${root.folder.uri.toString()}|${reminder.id}` }));
      } catch {
        return [];
      }
    })
    .sort((a, b) => compareSoonest(a.reminder, b.reminder));
}
