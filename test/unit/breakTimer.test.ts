import * as assert from 'node:assert/strict';
import { BreakTimer, type BreakTimerOptions } from '../../src/core/breakTimer';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso).getTime();
const options: BreakTimerOptions = { stretchMinutes: 50, breakMinutes: 5, idleMinutes: 10 };

/**
 * A fake clock driving the timer the way the nudges feature does: events arrive in time order,
 * and after each one (and each time it rings) the one alarm is set to `nextChange`. Records
 * every time the alarm rings, so tests assert how often the feature would wake.
 */
class Session {
  readonly timer = new BreakTimer(options);
  readonly wakeUps: number[] = [];
  private alarm?: number;

  constructor(readonly start: number) {}

  /** Minutes since the start, for readable assertions. */
  get wakeUpMinutes(): number[] {
    return this.wakeUps.map((wakeUp) => (wakeUp - this.start) / MINUTE);
  }

  /** Lets time pass to `minute`, ringing the alarm on the way. */
  advance(minute: number): number {
    const to = this.start + minute * MINUTE;
    while (this.alarm !== undefined && this.alarm <= to) {
      const ringing = this.alarm;
      this.wakeUps.push(ringing);
      this.alarm = this.timer.nextChange(ringing);
    }
    return to;
  }

  event(minute: number, apply: (timer: BreakTimer, now: number) => void): void {
    const now = this.advance(minute);
    apply(this.timer, now);
    this.alarm = this.timer.nextChange(now);
  }

  /** Typing every half minute from `from` to `to` (minutes since the start). */
  type(from: number, to: number): void {
    for (let minute = from; minute <= to; minute += 0.5) this.event(minute, (timer, now) => timer.activity(now));
  }

  kindAt(minute: number): string {
    return this.timer.state(this.advance(minute)).kind;
  }
}

describe('the break timer', () => {
  const nineAm = at('2026-11-23T09:00:00Z');

  it('says a break is due after 50 minutes of continuous work, not before', () => {
    const session = new Session(nineAm);
    session.type(0, 49.5);
    assert.equal(session.kindAt(49.9), 'working');
    session.type(50, 50);
    assert.deepEqual(session.timer.state(nineAm + 50 * MINUTE), { kind: 'breakDue', since: nineAm + 50 * MINUTE });
  });

  it('starts a new stretch after an idle pause', () => {
    const session = new Session(nineAm);
    session.type(0, 40);
    session.type(55, 75); // back after a 15-minute pause
    assert.deepEqual(session.timer.state(nineAm + 75 * MINUTE), {
      kind: 'working',
      since: nineAm + 55 * MINUTE,
      breakDueAt: nineAm + 105 * MINUTE,
    });
  });

  it('keeps the stretch through a glance at another window, and ends it after a longer absence', () => {
    const glance = new Session(nineAm);
    glance.type(0, 30);
    glance.event(30.5, (timer) => timer.blur());
    glance.event(33, (timer, now) => timer.focus(now));
    glance.type(33, 50);
    assert.equal(glance.kindAt(50), 'breakDue');

    const away = new Session(nineAm);
    away.type(0, 30);
    away.event(30.5, (timer) => timer.blur());
    away.event(45, (timer, now) => timer.focus(now));
    assert.deepEqual(away.timer.state(nineAm + 45 * MINUTE), {
      kind: 'working',
      since: nineAm + 45 * MINUTE,
      breakDueAt: nineAm + 95 * MINUTE,
    });
  });

  it('ignores editor events while the window is unfocused (files changing on disk are not work)', () => {
    const session = new Session(nineAm);
    session.type(0, 10);
    session.event(10.5, (timer) => timer.blur());
    for (let minute = 11; minute <= 60; minute += 5) session.event(minute, (timer, now) => timer.activity(now));
    assert.equal(session.kindAt(60), 'resting');
  });

  it('goes quiet when the person stops working while a break is due', () => {
    const session = new Session(nineAm);
    session.type(0, 55);
    assert.equal(session.kindAt(55), 'breakDue');
    assert.equal(session.kindAt(65), 'breakDue');
    assert.equal(session.kindAt(65.1), 'resting');
  });

  it('counts a started break down, ignores a glance at the editor, then starts afresh', () => {
    const session = new Session(nineAm);
    session.type(0, 50);
    session.event(50, (timer, now) => timer.startBreak(now));
    session.event(52, (timer, now) => timer.activity(now));
    assert.deepEqual(session.timer.state(nineAm + 52 * MINUTE), { kind: 'onBreak', endsAt: nineAm + 55 * MINUTE });
    session.event(56, (timer, now) => timer.activity(now));
    assert.deepEqual(session.timer.state(nineAm + 56 * MINUTE), {
      kind: 'working',
      since: nineAm + 56 * MINUTE,
      breakDueAt: nineAm + 106 * MINUTE,
    });
  });

  it('starts a new stretch when a due break is skipped or a break ends early', () => {
    const session = new Session(nineAm);
    session.type(0, 50);
    session.event(50, (timer, now) => timer.skip(now));
    assert.deepEqual(session.timer.state(nineAm + 51 * MINUTE), {
      kind: 'working',
      since: nineAm + 50 * MINUTE,
      breakDueAt: nineAm + 100 * MINUTE,
    });
    session.event(60, (timer, now) => timer.startBreak(now));
    session.event(61, (timer, now) => timer.skip(now));
    assert.equal(session.kindAt(61), 'working');
  });

  it('applies new settings at once', () => {
    const timer = new BreakTimer(options);
    for (let minute = 0; minute <= 30; minute++) timer.activity(nineAm + minute * MINUTE);
    timer.configure({ ...options, stretchMinutes: 25 });
    assert.equal(timer.state(nineAm + 30 * MINUTE).kind, 'breakDue');
  });

  describe('wake-ups', () => {
    it('wakes once in a whole stretch of typing: when the break falls due', () => {
      const session = new Session(nineAm);
      session.type(0, 55);
      session.advance(60);
      assert.deepEqual(session.wakeUpMinutes, [50]);
    });

    it('never wakes for a stretch that ends in a pause before the break is due', () => {
      const session = new Session(nineAm);
      session.type(0, 20);
      session.advance(24 * 60);
      assert.deepEqual(session.wakeUpMinutes, []);
    });

    it('wakes when a due break lapses because the person stepped away', () => {
      const session = new Session(nineAm);
      session.type(0, 52);
      session.advance(24 * 60);
      assert.deepEqual(session.wakeUpMinutes, [50, 62 + 1 / MINUTE]);
    });

    it('wakes once a minute during a break to count it down, and not after it', () => {
      const session = new Session(nineAm);
      session.type(0, 50);
      session.event(50.25, (timer, now) => timer.startBreak(now));
      session.advance(24 * 60);
      assert.deepEqual(session.wakeUpMinutes, [50, 51.25, 52.25, 53.25, 54.25, 55.25]);
    });

    for (const [boundary, start] of [
      ['midnight', '2026-11-22T23:40:00Z'],
      ['a month end', '2026-11-30T23:40:00Z'],
      ['a year end', '2026-12-31T23:40:00Z'],
      ['the European DST change', '2026-10-25T00:40:00Z'],
      ['the US DST change', '2026-11-01T05:40:00Z'],
      ['the European spring-forward', '2026-03-29T00:40:00Z'],
    ] as const) {
      it(`counts real minutes across ${boundary}`, () => {
        const session = new Session(at(start));
        session.type(0, 50);
        session.event(50.25, (timer, now) => timer.startBreak(now));
        session.advance(120);
        assert.deepEqual(session.wakeUpMinutes, [50, 51.25, 52.25, 53.25, 54.25, 55.25]);
      });
    }
  });
});
