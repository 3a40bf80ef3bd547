import { buildSchedule, compareUrgency, type Reminder } from '../core/schedule';
import type { Clock } from '../core/dates';
import type { SettingsValues } from '../config';
import type { GrowthRoot } from '../workspace/growthWorkspace';

/** A reminder and the plan it belongs to (a multi-root workspace has several). */
export interface RootReminder {
  readonly root: GrowthRoot;
  readonly reminder: Reminder;
}

/** Every reminder of every plan, most urgent first; snoozed ones left out. */
export function pendingReminders(
  roots: readonly GrowthRoot[],
  clock: Clock,
  settingsFor: (root: GrowthRoot) => Pick<SettingsValues, 'reviewCadence' | 'checkinWeeks'>,
  isSnoozed: (root: GrowthRoot, reminder: Reminder) => boolean,
): RootReminder[] {
  return roots
    .filter((root) => root.index.size > 0)
    .flatMap((root) => {
      const { index } = root;
      // The profile's own cadence is the plan's choice; the settings are the user's defaults.
      const cadence = index.profile()?.data.cadence;
      const settings = settingsFor(root);
      const reminders = buildSchedule(
        {
          profile: index.profile()?.data,
          reviews: index.reviews().map((entry) => entry.data),
          checkins: index.checkins().map((entry) => entry.data),
          goals: index.goals(),
          breaks: index.breaks().map((entry) => entry.data),
        },
        { clock, reviewCadence: cadence?.review ?? settings.reviewCadence, checkinWeeks: cadence?.checkinWeeks ?? settings.checkinWeeks },
      );
      return reminders.filter((reminder) => !isSnoozed(root, reminder)).map((reminder) => ({ root, reminder }));
    })
    .sort((a, b) => compareUrgency(a.reminder, b.reminder));
}
