import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixedClock, systemClock } from '../../src/core/dates';
import { devGrowth } from './helpers';

describe('breaks while coding', () => {
  after(async () => (await devGrowth()).clock.use(systemClock));

  it('nudges after 50 minutes of typing, counts a break down, and starts afresh after it', async () => {
    const api = await devGrowth();
    // A day ahead of any activity the earlier suites caused, so this is a fresh stretch of work.
    const start = Date.now() + 86_400_000;
    const at = (minutes: number) => api.clock.use(fixedClock(new Date(start + minutes * 60_000)));
    const document = await vscode.workspace.openTextDocument({ content: '' });
    const editor = await vscode.window.showTextDocument(document);
    for (let minute = 0; minute <= 50; minute += 5) {
      at(minute);
      await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), 'x'));
      await new Promise((resolve) => setTimeout(resolve, 20)); // let the change event arrive at this minute
    }
    assert.equal(api.breaks.state.kind, 'breakDue');
    await vscode.commands.executeCommand('devgrowth.break.start');
    at(52);
    assert.deepEqual(api.breaks.state, { kind: 'onBreak', endsAt: start + 55 * 60_000 });
    await vscode.commands.executeCommand('devgrowth.break.skip');
    assert.equal(api.breaks.state.kind, 'working');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
