import type { DevGrowthCommand } from '../../commands/command';
import type { FormId } from '../../core/forms/form';
import type { Services } from '../../services';
import { pickRoot } from '../../workspace/pickRoot';
import { FormPanel } from '../formPanel';

/** Opens a form for the plan (asking which, in a workspace with several); returns its panel. */
export async function openForm(services: Services, formId: Exclude<FormId, 'rubric'>): Promise<FormPanel | undefined> {
  const root = await pickRoot(services);
  return root && FormPanel.show(services, { formId, root: root.uri.toString() });
}

/** A palette command that opens one form. */
export function formCommand(id: string, formId: Exclude<FormId, 'rubric'>): DevGrowthCommand {
  return { id, run: (services) => openForm(services, formId) };
}
