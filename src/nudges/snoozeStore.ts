import type * as vscode from 'vscode';
import { activeSnoozes, type Snoozes } from '../core/nudges';

const STORAGE_KEY = 'devgrowth.snoozed';

/**
 * Snoozed reminders, by reminder key. This is state about DevGrowth's own nudges, not the
 * user's plan, so it lives in the extension's global state (it follows the user across windows
 * of the same folder); ended snoozes are dropped on every write.
 */
export class SnoozeStore {
  constructor(private readonly state: vscode.Memento) {}

  /** The snoozes still running at `now`. */
  active(now: number): Snoozes {
    return activeSnoozes(this.state.get<Snoozes>(STORAGE_KEY, {}), now);
  }

  async snooze(key: string, until: number, now: number): Promise<void> {
    await this.state.update(STORAGE_KEY, { ...this.active(now), [key]: until });
  }

  async wake(key: string, now: number): Promise<void> {
    await this.state.update(STORAGE_KEY, Object.fromEntries(Object.entries(this.active(now)).filter(([snoozed]) => snoozed !== key)));
  }
}
