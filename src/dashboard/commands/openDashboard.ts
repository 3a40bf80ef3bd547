import { defineCommand } from '../../commands/command';
import { pickRoot } from '../../workspace/pickRoot';
import { DashboardPanel } from '../dashboardPanel';
import { CommandId } from '../../core/commandIds';

/** Shows the growth dashboard of the plan (asking which, in a workspace with several). */
export const openDashboard = defineCommand({
  id: CommandId.DashboardOpen,
  async run(services) {
    const root = await pickRoot(services);
    return root && DashboardPanel.show(services, root);
  },
});
