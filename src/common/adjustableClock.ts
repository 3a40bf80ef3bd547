import { systemClock, type Clock } from '../core/dates';

/**
 * The clock every feature reads. It is the system clock; integration tests move it (through
 * the extension API) to see what a user sees on another day, without waiting for that day.
 */
export class AdjustableClock implements Clock {
  private source: Clock = systemClock;

  now(): Date {
    return this.source.now();
  }

  use(source: Clock): void {
    this.source = source;
  }
}
