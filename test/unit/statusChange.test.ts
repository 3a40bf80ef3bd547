import * as assert from 'node:assert/strict';
import { milestoneStatusEdits } from '../../src/core/statusChange';
import { editFrontMatter } from '../../src/core/writer';

const goal = `---
kind: goal
title: Ship it
horizon: short
milestones:
  - id: design
    title: Design
    status: done   # finished early
    completed: 2026-11-01
---
`;

describe('changing a milestone’s status, both ways', () => {
  it('marks a milestone done with today as its completion date', () => {
    assert.deepEqual(milestoneStatusEdits(0, 'active', 'done', '2026-11-22'), [
      { op: 'set', path: ['milestones', 0, 'status'], value: 'done' },
      { op: 'set', path: ['milestones', 0, 'completed'], value: '2026-11-22' },
    ]);
  });

  it('takes "done" back: the status changes, the completion date goes, the comment stays', () => {
    const edited = editFrontMatter(goal, milestoneStatusEdits(0, 'done', 'active', '2026-11-22'));
    assert.ok(edited.ok);
    assert.equal(edited.text, goal.replace('status: done   # finished early\n    completed: 2026-11-01\n', 'status: active   # finished early\n'));
  });

  it('changes nothing when the status is the same, and keeps no date between two open statuses', () => {
    assert.deepEqual(milestoneStatusEdits(2, 'done', 'done', '2026-11-22'), []);
    assert.deepEqual(milestoneStatusEdits(1, 'planned', 'dropped', '2026-11-22'), [{ op: 'set', path: ['milestones', 1, 'status'], value: 'dropped' }]);
  });
});
