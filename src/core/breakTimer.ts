/**
 * Tracks continuous work from editor activity and says when a short break is due. Pure and
 * driven by timestamps (milliseconds), so it is tested with a fake clock; it keeps only the
 * few numbers it needs, in memory.
 *
 * A stretch starts with the first activity after a pause. Activity more than `idleMinutes`
 * after the previous one, an unfocused window, or a finished break start a new stretch. After
 * `stretchMinutes` of a stretch, a break is due; a started break lasts `breakMinutes`.
 */
export interface BreakTimerOptions {
  readonly stretchMinutes: number;
  readonly breakMinutes: number;
  readonly idleMinutes: number;
}

export type BreakState =
  | { readonly kind: 'resting' }
  | { readonly kind: 'working'; readonly since: number; readonly breakDueAt: number }
  | { readonly kind: 'breakDue'; readonly since: number }
  | { readonly kind: 'onBreak'; readonly endsAt: number };

const MINUTE = 60_000;

export class BreakTimer {
  private stretchStart?: number;
  private lastActivity?: number;
  private breakEndsAt?: number;

  constructor(private options: BreakTimerOptions) {}

  configure(options: BreakTimerOptions): void {
    this.options = options;
  }

  /** Typing, saving, switching editors. */
  activity(at: number): void {
    if (this.breakEndsAt !== undefined) {
      if (at < this.breakEndsAt) return; // a glance at the editor during a break does not end it
      this.breakEndsAt = undefined;
    }
    if (this.lastActivity === undefined || this.stretchStart === undefined || at - this.lastActivity > this.options.idleMinutes * MINUTE) {
      this.stretchStart = at;
    }
    this.lastActivity = at;
  }

  /** The window lost focus: the person stepped away, so the stretch ends. */
  blur(): void {
    this.stretchStart = undefined;
    this.lastActivity = undefined;
  }

  startBreak(at: number): void {
    this.breakEndsAt = at + this.options.breakMinutes * MINUTE;
    this.stretchStart = undefined;
    this.lastActivity = undefined;
  }

  /** Skipping a due break starts a new stretch now. */
  skip(at: number): void {
    this.breakEndsAt = undefined;
    this.stretchStart = at;
    this.lastActivity = at;
  }

  state(at: number): BreakState {
    if (this.breakEndsAt !== undefined && at < this.breakEndsAt) return { kind: 'onBreak', endsAt: this.breakEndsAt };
    if (this.stretchStart === undefined || this.lastActivity === undefined || at - this.lastActivity > this.options.idleMinutes * MINUTE) {
      return { kind: 'resting' };
    }
    const breakDueAt = this.stretchStart + this.options.stretchMinutes * MINUTE;
    return at >= breakDueAt ? { kind: 'breakDue', since: breakDueAt } : { kind: 'working', since: this.stretchStart, breakDueAt };
  }

  /**
   * The next moment the state changes without any new event (a break falls due, a break's
   * minute ticks over, idleness sets in), so the caller sets one timer, never a poll.
   */
  nextChange(at: number): number | undefined {
    const state = this.state(at);
    switch (state.kind) {
      case 'onBreak': {
        // The countdown shows whole minutes: wake as the next one starts, or when the break ends.
        const left = state.endsAt - at;
        return Math.min(at + (left % MINUTE || MINUTE), state.endsAt);
      }
      case 'working':
        return Math.min(state.breakDueAt, this.lastActivity! + this.options.idleMinutes * MINUTE + 1);
      case 'breakDue':
        return this.lastActivity! + this.options.idleMinutes * MINUTE + 1;
      case 'resting':
        return undefined;
    }
  }
}
