import * as assert from 'node:assert/strict';
import { archiveMoves, isArchived, quarterReset } from '../../src/core/archive';
import { GrowthIndex } from '../../src/core/growthIndex';

const goal = (id: string, status: string, extra = '') =>
  `---\nkind: goal\nschema: 1\ntitle: Goal ${id} by 31 December\nhorizon: short\nstatus: ${status}\ndue: 2026-12-31\n${extra}---\n`;
const card = (goalId: string) => `---\nkind: card\nschema: 1\ntitle: Card of ${goalId}\ngoal: ${goalId}\n---\n`;

function plan(files: Record<string, string>): GrowthIndex {
  const index = new GrowthIndex();
  for (const [path, text] of Object.entries(files)) index.set(`growth/${path}`, text);
  return index;
}

const relative = (path: string) => path.replace(/^growth\//, '');

describe('the 90-day reset', () => {
  it('moves finished and dropped goals with their cards into the quarter their horizon ended in', () => {
    const index = plan({
      'goals/done.md': goal('done', 'done', 'horizonStart: 2026-07-01\n'),
      'goals/dropped.md': goal('dropped', 'dropped'),
      'goals/active.md': goal('active', 'active'),
      'cards/done-card.md': card('done'),
      'cards/active-card.md': card('active'),
    });
    const reset = quarterReset(index, '2026-11-22', relative);
    assert.deepEqual([...reset.goals].sort(), ['Goal done by 31 December', 'Goal dropped by 31 December']);
    const goalMoves = reset.moves.filter((move) => move.from.startsWith('goals/'));
    assert.deepEqual(
      reset.moves.slice(goalMoves.length),
      [{ from: 'cards/done-card.md', to: 'archive/2026-Q3/cards/done-card.md' }],
      'cards after goals',
    );
    assert.deepEqual(
      [...goalMoves].sort((a, b) => a.from.localeCompare(b.from)),
      [
        // 2026-07-01 + 90 days = 2026-09-29: the third quarter.
        { from: 'goals/done.md', to: 'archive/2026-Q3/goals/done.md' },
        // No horizon, due in the future: the quarter of today, never one to come.
        { from: 'goals/dropped.md', to: 'archive/2026-Q4/goals/dropped.md' },
      ],
    );
  });

  it('leaves what is already archived where it is', () => {
    const index = plan({ 'archive/2026-Q3/goals/old.md': goal('old', 'done'), 'archive/2026-Q3/cards/old-card.md': card('old') });
    assert.deepEqual(quarterReset(index, '2026-11-22', relative).moves, []);
    assert.equal(isArchived('archive/2026-Q3/goals/old.md'), true);
    assert.equal(isArchived('goals/archive-notes.md'), false);
  });

  it('starts the next horizon today for active short-term goals whose 90 days end within two weeks', () => {
    const index = plan({
      'goals/ending.md': goal('ending', 'active', 'horizonStart: 2026-08-30\n'),
      'goals/fresh.md': goal('fresh', 'active', 'horizonStart: 2026-11-01\n'),
      'goals/paused.md': goal('paused', 'paused', 'horizonStart: 2026-07-01\n'),
    });
    const reset = quarterReset(index, '2026-11-22', relative);
    assert.deepEqual(reset.restarts, [
      { path: 'goals/ending.md', title: 'Goal ending by 31 December', edits: [{ op: 'set', path: ['horizonStart'], value: '2026-11-22' }] },
    ]);
  });

  it('archives one goal on its own, in the folder its file is in', () => {
    const index = plan({
      'work/goals/talks.md': goal('talks', 'done', 'horizonStart: 2026-01-10\n'),
      'work/cards/slides.md': card('talks'),
    });
    assert.deepEqual(archiveMoves(index, [index.goal('talks')!], '2026-11-22', relative), [
      { from: 'work/goals/talks.md', to: 'archive/2026-Q2/work/goals/talks.md' },
      { from: 'work/cards/slides.md', to: 'archive/2026-Q2/work/cards/slides.md' },
    ]);
  });
});
