import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DashboardPanel } from '../../src/dashboard/dashboardPanel';
import type { DashboardNotification } from '../../src/dashboard/protocol';
import { devGrowth, scratchFolder, waitFor, writeText } from './helpers';

type Data = Extract<DashboardNotification, { type: 'data' }>;

describe('the growth dashboard', () => {
  const scratch = scratchFolder('dashboard');
  let panel: DashboardPanel;

  before(async () => {
    panel = await vscode.commands.executeCommand<DashboardPanel>('devgrowth.dashboard.open');
    assert.ok(panel, 'the command opened no dashboard');
    assert.equal(await panel.deliver({ type: 'ready' }), true);
  });

  after(async () => {
    panel.panel.dispose();
    await scratch.cleanUp();
  });

  const latest = () => panel.posted.filter((notification): notification is Data => notification.type === 'data').at(-1)!;

  it('sends the plan’s figures once its webview is ready: goals on a timeline, rubric, reviews, evidence', async () => {
    const { data, title } = latest();
    assert.equal(title, 'Growth Dashboard');
    assert.equal(panel.panel.title, 'Growth Dashboard');
    const refunds = data.timeline.goals.find((goal) => goal.id === 'ship-refunds');
    assert.deepEqual({ done: refunds?.done, total: refunds?.total, due: refunds?.due }, { done: 1, total: 3, due: '2026-12-31' });
    assert.deepEqual(data.rubric.map((point) => point.milestoneTitle), ['Design approved']);
    assert.deepEqual(data.reviews.reviews.map((review) => review.date), ['2026-11-01']);
    assert.equal(data.evidence.find((entry) => entry.goalId === 'ship-refunds')?.count, 1);
  });

  it('draws again when a file of the plan changes', async () => {
    const before = panel.posted.length;
    await writeText(scratch.uri('talk.md'), '---\nkind: evidence\nschema: 1\ndate: 2026-11-20\ntitle: Talk on refunds\ngoal: ship-refunds\n---\n');
    await waitFor('fresh figures', () => panel.posted.length > before && latest().data.evidence.find((entry) => entry.goalId === 'ship-refunds')?.count === 2, 30_000);
  });

  it('shows the open dashboard again instead of a second one', async () => {
    assert.equal(await vscode.commands.executeCommand('devgrowth.dashboard.open'), panel);
    const api = await devGrowth();
    assert.deepEqual(api.dashboard.openPanels(), [panel]);
  });

  it('opens a goal’s file from the timeline, and rejects messages outside its protocol', async () => {
    await panel.deliver({ type: 'openGoal', id: 'ship-refunds' });
    await waitFor('the goal in an editor', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('/growth/goals/ship-refunds.md'));
    assert.equal(await panel.deliver({ type: 'openGoal', id: 'ship-refunds', extra: '<img src=x onerror=alert(1)>' }), false);
    assert.equal(await panel.deliver({ type: 'openFile', path: '/etc/passwd' }), false);
    assert.equal(await panel.deliver('ready'), false);
  });
});
