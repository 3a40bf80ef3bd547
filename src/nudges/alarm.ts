import type * as vscode from 'vscode';

/** setTimeout takes at most a signed 32-bit delay. */
const LONGEST_DELAY_MS = 2 ** 31 - 1;
/** A floor for the delay, so a moment already past can never spin the loop. */
const SHORTEST_DELAY_MS = 1000;

/**
 * One timer, set to the next moment something on screen changes. Setting it again replaces
 * it, so there is never more than one, and nothing fires on an interval.
 */
export class Alarm implements vscode.Disposable {
  private timer?: ReturnType<typeof setTimeout>;
  private moment?: number;

  constructor(private readonly ring: () => void) {}

  /** The moment (epoch ms) the alarm is set for, if it is set. */
  get scheduledAt(): number | undefined {
    return this.moment;
  }

  /** Sets the alarm for `moment`, unless it is already set for it. */
  set(moment: number, now: number): void {
    if (moment === this.moment) return;
    clearTimeout(this.timer);
    this.moment = moment;
    const delay = Math.min(LONGEST_DELAY_MS, Math.max(SHORTEST_DELAY_MS, moment - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.moment = undefined;
      this.ring();
    }, delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.moment = undefined;
  }
}
