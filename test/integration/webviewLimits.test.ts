import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DashboardPanel } from '../../src/dashboard/dashboardPanel';
import { dashboardNotificationSchema, type DashboardNotification } from '../../src/dashboard/protocol';
import type { FormPanel } from '../../src/forms/formPanel';
import { formNotificationSchema, type FormNotification } from '../../src/forms/protocol';
import { devGrowth, growthUri, readText, scratchFolder, waitFor, writeText } from './helpers';

const goal = (title: string, extra = '') =>
  `---\nkind: goal\nschema: 1\ntitle: ${title}\nhorizon: short\nstatus: active\ndue: 2099-12-31\nmilestones:\n  - id: rollout\n    title: Roll out\n    status: planned\n${extra}---\n`;

/** What the webview would do with a notification: take it only if the protocol allows it. */
function takenByWebview(
  notification: FormNotification | DashboardNotification | undefined,
  schema: typeof formNotificationSchema | typeof dashboardNotificationSchema,
): boolean {
  return schema.safeParse(notification).success;
}

async function openForm(command: string, ...args: unknown[]): Promise<FormPanel> {
  const panel = await vscode.commands.executeCommand<FormPanel | undefined>(command, ...args);
  assert.ok(panel, `${command} opened no form`);
  await panel.deliver({ type: 'ready' });
  return panel;
}

/**
 * A plan may be valid and still larger than one webview message may carry. Whatever it holds,
 * each form draws, the dashboard draws, and every Save is answered.
 */
describe('plans beyond the webview messages’ bounds', () => {
  const scratch = scratchFolder('limits');
  const panels: { panel: vscode.WebviewPanel }[] = [];

  afterEach(() => {
    for (const open of panels.splice(0)) open.panel.dispose();
  });

  after(() => scratch.cleanUp());

  it('answers a Save of more than a form may send with a message, never leaving it on "Saving…"', async () => {
    const panel = await openForm('devgrowth.assess.self');
    panels.push(panel);
    const strengths = Array.from({ length: 201 }, (_, index) => `Strength ${index}`);
    assert.equal(await panel.deliver({ type: 'save', seq: 1, values: { strengths, weaknesses: ['Saying no'] } }), false);
    const answer = panel.posted.at(-1);
    assert.equal(answer?.type, 'failed');
    assert.match(answer.message, /more than DevGrowth can save at once/);
  });

  it('lets each webview load the built webview files and nothing else of the extension', async () => {
    const form = await openForm('devgrowth.assess.self');
    panels.push(form);
    const dashboard = await vscode.commands.executeCommand<DashboardPanel>('devgrowth.dashboard.open');
    panels.push(dashboard);
    const roots = (panel: vscode.WebviewPanel) =>
      (panel.webview.options.localResourceRoots ?? []).map((uri) => uri.path.replace(/^.*\/dist\//, 'dist/'));
    assert.deepEqual(roots(form.panel), ['dist/webview']);
    assert.deepEqual(roots(dashboard.panel), ['dist/webview']);
  });

  describe('a goal known by its file name', () => {
    for (const name of ['Ship Refunds', 'ShipRefunds']) {
      it(`rates a milestone of "${name}.md" and reviews it, and each Save is answered`, async () => {
        const api = await devGrowth();
        const uri = scratch.uri(`${name}.md`);
        await writeText(uri, goal(`Refunds from ${name}`));
        const root = api.workspace.rootFor(uri)!;
        const entry = await waitFor(
          'the goal in the plan',
          () => root.index.goals().find((candidate) => candidate.path === uri.toString()),
          30_000,
        );
        const target = { kind: 'milestone', root, uri, goalId: entry.id, milestoneId: 'rollout', index: 0 };
        const rubric = await openForm('devgrowth.milestone.rate', { target });
        panels.push(rubric);
        await rubric.deliver({
          type: 'save',
          seq: 1,
          values: { phase: 'before', 'ratings.confidence': 2, 'ratings.competence': 3, 'ratings.impact': 2, 'ratings.clarity': 4 },
        });
        const rated = rubric.posted.at(-1);
        assert.equal(rated?.type, 'saved', JSON.stringify(rated));
        const written = rated.files;
        const assessment = growthUri(...written[0]!.split('/'));
        assert.ok((await readText(assessment)).includes(`goal: ${entry.id}\n`), 'the rating names the goal by its id');
        assert.match(await readText(uri), /rubric:\n\s+before:/);
        await vscode.workspace.fs.delete(assessment);

        const review = await openForm('devgrowth.review.start');
        panels.push(review);
        const init = review.posted.at(-1) as Extract<FormNotification, { type: 'init' }>;
        const goals = init.form.fields.find((field) => field.name === 'goals');
        assert.ok(goals?.kind === 'records');
        const row = goals.fixedRows!.findIndex((fixed) => fixed.values.goal === entry.id);
        assert.ok(row >= 0, 'the goal has a row');
        const answers = goals.fixedRows!.map((_, index) => (index === row ? { movedForward: true, note: 'Shipped' } : {}));
        await review.deliver({ type: 'save', seq: 1, values: { onTrack: 'yes', goals: answers } });
        const reviewed = review.posted.at(-1);
        assert.equal(reviewed?.type, 'saved', JSON.stringify(reviewed));
        await vscode.workspace.fs.delete(growthUri(...reviewed.files[0]!.split('/')));
      });
    }

    it('tells the form when saving fails in a way nobody foresaw, and nothing is left on "Saving…"', async () => {
      const api = await devGrowth();
      const panel = await openForm('devgrowth.checkin.log');
      panels.push(panel);
      // Shadows the method for this one save; deleting the shadow brings the real one back.
      api.files.editAll = () => Promise.reject(new TypeError('the disk said no'));
      try {
        await panel.deliver({ type: 'save', seq: 1, values: { mentor: 'Priya', next: '2099-02-05' } });
      } finally {
        Reflect.deleteProperty(api.files, 'editAll');
      }
      const answer = panel.posted.at(-1);
      assert.equal(answer?.type, 'failed');
      assert.match(answer.message, /could not save this form \(the disk said no\)\. Nothing was written/);
    });
  });

  describe('a goal with a 20,001-character title', () => {
    const title = `Ship ${'a'.repeat(20_000)}`;
    let api: Awaited<ReturnType<typeof devGrowth>>;

    before(async () => {
      api = await devGrowth();
      await writeText(scratch.uri('long-title.md'), goal(title));
      await waitFor('the goal in the plan', () => api.workspace.roots()[0]?.index.goal('long-title'), 30_000);
    });

    it('draws the review form, the title shortened with a note', async () => {
      const panel = await openForm('devgrowth.review.start');
      panels.push(panel);
      const init = panel.posted.at(-1);
      assert.ok(takenByWebview(init, formNotificationSchema), JSON.stringify(init).slice(0, 300));
      assert.equal(init?.type, 'init');
      const form = init.form;
      assert.match(form.notices?.join(' ') ?? '', /too long to show here in full/);
    });

    it('draws the dashboard, the title shortened with a note', async () => {
      const panel = await vscode.commands.executeCommand<DashboardPanel>('devgrowth.dashboard.open');
      panels.push(panel);
      await panel.deliver({ type: 'ready' });
      const data = panel.posted.at(-1);
      assert.ok(takenByWebview(data, dashboardNotificationSchema), JSON.stringify(data).slice(0, 300));
      assert.equal(data?.type, 'data');
      assert.match(data.notices.join(' '), /too long to show here in full/);
    });
  });

  describe('201 active goals', () => {
    before(async () => {
      const api = await devGrowth();
      // Written outside the plan and moved in at once, so the plan takes them in as one change:
      // written into the plan one by one, they took over a minute while the extension took in
      // each write before the next, and this suite is about the forms, not about that.
      const staging = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'limits-staging');
      await Promise.all(
        Array.from({ length: 201 }, (_, index) => writeText(vscode.Uri.joinPath(staging, `many-${index}.md`), goal(`Goal ${index}`))),
      );
      await vscode.workspace.fs.createDirectory(scratch.uri(''));
      await vscode.workspace.fs.rename(staging, scratch.uri('many'));
      await waitFor(
        'every goal in the plan',
        () =>
          api.workspace
            .roots()[0]!
            .index.goals()
            .filter((entry) => entry.id.startsWith('many-')).length === 201,
        60_000,
      );
    });

    it('draws the review with the first 200, says the rest are left out, and saves', async () => {
      const panel = await openForm('devgrowth.review.start');
      panels.push(panel);
      const init = panel.posted.at(-1);
      assert.ok(takenByWebview(init, formNotificationSchema));
      const form = (init as Extract<FormNotification, { type: 'init' }>).form;
      const goals = form.fields.find((field) => field.name === 'goals');
      assert.ok(goals?.kind === 'records');
      assert.equal(goals.fixedRows?.length, 200);
      assert.ok(
        form.notices?.some((notice) => /shows the first 200 of \d+; the rest are left out/.test(notice)),
        JSON.stringify(form.notices),
      );
      await panel.deliver({
        type: 'save',
        seq: 1,
        values: { onTrack: 'yes', goals: goals.fixedRows.map(() => ({ movedForward: true })) },
      });
      const saved = panel.posted.at(-1);
      assert.equal(saved?.type, 'saved', JSON.stringify(saved).slice(0, 300));
      const file = growthUri(...saved.files[0]!.split('/'));
      assert.equal((await readText(file)).match(/movedForward: true/g)?.length, 200);
      await vscode.workspace.fs.delete(file);
    });
  });
});
