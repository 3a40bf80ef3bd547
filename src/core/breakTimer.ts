/**
 * Tracks continuous work from editor activity and says when a short break is due. Pure and
 * driven by timestamps (epoch milliseconds), so it is tested with a fake clock; it keeps only
 * the few numbers it needs, in memory.
 *
 * A stretch starts with the first activity after a pause. A pause is `idleMinutes` without
 * activity; time in another window counts as a pause (activity there is not coding here), so
 * a glance at the docs in a browser keeps the stretch and a lunch break ends it. After
 * `stretchMinutes` of a stretch a break is due; a started break lasts `breakMinutes`.
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
  private focused = true;

  constructor(private options: BreakTimerOptions) {}

  configure(options: BreakTimerOptions): void {
    this.options = options;
  }

  /** Typing, saving, switching editors in the focused window. */
  activity(at: number): void {
    if (!this.focused) return; // files changing while the person is elsewhere is not their work
    if (this.breakEndsAt !== undefined) {
      if (at < this.breakEndsAt) return; // a glance at the editor during a break does not end it
      this.breakEndsAt = undefined;
    }
    if (this.stretchStart === undefined || this.lastActivity === undefined || this.isIdle(at)) this.stretchStart = at;
    this.lastActivity = at;
  }

  /** The window lost focus: from now on the pause counts. */
  blur(): void {
    this.focused = false;
  }

  /** The window has focus again: the person is back, after a glance elsewhere or a pause. */
  focus(at: number): void {
    this.focused = true;
    this.activity(at);
  }

  startBreak(at: number): void {
    this.breakEndsAt = at + this.options.breakMinutes * MINUTE;
    this.stretchStart = undefined;
    this.lastActivity = undefined;
  }

  /** Skipping a due break, or ending one early, starts a new stretch now. */
  skip(at: number): void {
    this.breakEndsAt = undefined;
    this.stretchStart = at;
    this.lastActivity = at;
  }

  state(at: number): BreakState {
    if (this.breakEndsAt !== undefined && at < this.breakEndsAt) return { kind: 'onBreak', endsAt: this.breakEndsAt };
    if (this.stretchStart === undefined || this.isIdle(at)) return { kind: 'resting' };
    const breakDueAt = this.stretchStart + this.options.stretchMinutes * MINUTE;
    return at >= breakDueAt ? { kind: 'breakDue', since: breakDueAt } : { kind: 'working', since: this.stretchStart, breakDueAt };
  }

  /**
   * The next moment what the person sees changes without a new event, so the caller sets one
   * timer, never a poll: a break falls due (only if the stretch is still going by then; a
   * stretch that lapses into a pause changes nothing on screen), a due break lapses because the
   * person stepped away, a break's countdown reaches its next whole minute, or the break ends.
   * Cheap enough to ask after every keystroke.
   */
  nextChange(at: number): number | undefined {
    const state = this.state(at);
    switch (state.kind) {
      case 'onBreak': {
        const left = state.endsAt - at;
        return at + (left % MINUTE || MINUTE);
      }
      case 'working':
        return this.idleFrom() >= state.breakDueAt ? state.breakDueAt : undefined;
      case 'breakDue':
        return this.idleFrom();
      case 'resting':
        return undefined;
    }
  }

  /** The first instant that counts as a pause after the latest activity. */
  private idleFrom(): number {
    return (this.lastActivity ?? Number.NEGATIVE_INFINITY) + this.options.idleMinutes * MINUTE + 1;
  }

  private isIdle(at: number): boolean {
    return this.lastActivity === undefined || at >= this.idleFrom();
  }
}
