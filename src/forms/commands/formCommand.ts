import { defineCommand, type DevGrowthCommand } from '../../commands/command';
import type { CommandId } from '../../core/commandIds';
import type { FormId } from '../../core/forms/form';
import type { Services } from '../../services';
import { pickRoot } from '../../workspace/pickRoot';
import { FormPanel } from '../formPanel';

/**
 * Opens a form for a plan: the one whose growth folder is `rootUri`, or the one the user picks
 * (asked only in a workspace with several); returns its panel.
 */
export async function openForm(services: Services, formId: Exclude<FormId, 'rubric'>, rootUri?: string): Promise<FormPanel | undefined> {
  const root = rootUri ?? (await pickRoot(services))?.uri.toString();
  return root === undefined ? undefined : FormPanel.show(services, { formId, root });
}

/** A palette command that opens one form. */
export function formCommand(id: CommandId, formId: Exclude<FormId, 'rubric'>): DevGrowthCommand {
  return defineCommand({ id, run: (services) => openForm(services, formId) });
}
