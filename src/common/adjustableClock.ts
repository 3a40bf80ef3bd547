import * as vscode from 'vscode';
import { systemClock, type Clock } from '../core/dates';

/**
 * The clock every feature reads. It is the system clock; integration tests move it (through
 * the extension API) to see what a user sees on another day, without waiting for that day.
 * Features that show the time of day (the nudges) listen for the jump and look again.
 */
export class AdjustableClock implements Clock {
  private source: Clock = systemClock;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;

  now(): Date {
    return this.source.now();
  }

  use(source: Clock): void {
    this.source = source;
    this.changeEmitter.fire();
  }
}
