import * as assert from 'node:assert/strict';
import { BreakTimer } from '../../src/core/breakTimer';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso).getTime();
const options = { stretchMinutes: 50, breakMinutes: 5, idleMinutes: 10 };

/** Activity every `everyMinutes` from `from` for `minutes`. */
function work(timer: BreakTimer, from: number, minutes: number, everyMinutes = 2): number {
  for (let minute = 0; minute <= minutes; minute += everyMinutes) timer.activity(from + minute * MINUTE);
  return from + minutes * MINUTE;
}

describe('the break timer', () => {
  it('says a break is due after 50 minutes of continuous work, not before', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    work(timer, start, 48);
    assert.equal(timer.state(start + 48 * MINUTE).kind, 'working');
    work(timer, start + 48 * MINUTE, 2);
    assert.deepEqual(timer.state(start + 50 * MINUTE), { kind: 'breakDue', since: start + 50 * MINUTE });
  });

  it('starts a new stretch after an idle pause or when the window loses focus', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    const end = work(timer, start, 40);
    work(timer, end + 15 * MINUTE, 20); // back after a 15-minute pause
    assert.equal(timer.state(end + 35 * MINUTE).kind, 'working');
    timer.blur();
    assert.equal(timer.state(end + 36 * MINUTE).kind, 'resting');
  });

  it('goes quiet when the person stops working while a break is due', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    const end = work(timer, start, 55);
    assert.equal(timer.state(end).kind, 'breakDue');
    assert.equal(timer.state(end + 11 * MINUTE).kind, 'resting');
  });

  it('counts a started break down, ignores a glance at the editor, then starts afresh', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    const end = work(timer, start, 50);
    timer.startBreak(end);
    timer.activity(end + 2 * MINUTE);
    assert.deepEqual(timer.state(end + 2 * MINUTE), { kind: 'onBreak', endsAt: end + 5 * MINUTE });
    timer.activity(end + 6 * MINUTE);
    assert.deepEqual(timer.state(end + 6 * MINUTE), { kind: 'working', since: end + 6 * MINUTE, breakDueAt: end + 56 * MINUTE });
  });

  it('starts a new stretch when a due break is skipped', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    const end = work(timer, start, 50);
    timer.skip(end);
    assert.equal(timer.state(end + MINUTE).kind, 'working');
  });

  it('wakes its caller only when something changes: when the break falls due, or each minute of a break', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    timer.activity(start);
    assert.equal(timer.nextChange(start), start + 10 * MINUTE + 1, 'idle comes first with no more activity');
    work(timer, start, 44);
    assert.equal(timer.nextChange(start + 44 * MINUTE), start + 50 * MINUTE);
    timer.startBreak(start + 50 * MINUTE);
    assert.equal(timer.nextChange(start + 50 * MINUTE + 30_000), start + 51 * MINUTE);
    assert.equal(timer.nextChange(start + 54 * MINUTE + 30_000), start + 55 * MINUTE);
    assert.equal(timer.nextChange(start + 56 * MINUTE), undefined, 'after the break, nothing until new activity');
  });

  for (const [name, from] of [
    ['across midnight', '2026-11-22T23:40:00Z'],
    ['across a month end', '2026-11-30T23:40:00Z'],
    ['across the European DST change', '2026-10-25T00:40:00Z'],
    ['across the US DST change', '2026-11-01T05:40:00Z'],
  ] as const) {
    it(`counts real minutes ${name}`, () => {
      const timer = new BreakTimer(options);
      const start = at(from);
      work(timer, start, 50);
      assert.equal(timer.state(start + 50 * MINUTE).kind, 'breakDue');
    });
  }

  it('applies new settings at once', () => {
    const timer = new BreakTimer(options);
    const start = at('2026-11-22T09:00:00Z');
    work(timer, start, 30);
    timer.configure({ ...options, stretchMinutes: 25 });
    assert.equal(timer.state(start + 30 * MINUTE).kind, 'breakDue');
  });
});
