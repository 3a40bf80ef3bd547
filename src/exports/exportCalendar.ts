import * as vscode from 'vscode';
import { argument, uriSchema } from '../commands/arguments';
import { defineCommand } from '../commands/command';
import { readSettings, readWindowSettings } from '../config';
import { calendarEvents, toICalendar } from '../core/ics';
import { pickRoot } from '../workspace/pickRoot';
import { CommandId } from '../core/commandIds';

/**
 * Exports the schedule (reviews and check-ins as recurring events, milestone due dates, the
 * ends of 90-day horizons, planned time off, concept repetitions) as an .ics file to import
 * into a calendar. Asks where to save it, unless a location is passed.
 */
export const exportCalendar = defineCommand({
  id: CommandId.ExportCalendar,
  arguments: [argument('destination', uriSchema.optional())],
  async run(services, destination) {
    const root = await pickRoot(services);
    if (!root) return undefined;
    const uri =
      destination ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(root.folder.uri, 'growth-schedule.ics'),
        filters: { [vscode.l10n.t('Calendar')]: ['ics'] },
        title: vscode.l10n.t('Export the growth schedule'),
      }));
    if (!uri) return undefined;
    const events = calendarEvents(root.index, {
      clock: services.clock,
      timeZone: readWindowSettings().timeZone,
      settings: readSettings(root.folder),
    });
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toICalendar(events, services.clock.now())));
    const open = vscode.l10n.t('Open');
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t(
          'Exported {0} events to {1}. Import the file into your calendar; importing it again updates them.',
          events.length,
          vscode.workspace.asRelativePath(uri),
        ),
        open,
      )
      .then(async (choice) => {
        if (choice === open) await vscode.window.showTextDocument(uri, { preview: false });
      });
    return uri;
  },
});
