/** Every form DevGrowth offers, by id, in the order a person meets them. */
import { breakForm } from './break';
import { checkinForm } from './checkin';
import type { FormDefinition, FormId } from './form';
import { evidenceForm } from './evidence';
import { goalForm } from './goal';
import { planForm } from './plan';
import { prioritiesForm } from './priorities';
import { promotionForm } from './promotion';
import { reviewForm } from './review';
import { rubricForm } from './rubric';
import { rutForm } from './rut';
import { selfForm } from './self';
import { serviceForm } from './service';
import { stageForm } from './stage';

export const FORMS: readonly FormDefinition[] = [rutForm, selfForm, stageForm, promotionForm, prioritiesForm, rubricForm, reviewForm, checkinForm, breakForm, goalForm, evidenceForm, serviceForm];

/** Every form, also those only the palette asks. */
const ALL_FORMS: readonly FormDefinition[] = [...FORMS, planForm];

export function formById(id: FormId): FormDefinition {
  const form = ALL_FORMS.find((candidate) => candidate.id === id);
  if (!form) throw new Error(`There is no form "${id}"`);
  return form;
}
