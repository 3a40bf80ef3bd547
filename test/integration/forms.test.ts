import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FormValues } from '../../src/core/forms/field';
import type { FormId } from '../../src/core/forms/form';
import { readGrowthFile } from '../../src/core/reader';
import type { Milestone } from '../../src/core/schema';
import type { FormPanel } from '../../src/forms/formPanel';
import type { FormNotification } from '../../src/forms/protocol';
import { devGrowth, forget, growthUri, readText, waitFor, writeText } from './helpers';

/** Opens a form by its command and plays the webview's first message, as its script does on load. */
async function openForm(command: string, ...args: unknown[]): Promise<FormPanel> {
  const panel = await vscode.commands.executeCommand<FormPanel | undefined>(command, ...args);
  assert.ok(panel, `${command} opened no form`);
  assert.equal(await panel.deliver({ type: 'ready' }), true);
  return panel;
}

function last<T extends FormNotification['type']>(panel: FormPanel, type: T): Extract<FormNotification, { type: T }> {
  const found = panel.posted
    .filter((notification): notification is Extract<FormNotification, { type: T }> => notification.type === type)
    .at(-1);
  assert.ok(found, `the form sent no ${type}: ${JSON.stringify(panel.posted.map((notification) => notification.type))}`);
  return found;
}

async function save(panel: FormPanel, values: FormValues): Promise<Extract<FormNotification, { type: 'saved' }>> {
  await panel.deliver({ type: 'save', seq: 1, values });
  const answer = panel.posted.at(-1);
  assert.equal(answer?.type, 'saved', JSON.stringify(answer));
  return answer;
}

/** The front matter of a file of the plan, as the reader sees it. */
async function dataOf(path: string): Promise<Record<string, unknown>> {
  const uri = growthUri(...path.split('/'));
  const parsed = readGrowthFile(uri.toString(), await readText(uri));
  assert.ok(parsed?.record, `${path}: ${JSON.stringify(parsed?.problems)}`);
  return parsed.record.data;
}

const REFUNDS = growthUri('goals', 'ship-refunds.md');

/** Every form but the rubric, with answers a person could give, and what its file must hold. */
const FORMS: readonly {
  id: Exclude<FormId, 'rubric'>;
  command: string;
  values: FormValues;
  folder: string;
  holds: Record<string, unknown>;
  suggests?: string;
}[] = [
  {
    id: 'rut',
    command: 'devgrowth.assess.rut',
    values: { scenarios: ['not-challenged'], ownOptions: ['Pair with the data team'] },
    folder: 'assessments',
    holds: { type: 'rut', scenarios: ['not-challenged'] },
    suggests: 'rut-internal-tool',
  },
  {
    id: 'self',
    command: 'devgrowth.assess.self',
    values: { strengths: ['Debugging'], weaknesses: ['Saying no'] },
    folder: 'assessments',
    holds: { type: 'self', strengths: ['Debugging'] },
    suggests: 'weakness-saying-no',
  },
  {
    id: 'stage',
    command: 'devgrowth.assess.stage',
    values: { stage: 'before-senior', 'pillars.technical': 4, 'pillars.relationships': 3, 'pillars.influence': 2 },
    folder: 'assessments',
    holds: { type: 'stage', pillars: { technical: 4, relationships: 3, influence: 2 } },
    suggests: 'pillar-before-senior-influence',
  },
  {
    id: 'promotion',
    command: 'devgrowth.assess.promotion',
    values: { performingAtNextLevel: 3, businessJustification: true, voicedToManager: false },
    folder: 'assessments',
    holds: { type: 'promotion', voicedToManager: false },
    suggests: 'promotion-book-conversation',
  },
  {
    id: 'priorities',
    command: 'devgrowth.assess.priorities',
    values: { candidates: [{ title: 'Automate the release notes', impact: 5, effort: 2, reusability: 4, learnings: 3 }] },
    folder: 'assessments',
    holds: { type: 'priorities' },
    suggests: 'candidate-automate-the-release-notes',
  },
  {
    id: 'review',
    command: 'devgrowth.review.start',
    values: { onTrack: 'no', whys: ['Too many meetings', '', '', '', ''] },
    folder: 'reviews',
    holds: { kind: 'review', onTrack: 'no', whys: ['Too many meetings'] },
    suggests: 'review-off-track-talk',
  },
  {
    id: 'checkin',
    command: 'devgrowth.checkin.log',
    values: { mentor: 'Priya', next: '2099-01-05', actions: ['Book the design review'] },
    folder: 'checkins',
    holds: { kind: 'checkin', mentor: 'Priya' },
    suggests: 'checkin-action-book-the-design-review',
  },
  {
    id: 'break',
    command: 'devgrowth.break.planForm',
    values: { type: 'time-off', start: '2099-12-22', end: '2099-12-30', committed: true },
    folder: 'breaks',
    holds: { kind: 'break', type: 'time-off', committed: true },
    suggests: 'break-pause-busiest',
  },
];

describe('assessment forms', () => {
  const created: vscode.Uri[] = [];
  let refundsBefore: string;

  before(async () => {
    await devGrowth();
    refundsBefore = await readText(REFUNDS);
  });

  afterEach(async () => {
    for (const panel of [...openPanels]) panel.panel.dispose();
    openPanels.length = 0;
  });

  after(async () => {
    await forget(created);
    await writeText(REFUNDS, refundsBefore);
    const api = await devGrowth();
    await waitFor('the goal as it was', () => !api.workspace.rootFor(REFUNDS)?.index.goal('ship-refunds')?.data.milestones[2]?.rubric);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const openPanels: FormPanel[] = [];
  async function opened(command: string, ...args: unknown[]): Promise<FormPanel> {
    const panel = await openForm(command, ...args);
    openPanels.push(panel);
    return panel;
  }

  for (const form of FORMS) {
    it(`${form.command} opens the ${form.id} form and saves a dated file from its answers`, async () => {
      const api = await devGrowth();
      const panel = await opened(form.command);
      const init = last(panel, 'init');
      assert.equal(init.form.id, form.id);
      assert.equal(panel.panel.title, init.form.title);
      assert.ok(init.form.fields.length > 0);
      const saved = await save(panel, form.values);
      const [path] = saved.files;
      assert.ok(path?.startsWith(`${form.folder}/${api.today()}`) || path?.startsWith(`${form.folder}/`), path);
      created.push(growthUri(...path!.split('/')));
      const data = await dataOf(path!);
      for (const [key, value] of Object.entries(form.holds)) assert.deepEqual(data[key], value, `${path}: ${key}`);
      // The Saved page says what was saved, and what comes next.
      assert.ok(saved.summary.length > 0, 'no summary of what was saved');
      if (form.suggests)
        assert.ok(
          saved.suggestions.some((item) => item.id === form.suggests),
          `${form.suggests} not in ${saved.suggestions.map((item) => item.id).join(', ')}`,
        );
    });
  }

  it('writes "Not now" into the profile, and the suggestion leaves the Goals tree', async () => {
    const api = await devGrowth();
    const profileUri = growthUri('profile.md');
    const profileBefore = await readText(profileUri);
    try {
      const panel = await opened('devgrowth.assess.stage');
      const saved = await save(panel, {
        stage: 'senior',
        'pillars.technical': 4,
        'pillars.relationships': 3,
        'pillars.influence': 4,
        failureModes: ['rambler'],
      });
      created.push(growthUri(...saved.files[0]!.split('/')));
      const item = saved.suggestions.find((candidate) => candidate.id === 'trap-rambler-summary');
      assert.ok(item, saved.suggestions.map((candidate) => candidate.id).join(', '));
      assert.deepEqual([item.take, item.addToGoal], ['Make it a goal', true]);
      await panel.deliver({ type: 'suggestion', id: item.id, answer: 'dismiss' });
      assert.equal(last(panel, 'suggestionAnswered').id, item.id);
      assert.equal(((await dataOf('profile.md')).dismissedSuggestions as Record<string, string>)[item.id], api.today());
      const root = api.workspace.rootFor(profileUri)!;
      await waitFor('the dismissal read', () => root.index.profile()?.data.dismissedSuggestions?.[item.id] !== undefined);
      const { suggestionsFor } = await import('../../src/core/suggestions');
      assert.ok(!suggestionsFor(root.index, api.today()).some((suggestion) => suggestion.id === item.id));
    } finally {
      await writeText(profileUri, profileBefore);
    }
  });

  it('shows what is missing, in words next to each field, and writes nothing', async () => {
    const panel = await opened('devgrowth.assess.self');
    const before = [...(await devGrowth()).workspace.roots()[0]!.index.files()].length;
    await panel.deliver({ type: 'save', seq: 7, values: { strengths: ['   '] } });
    const validation = last(panel, 'validation');
    assert.equal(validation.seq, 7);
    assert.equal(validation.attempted, true);
    assert.equal(validation.errors.fields.strengths, 'Add at least one strength.');
    assert.ok(validation.errors.missing.length >= 2, validation.errors.missing.join(', '));
    assert.equal([...(await devGrowth()).workspace.roots()[0]!.index.files()].length, before);
  });

  it('checks the answers as they are typed, answering each change by its number', async () => {
    const panel = await opened('devgrowth.assess.stage');
    await panel.deliver({ type: 'change', seq: 3, values: { stage: 'before-senior', 'pillars.technical': 9 } });
    const validation = last(panel, 'validation');
    assert.deepEqual({ seq: validation.seq, attempted: validation.attempted }, { seq: 3, attempted: false });
    assert.equal(validation.errors.fields['pillars.technical'], 'Must be at most 5.');
  });

  it('rates a milestone from its tree row: a rubric assessment, and the rubric set in the goal file with nothing else changed', async () => {
    const api = await devGrowth();
    const root = api.workspace.rootFor(REFUNDS)!;
    const target = { kind: 'milestone', root, uri: REFUNDS, goalId: 'ship-refunds', milestoneId: 'rollout', index: 2 };
    const panel = await opened('devgrowth.milestone.rate', { target });
    const init = last(panel, 'init');
    assert.equal(init.form.subject, 'Roll out everywhere (Ship the refunds redesign by 31 December)');
    assert.equal(init.form.initial.phase, 'before');
    const saved = await save(panel, {
      phase: 'before',
      'ratings.confidence': 2,
      'ratings.competence': 3,
      'ratings.impact': 2,
      'ratings.clarity': 4,
    });
    created.push(growthUri(...saved.files[0]!.split('/')));
    assert.deepEqual(saved.files.slice(1), ['goals/ship-refunds.md']);
    const text = await readText(REFUNDS);
    assert.equal(
      text,
      refundsBefore.replace(
        '    status: planned\n---',
        '    status: planned\n    rubric:\n      before:\n        confidence: 2\n        competence: 3\n        impact: 2\n        clarity: 4\n---',
      ),
    );
    const milestone = await waitFor('the rating in the plan', () =>
      root.index
        .goal('ship-refunds')
        ?.data.milestones.find((candidate: Milestone) => candidate.id === 'rollout' && candidate.rubric?.before),
    );
    assert.equal(milestone.rubric?.before?.clarity, 4);
  });

  it('rates a milestone again after it, and suggests a next step for each dimension that did not go up', async () => {
    const api = await devGrowth();
    const root = api.workspace.rootFor(REFUNDS)!;
    const target = { kind: 'milestone', root, uri: REFUNDS, goalId: 'ship-refunds', milestoneId: 'rollout', index: 2 };
    try {
      const before = await opened('devgrowth.milestone.rate', { target });
      const first = await save(before, {
        phase: 'before',
        'ratings.confidence': 3,
        'ratings.competence': 2,
        'ratings.impact': 2,
        'ratings.clarity': 3,
      });
      created.push(growthUri(...first.files[0]!.split('/')));
      before.panel.dispose();
      await waitFor(
        'the first rating in the plan',
        () => root.index.goal('ship-refunds')?.data.milestones.find((candidate: Milestone) => candidate.id === 'rollout')?.rubric?.before,
      );

      const after = await opened('devgrowth.milestone.rate', { target });
      assert.equal(last(after, 'init').form.initial.phase, 'after', 'a rated milestone is rated "after" next');
      const second = await save(after, {
        phase: 'after',
        'ratings.confidence': 3,
        'ratings.competence': 4,
        'ratings.impact': 1,
        'ratings.clarity': 5,
      });
      created.push(growthUri(...second.files[0]!.split('/')));
      const offered = second.suggestions.map((item) => item.id);
      for (const flat of ['rubric-confidence-present', 'rubric-impact-ask'])
        assert.ok(offered.includes(flat), `${flat} not in ${offered.join(', ')}`);
      for (const moved of ['rubric-competence-review', 'rubric-clarity-explain'])
        assert.ok(!offered.includes(moved), `${moved} offered, though that dimension went up`);
    } finally {
      await writeText(REFUNDS, refundsBefore);
      await waitFor('the goal as it was', () => !root.index.goal('ship-refunds')?.data.milestones[2]?.rubric);
    }
  });

  it('saves once however often Save is pressed', async () => {
    const panel = await opened('devgrowth.checkin.log');
    const values = { mentor: 'Priya', next: '2099-02-05' };
    await Promise.all([panel.deliver({ type: 'save', seq: 1, values }), panel.deliver({ type: 'save', seq: 2, values })]);
    const saves = panel.posted.filter((notification) => notification.type === 'saved');
    assert.equal(saves.length, 1);
    created.push(growthUri(...(saves[0] as Extract<FormNotification, { type: 'saved' }>).files[0]!.split('/')));
  });

  it('writes nothing when cancelled, and closes', async () => {
    const api = await devGrowth();
    const before = [...api.workspace.roots()[0]!.index.files()].length;
    const panel = await opened('devgrowth.assess.rut');
    let closed = false;
    panel.onDidDispose(() => (closed = true));
    await panel.deliver({ type: 'change', seq: 1, values: { scenarios: ['not-excited'] } });
    await panel.deliver({ type: 'cancel' });
    assert.equal(closed, true);
    assert.equal([...api.workspace.roots()[0]!.index.files()].length, before);
  });

  it('rejects a message that is not part of its protocol, and a file outside the plan', async () => {
    const panel = await opened('devgrowth.assess.self');
    assert.equal(await panel.deliver({ type: 'save', values: '<script>alert(1)</script>' }), false);
    assert.equal(await panel.deliver({ type: 'runCommand', command: 'workbench.action.quit' }), false);
    assert.equal(await panel.deliver({ type: 'ready', extra: true }), false);
    await panel.deliver({ type: 'openFile', path: '../../etc/passwd' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith('passwd') ?? false, false);
  });

  it('opens the same form once: a second command shows the open one', async () => {
    const first = await opened('devgrowth.assess.promotion');
    const second = await vscode.commands.executeCommand<FormPanel>('devgrowth.form.open', 'promotion');
    assert.equal(second, first);
  });

  it('offers the ways out after a rut assessment, each a new goal away', async () => {
    const panel = await opened('devgrowth.assess.rut');
    const saved = await save(panel, { scenarios: ['not-recognised'], ownOptions: ['Write up the incident review'] });
    created.push(growthUri(...saved.files[0]!.split('/')));
    const items = saved.suggestions;
    assert.ok(
      items.some((item) => item.title === 'Write up the incident review' && item.take === 'Make it a goal'),
      JSON.stringify(items),
    );
  });
});
