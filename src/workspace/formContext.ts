import { readSettings } from '../config';
import type { FormContext, MilestoneTarget } from '../core/forms/form';
import type { Services } from '../services';
import type { GrowthRoot } from './growthWorkspace';

/**
 * The plan, today's date and the cadence a form is filled in for, by the webview or the quick
 * input. `origin` is the form's: the milestone it is about, what to fill in first, the
 * suggestion it was opened from, and the commits new evidence links.
 */
export function formContext(
  services: Services,
  root: GrowthRoot,
  origin: {
    readonly formId?: string;
    readonly root?: string;
    readonly target?: MilestoneTarget;
    readonly prefill?: FormContext['prefill'];
    readonly suggestion?: FormContext['suggestion'];
    readonly commitLinks?: FormContext['commitLinks'];
  },
): FormContext {
  const settings = readSettings(root.folder);
  const cadence = root.index.profile()?.data.cadence;
  return {
    today: services.today(),
    plan: root.index,
    target: origin.target,
    ...(origin.prefill ? { prefill: origin.prefill } : {}),
    ...(origin.suggestion ? { suggestion: origin.suggestion } : {}),
    ...(origin.commitLinks ? { commitLinks: origin.commitLinks } : {}),
    // The plan's own cadence wins over the settings, as it does for reminders.
    checkinWeeks: cadence?.checkinWeeks ?? settings.checkinWeeks,
    reviewCadence: cadence?.review ?? settings.reviewCadence,
  };
}
