// Runs with `npm run test:integration -- --multi-root`, in a workspace of two folders: the
// fixture ("workspace") and a second plan ("side-project").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import type { DashboardPanel } from '../../src/dashboard/dashboardPanel';
import { devGrowth, labelText, readText, waitFor } from './helpers';

function rootNamed(api: Awaited<ReturnType<typeof devGrowth>>, name: string) {
  const root = api.workspace.roots().find((candidate) => candidate.folder.name === name);
  assert.ok(root, `no plan in ${name}: ${api.workspace.roots().map((candidate) => candidate.folder.name).join(', ')}`);
  return root;
}

/** Answers the next quick pick with the entry whose label is `label`. */
function pickNext(label: string): () => void {
  const original = vscode.window.showQuickPick;
  (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) =>
    (await items).find((item) => item.label === label);
  return () => {
    (vscode.window as { showQuickPick: unknown }).showQuickPick = original;
  };
}

describe('a workspace of two folders', () => {
  it('keeps one plan per folder, with nothing mixed between them', async () => {
    const api = await devGrowth();
    assert.deepEqual(api.workspace.roots().map((root) => root.folder.name), ['workspace', 'side-project']);
    const work = rootNamed(api, 'workspace');
    const side = rootNamed(api, 'side-project');
    assert.deepEqual(side.index.goals().map((goal) => goal.id), ['open-source']);
    assert.ok(work.index.goal('ship-refunds'));
    for (const root of [work, side]) {
      for (const file of root.index.files()) assert.ok(file.path.startsWith(`${root.uri.toString()}/`), `${file.path} is in the plan of ${root.folder.name}`);
    }
  });

  it('does not resolve a link in one plan to a goal of the other', async () => {
    const api = await devGrowth();
    const side = rootNamed(api, 'side-project');
    const card = side.index.cards('ship-refunds')[0];
    assert.ok(card, 'the card that names the other plan’s goal');
    assert.deepEqual(side.index.problems(card.path, api.today()).map((problem) => problem.code), ['link/unknown-goal']);
  });

  it('shows one folder row per plan in the Goals tree', async () => {
    const api = await devGrowth();
    const top = await api.sidebar.goals.getChildren();
    assert.deepEqual(top.map((element) => labelText(api.sidebar.goals.getTreeItem(element))), ['workspace', 'side-project']);
    const label = (element: (typeof top)[number]) => labelText(api.sidebar.goals.getTreeItem(element));
    const sideRows = await api.sidebar.goals.getChildren(top[1]);
    // Its one goal has no long-term goal above it.
    const unlinked = sideRows.find((element) => label(element) === 'Goals without a long-term goal');
    assert.ok(unlinked, sideRows.map(label).join(' | '));
    assert.deepEqual((await api.sidebar.goals.getChildren(unlinked)).map(label), ['Land three pull requests in an open-source project by March']);
    assert.ok(!sideRows.map(label).includes('Lead the design of the payments platform by 2028'), 'the other plan’s goals stay in their own folder');
  });

  it('asks which plan a new file belongs to, and writes it there', async () => {
    const api = await devGrowth();
    const side = rootNamed(api, 'side-project');
    const restore = pickNext('side-project');
    let uri: vscode.Uri;
    try {
      uri = await vscode.commands.executeCommand<vscode.Uri>('devgrowth.evidence.log', undefined, { title: 'Merged the first pull request' });
    } finally {
      restore();
    }
    assert.ok(uri.toString().startsWith(`${side.uri.toString()}/`), uri.toString());
    assert.match(await readText(uri), /title: Merged the first pull request/);
    await waitFor('the evidence in the side project’s plan only', () => side.index.evidence().length === 1 && rootNamed(api, 'workspace').index.get(uri.toString()) === undefined);
    await vscode.workspace.fs.delete(uri);
  });

  it('names the plan on its dashboard', async () => {
    const restore = pickNext('side-project');
    let panel: DashboardPanel;
    try {
      panel = await vscode.commands.executeCommand<DashboardPanel>('devgrowth.dashboard.open');
    } finally {
      restore();
    }
    assert.equal(panel.panel.title, 'Growth Dashboard: side-project');
    panel.panel.dispose();
  });

  it('empties a plan whose growth folder goes away, and follows it again when it comes back', async function () {
    this.timeout(120_000);
    const api = await devGrowth();
    const side = rootNamed(api, 'side-project');
    const away = vscode.Uri.joinPath(side.folder.uri, 'growth-away');
    // A branch switch or a move in a terminal: the whole folder goes at once, then returns, and
    // VS Code learns of it only from its file watcher.
    fs.renameSync(side.uri.fsPath, away.fsPath);
    await waitFor('the side project’s plan to empty', () => [...side.index.files()].length === 0 && rootNamed(api, 'workspace').index.goal('ship-refunds'), 30_000);
    fs.renameSync(away.fsPath, side.uri.fsPath);
    const current = () => rootNamed(api, 'side-project');
    await waitFor('the side project’s goal back in its plan', () => current().index.goal('open-source'), 30_000);
    // The folder is watched again: a file added now shows up too.
    const added = vscode.Uri.joinPath(side.uri, 'goals', 'talk.md');
    fs.writeFileSync(added.fsPath, '---\nkind: goal\nschema: 1\ntitle: Give a talk at the meetup by June\nhorizon: short\nstatus: active\n---\n');
    await waitFor('a goal added after the folder came back', () => current().index.goal('talk'), 30_000);
    await vscode.workspace.fs.delete(added);
  });
});
