import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  contextValueOf,
  describeGoal,
  describeMilestone,
  goalTreeChildren,
  goalTreeRefresh,
  nodeKey,
  PAGE_SIZE,
  relativeDay,
  type GoalTreeNode,
  type GoalTreeOptions,
} from '../../src/core/goalTree';
import { GrowthIndex } from '../../src/core/growthIndex';
import { fieldRange } from '../../src/core/reader';
import { situationOf } from '../../src/core/suggestions';
import { trackTable } from '../../src/core/suggestions/track';

const TODAY = '2026-11-22';
const goal = (id: string, lines: string[]) => [`growth/goals/${id}.md`, `---\nkind: goal\nschema: 1\n${lines.join('\n')}\n---\n`] as const;

/**
 * The profile, which has said "Not now" to what its track suggests (and to `dismissed`), so the
 * tree suggests only what a test records.
 */
function profile(dismissed: readonly string[] = []): string {
  const ids = [...trackTable(situationOf(new GrowthIndex(), TODAY)).map((entry) => entry.id), ...dismissed];
  return (
    '---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nnorthStar:\n  statement: Own the payments platform\n  by: 2028-12-31\n' +
    `dismissedSuggestions:\n${ids.map((id) => `  ${id}: 2026-11-20\n`).join('')}---\n`
  );
}

function plan(): GrowthIndex {
  const index = new GrowthIndex();
  index.set('growth/profile.md', profile());
  for (const [path, text] of [
    goal('platform', ['title: Lead the platform', 'horizon: long', 'status: active', 'due: 2028-12-31']),
    goal('refunds', [
      'title: Ship refunds',
      'horizon: short',
      'status: active',
      'parent: platform',
      'due: 2026-12-04',
      'priority: {impact: 5, effort: 3, reusability: 3, learnings: 3}',
      'milestones:',
      '  - {id: design, title: Design, status: done, completed: 2026-11-20}',
      '  - {id: build, title: Build, status: active, due: 2026-11-19}',
      '  - {id: old, title: Old idea, status: dropped}',
    ]),
    goal('talks', [
      'title: Give talks',
      'horizon: short',
      'status: active',
      'parent: platform',
      'due: 2026-12-01',
      'priority: {impact: 2, effort: 3, reusability: 3, learnings: 3}',
    ]),
    goal('course', ['title: A course', 'horizon: short', 'status: done', 'parent: platform']),
    goal('frontend', ['title: Get better at frontend', 'horizon: short', 'status: active']),
  ])
    index.set(path, text);
  index.set('growth/cards/design.md', '---\nkind: card\nschema: 1\ntitle: Design card\ngoal: refunds\nmilestone: design\n---\n');
  index.set('growth/cards/general.md', '---\nkind: card\nschema: 1\ntitle: General card\ngoal: refunds\n---\n');
  index.set('growth/goals/broken.md', '---\nkind: goal\ntitle: [\n---\n');
  return index;
}

const options: GoalTreeOptions = { sort: 'priority', filter: 'active', today: TODAY };
const label = (node: GoalTreeNode): string => {
  switch (node.type) {
    case 'northStar':
      return `★ ${node.statement}`;
    case 'goal':
      return node.goal.data.title;
    case 'milestone':
      return `◦ ${node.milestone.title}`;
    case 'card':
      return `▭ ${node.card.data.title}`;
    case 'unlinked':
      return 'Unlinked goals';
    case 'problems':
      return `Problems (${node.count})`;
    case 'invalid':
      return `✗ ${node.file.path}`;
    case 'page':
      return `Page ${node.from + 1}-${node.to}`;
    case 'suggestions':
      return `Suggested (${node.suggestions.length})`;
    case 'suggestion':
      return `💡 ${node.suggestion.title}`;
    case 'moreSuggestions':
      return `All ${node.total}…`;
  }
};

describe('the Goals tree model', () => {
  it('shows the suggested next steps after the north star until each is taken or dismissed', () => {
    const index = plan();
    const stage =
      '---\nkind: assessment\nschema: 1\ntype: stage\ndate: 2026-11-01\nstage: senior\npillars: {technical: 4, relationships: 3, influence: 3}\nfailureModes: [rambler]\n---\n';
    index.set('growth/assessments/2026-11-01-stage.md', stage);
    const top = goalTreeChildren(index, options);
    assert.equal(label(top[1]!), 'Suggested (3)');
    assert.deepEqual(goalTreeChildren(index, options, top[1]).map(label), [
      '💡 Write a one-page decision summary before your next meeting',
      '💡 Get one piece of work done through others instead of doing it yourself',
      '💡 Take on one problem that spans more than your team',
    ]);
    assert.equal(contextValueOf(goalTreeChildren(index, options, top[1])[0]!, TODAY), 'suggestion:goal');
    index.set('growth/profile.md', profile(['trap-rambler-summary', 'pillar-senior-relationships', 'stage-senior-beyond-team']));
    assert.ok(!goalTreeChildren(index, options).some((node) => node.type === 'suggestions'), 'all dismissed: the group is gone');
  });

  it('shows three suggestions, the newest record’s first and by rank, then a row that lists them all', () => {
    const index = plan();
    const rut =
      '---\nkind: assessment\nschema: 1\ntype: rut\ndate: 2026-11-01\nscenarios: [not-challenged, not-recognised, no-impact]\n---\n';
    index.set('growth/assessments/2026-11-01-rut.md', rut);
    // An older assessment whose suggestions rank higher: the newer one's still come first.
    const stage =
      '---\nkind: assessment\nschema: 1\ntype: stage\ndate: 2026-10-01\nstage: senior\npillars: {technical: 4, relationships: 3, influence: 3}\nfailureModes: [rambler]\n---\n';
    index.set('growth/assessments/2026-10-01-stage.md', stage);
    const group = goalTreeChildren(index, options).find((node) => node.type === 'suggestions');
    assert.ok(group?.type === 'suggestions' && group.suggestions.length > 3, 'enough suggestions to cap');
    const newer = group.suggestions.filter((suggestion) => suggestion.raisedOn === '2026-11-01');
    assert.ok(newer.length >= 3 && group.suggestions[0]!.raisedOn === '2026-10-01', 'the older record ranks first overall');
    const rows = goalTreeChildren(index, options, group);
    assert.deepEqual(rows.map(label), [
      ...newer.slice(0, 3).map((suggestion) => `💡 ${suggestion.title}`),
      `All ${group.suggestions.length}…`,
    ]);
    assert.equal(contextValueOf(rows[3]!, TODAY), 'moreSuggestions');
    // A break booked for next month counts as raised today: today's rut ranks it below its own.
    index.set('growth/assessments/2026-11-01-rut.md', rut.replace('2026-11-01', TODAY));
    index.set(
      'growth/breaks/2027-01-10-time-off.md',
      '---\nkind: break\nschema: 1\ntype: time-off\nstart: 2027-01-10\nend: 2027-01-20\ncommitted: true\n---\n',
    );
    const ahead = goalTreeChildren(index, options).find((node) => node.type === 'suggestions');
    assert.ok(ahead?.type === 'suggestions', 'suggestions');
    const fromBreak = ahead.suggestions.filter((suggestion) => suggestion.raisedOn > TODAY);
    assert.ok(fromBreak.length > 0, 'a suggestion raised ahead');
    const shownAhead = goalTreeChildren(index, options, ahead).slice(0, 3).map(label);
    assert.deepEqual(shownAhead, rows.slice(0, 3).map(label));
    assert.ok(!fromBreak.some((suggestion) => shownAhead.includes(`💡 ${suggestion.title}`)));
    assert.equal(nodeKey(rows[3]!), 'moreSuggestions');
  });

  it('starts with the north star, the long-term goals, then unlinked goals and problems', () => {
    assert.deepEqual(goalTreeChildren(plan(), options).map(label), [
      '★ Own the payments platform',
      'Lead the platform',
      'Unlinked goals',
      'Problems (1)',
    ]);
  });

  it('puts short-term goals under their long-term goal, by priority, hiding finished ones unless asked', () => {
    const index = plan();
    const platform = goalTreeChildren(index, options)[1]!;
    assert.deepEqual(goalTreeChildren(index, options, platform).map(label), ['Ship refunds', 'Give talks']);
    assert.deepEqual(goalTreeChildren(index, { ...options, filter: 'all', sort: 'title' }, platform).map(label), [
      'A course',
      'Give talks',
      'Ship refunds',
    ]);
    assert.deepEqual(goalTreeChildren(index, { ...options, sort: 'due' }, platform).map(label), ['Give talks', 'Ship refunds']);
  });

  it('lists milestones (not dropped ones unless all are shown), then cards not tied to a milestone', () => {
    const index = plan();
    const refunds = goalTreeChildren(index, options, goalTreeChildren(index, options)[1])[0]!;
    assert.deepEqual(goalTreeChildren(index, options, refunds).map(label), ['◦ Design', '◦ Build', '▭ General card']);
    const design = goalTreeChildren(index, options, refunds)[0]!;
    assert.deepEqual(goalTreeChildren(index, options, design).map(label), ['▭ Design card']);
    assert.equal(goalTreeChildren(index, { ...options, filter: 'all' }, refunds).length, 4);
  });

  it('groups short-term goals that serve no long-term goal', () => {
    const index = plan();
    const unlinked = goalTreeChildren(index, options).find((node) => node.type === 'unlinked')!;
    assert.deepEqual(goalTreeChildren(index, options, unlinked).map(label), ['Get better at frontend']);
  });

  it('describes progress and dates the way a person says them', () => {
    const refunds = plan().goal('refunds')!.data;
    assert.equal(describeGoal(refunds, TODAY), '1/2 · due in 12 days');
    assert.equal(describeMilestone(refunds.milestones[1]!, TODAY), 'overdue by 3 days');
    assert.equal(describeMilestone(refunds.milestones[0]!, TODAY), 'done 2 days ago');
    assert.equal(describeGoal(plan().goal('frontend')!.data, TODAY), 'no due date');
    assert.equal(relativeDay('2026-11-23', TODAY), 'tomorrow');
    assert.equal(relativeDay('2026-11-22', TODAY), 'today');
  });

  it('finds the line of a milestone to open the file there', () => {
    const [, text] = goal('refunds', [
      'title: T',
      'horizon: short',
      'milestones:',
      '  - id: a',
      '    title: A',
      '  - id: b',
      '    title: B',
    ]);
    assert.equal(fieldRange(text, ['milestones', 1]).start.line, 8);
  });

  it('gives every row of the plan its own id, kept when the content changes', () => {
    const index = plan();
    const all = (node?: GoalTreeNode): GoalTreeNode[] =>
      goalTreeChildren(index, { ...options, filter: 'all' }, node).flatMap((child) => [child, ...all(child)]);
    const keys = all().map(nodeKey);
    assert.equal(new Set(keys).size, keys.length, keys.join('\n'));
    assert.ok(keys.includes('milestone:growth/goals/refunds.md#design'));
    index.set(
      ...goal('refunds', [
        'title: Ship refunds',
        'horizon: short',
        'status: active',
        'parent: platform',
        'milestones:',
        '  - {id: design, title: Design it well, status: active}',
      ]),
    );
    assert.ok(all().map(nodeKey).includes('milestone:growth/goals/refunds.md#design'));
  });

  it('tells apart two milestones that share an id by mistake', () => {
    const index = new GrowthIndex();
    index.set(
      ...goal('twice', [
        'title: Twice',
        'horizon: short',
        'status: active',
        'milestones:',
        '  - {id: a, title: A}',
        '  - {id: a, title: A again}',
      ]),
    );
    const [twice] = goalTreeChildren(index, options, { type: 'unlinked' });
    assert.deepEqual(goalTreeChildren(index, options, twice).map(nodeKey), [
      'milestone:growth/goals/twice.md#a',
      'milestone:growth/goals/twice.md#a@1',
    ]);
  });

  it('names each row for the menus: kind, status, horizon, and whether it is overdue', () => {
    const index = plan();
    const [northStar, platform, unlinked, problems] = goalTreeChildren(index, options);
    const [refunds] = goalTreeChildren(index, options, platform);
    const [design, build, generalCard] = goalTreeChildren(index, options, refunds);
    const [designCard] = goalTreeChildren(index, options, design);
    const [invalid] = goalTreeChildren(index, options, problems);
    assert.deepEqual(
      [northStar, platform, refunds, design, build, generalCard, designCard, unlinked, problems, invalid].map((node) =>
        contextValueOf(node!, TODAY),
      ),
      [
        'northStar',
        'goal:active:long',
        'goal:active:short',
        'milestone:done',
        'milestone:active:overdue',
        'card',
        'card',
        'unlinkedGoals',
        'problems',
        'invalidFile',
      ],
    );
    const paused = {
      type: 'goal',
      goal: { ...index.goal('talks')!, data: { ...index.goal('talks')!.data, status: 'paused', due: '2026-01-01' } },
    } as const;
    assert.equal(contextValueOf(paused, TODAY), 'goal:paused:short', 'a paused goal waits; it is not overdue');
  });

  it('counts the short-term goals of a long-term goal that has no milestones of its own', () => {
    const index = plan();
    const children = index.childGoals('platform').map((child) => child.data);
    assert.equal(describeGoal(index.goal('platform')!.data, TODAY, children), '1/3 goals · due in 770 days');
  });

  it('splits hundreds of cards into pages and finds every card on them', () => {
    const index = plan();
    const many = PAGE_SIZE * 2 + 7;
    for (let n = 0; n < many; n++) {
      index.set(
        `growth/cards/bulk-${String(n).padStart(3, '0')}.md`,
        `---\nkind: card\nschema: 1\ntitle: Card ${n}\ngoal: refunds\nmilestone: build\n---\n`,
      );
    }
    const refunds = goalTreeChildren(index, options, goalTreeChildren(index, options)[1])[0]!;
    const build = goalTreeChildren(index, options, refunds)[1]!;
    const pages = goalTreeChildren(index, options, build);
    assert.deepEqual(pages.map(label), [
      `Page 1-${PAGE_SIZE}`,
      `Page ${PAGE_SIZE + 1}-${PAGE_SIZE * 2}`,
      `Page ${PAGE_SIZE * 2 + 1}-${many}`,
    ]);
    const cards = pages.flatMap((page) => goalTreeChildren(index, options, page));
    assert.equal(cards.length, many);
    assert.equal(new Set(cards.map(nodeKey)).size, many);
    assert.equal(label(cards[many - 1]!), `▭ Card ${many - 1}`);
  });

  it('splits hundreds of long-term goals, and of goals without one, into pages in their order', () => {
    const index = plan();
    const many = PAGE_SIZE + 3;
    for (let n = 0; n < many; n++) {
      const id = String(n).padStart(3, '0');
      index.set(...goal(`team-${id}`, [`title: Team goal ${id}`, 'horizon: long', 'status: active']));
      index.set(...goal(`loose-${id}`, [`title: Loose goal ${id}`, 'horizon: short', 'status: active']));
    }
    const byTitle = { ...options, sort: 'title' } as const;
    const top = goalTreeChildren(index, byTitle);
    assert.deepEqual(top.map(label), [
      '★ Own the payments platform',
      `Page 1-${PAGE_SIZE}`,
      `Page ${PAGE_SIZE + 1}-${many + 1}`,
      'Unlinked goals',
      'Problems (1)',
    ]);
    const longTerm = top
      .slice(1, 3)
      .flatMap((page) => goalTreeChildren(index, byTitle, page))
      .map(label);
    assert.deepEqual(longTerm, ['Lead the platform', ...Array.from({ length: many }, (_, n) => `Team goal ${String(n).padStart(3, '0')}`)]);
    const unlinkedPages = goalTreeChildren(index, byTitle, top[3]);
    assert.deepEqual(unlinkedPages.map(label), [`Page 1-${PAGE_SIZE}`, `Page ${PAGE_SIZE + 1}-${many + 1}`]);
    assert.equal(new Set([...top, ...unlinkedPages].map(nodeKey)).size, top.length + unlinkedPages.length, 'every page row has its own id');
    assert.equal(unlinkedPages.flatMap((page) => goalTreeChildren(index, byTitle, page)).length, many + 1);
  });
});

describe('what a change redraws in the Goals tree', () => {
  const refundsText = (extra: string[], milestones = ['  - {id: design, title: Design, status: done, completed: 2026-11-20}']) =>
    goal('refunds', [
      'title: Ship refunds',
      'horizon: short',
      'status: active',
      'parent: platform',
      'due: 2026-12-04',
      ...extra,
      'milestones:',
      ...milestones,
    ])[1];

  function change(index: GrowthIndex, path: string, text: string | undefined) {
    return text === undefined ? index.delete(path) : index.set(path, text);
  }

  it('redraws only the goal whose milestones or S.M.A.R.T. text changed', () => {
    const index = plan();
    index.set('growth/goals/refunds.md', refundsText([]));
    const changes = [
      change(
        index,
        'growth/goals/refunds.md',
        refundsText(['specific: Refunds in under a minute'], ['  - {id: design, title: Design, status: active}']),
      ),
    ];
    assert.deepEqual(goalTreeRefresh(index, changes), { whole: false, goalPaths: new Set(['growth/goals/refunds.md']) });
  });

  it('redraws everything when a goal moves, appears, goes, or a file cannot be read', () => {
    for (const [what, path, text] of [
      ['re-parented', 'growth/goals/refunds.md', refundsText([]).replace('parent: platform', 'parent: other')],
      ['re-titled (the sort may change)', 'growth/goals/refunds.md', refundsText([]).replace('Ship refunds', 'Ship refunds now')],
      ['a new status (the filter may hide it)', 'growth/goals/refunds.md', refundsText([]).replace('status: active', 'status: done')],
      ['a new goal', 'growth/goals/new.md', goal('new', ['title: New', 'horizon: short'])[1]],
      ['a goal deleted', 'growth/goals/talks.md', undefined],
      [
        'the profile',
        'growth/profile.md',
        '---\nkind: profile\nschema: 1\ncurrentLevel: II\ntargetLevel: Senior\ntrack: ic\nnorthStar:\n  statement: Own it all\n---\n',
      ],
      ['a broken review', 'growth/reviews/2026-11-01.md', '---\nkind: review\ndate: [\n---\n'],
    ] as const) {
      const index = plan();
      index.set('growth/goals/refunds.md', refundsText([]));
      assert.equal(goalTreeRefresh(index, [change(index, path, text)]).whole, true, what);
    }
  });

  it('redraws the goals a card left and joined, everything for what suggestions read, and nothing for files the tree does not show', () => {
    const index = plan();
    const moved = change(index, 'growth/cards/design.md', '---\nkind: card\nschema: 1\ntitle: Design card\ngoal: talks\n---\n');
    assert.deepEqual(goalTreeRefresh(index, [moved]), {
      whole: false,
      goalPaths: new Set(['growth/goals/refunds.md', 'growth/goals/talks.md']),
    });
    const review = change(index, 'growth/reviews/2026-11-01.md', '---\nkind: review\nschema: 1\ndate: 2026-11-01\nonTrack: yes\n---\n');
    assert.deepEqual(goalTreeRefresh(index, [review]), { whole: true, goalPaths: new Set() });
    const evidence = change(
      index,
      'growth/evidence/2026-11-01-talk.md',
      '---\nkind: evidence\nschema: 1\ndate: 2026-11-01\ntitle: Gave a talk\n---\n',
    );
    assert.deepEqual(goalTreeRefresh(index, [evidence]), { whole: false, goalPaths: new Set() });
  });

  it('ignores a file read again without changes', () => {
    const index = plan();
    const text = refundsText([]);
    index.set('growth/goals/refunds.md', text);
    assert.deepEqual(goalTreeRefresh(index, [index.set('growth/goals/refunds.md', text)]), { whole: false, goalPaths: new Set() });
  });
});

describe('the Goals tree, whatever the parents say', () => {
  /** Every node of the tree, walked to the end (a loop would never end: the walk stops at 1000 nodes). */
  function walk(index: GrowthIndex, treeOptions: GoalTreeOptions): GoalTreeNode[] {
    const nodes: GoalTreeNode[] = [];
    const pending = [...goalTreeChildren(index, treeOptions)];
    for (let node = pending.shift(); node && nodes.length < 1000; node = pending.shift()) {
      nodes.push(node);
      pending.push(...goalTreeChildren(index, treeOptions, node));
    }
    return nodes;
  }

  it('shows every goal once, with no id twice, for any parents: itself, loops, long-term parents', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('short', 'long'), fc.option(fc.constantFrom(...ids, 'nowhere'))), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.constantFrom<GoalTreeOptions['filter']>('active', 'all'),
        (goals, filter) => {
          const index = new GrowthIndex();
          goals.forEach(([horizon, parent], position) => {
            const [path, text] = goal(ids[position]!, [
              `title: Goal ${ids[position]}`,
              `horizon: ${horizon}`,
              'status: active',
              ...(parent ? [`parent: ${parent}`] : []),
            ]);
            index.set(path, text);
          });
          const nodes = walk(index, { ...options, filter });
          const keys = nodes.map(nodeKey);
          assert.equal(new Set(keys).size, keys.length, keys.join(', '));
          const shown = nodes.flatMap((node) => (node.type === 'goal' ? [node.goal.id] : [])).sort();
          assert.deepEqual(shown, [...ids].sort(), JSON.stringify(goals));
        },
      ),
      { numRuns: 300 },
    );
  });
});
