/**
 * How often a plan is reviewed and checked in on. The user's settings are the defaults; a
 * plan's own `cadence` in `profile.md` wins, because it is what the person and their mentor
 * agreed for that plan (and it travels with the plan in git).
 */
import type { Clock } from './dates';
import type { GrowthIndex } from './growthIndex';
import { buildSchedule, type Reminder } from './schedule';
import type { Profile } from './schema';
import type { ReviewCadence } from './vocabulary';

export interface CadenceSettings {
  readonly reviewCadence: ReviewCadence;
  readonly checkinWeeks: number;
  /** Days before its due date from which a milestone counts as soon. */
  readonly soonDays: number;
}

/** The cadence a plan runs on: its profile's `cadence` over the settings. */
export function planCadence(profile: Pick<Profile, 'cadence'> | undefined, settings: CadenceSettings): CadenceSettings {
  return {
    reviewCadence: profile?.cadence?.review ?? settings.reviewCadence,
    checkinWeeks: profile?.cadence?.checkinWeeks ?? settings.checkinWeeks,
    soonDays: settings.soonDays,
  };
}

/** Every reminder of a plan in its index, on the plan's cadence. */
export function planReminders(
  index: GrowthIndex,
  options: { readonly clock: Clock; readonly timeZone?: string; readonly settings: CadenceSettings },
): Reminder[] {
  const profile = index.profile()?.data;
  return buildSchedule(
    {
      profile,
      reviews: index.reviews().map((entry) => entry.data),
      checkins: index.checkins().map((entry) => entry.data),
      goals: index.goals(),
      breaks: index.breaks().map((entry) => entry.data),
    },
    { clock: options.clock, timeZone: options.timeZone, ...planCadence(profile, options.settings) },
  );
}
