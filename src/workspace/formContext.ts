import { readSettings } from '../config';
import type { FormContext, MilestoneTarget } from '../core/forms/form';
import type { Services } from '../services';
import type { GrowthRoot } from './growthWorkspace';

/** The plan, today's date and the cadence a form is filled in for, by the webview or the quick input. */
/** `origin` is the form's (its id, its plan, the milestone it is about); only the milestone matters here. */
export function formContext(
  services: Services,
  root: GrowthRoot,
  origin: { readonly formId?: string; readonly root?: string; readonly target?: MilestoneTarget },
): FormContext {
  const settings = readSettings(root.folder);
  const cadence = root.index.profile()?.data.cadence;
  return {
    today: services.today(),
    plan: root.index,
    target: origin.target,
    // The plan's own cadence wins over the settings, as it does for reminders.
    checkinWeeks: cadence?.checkinWeeks ?? settings.checkinWeeks,
    reviewCadence: cadence?.review ?? settings.reviewCadence,
  };
}
