// Child processes, each in its own process group, so that stopping one stops everything it
// started (the VS Code server spawns a file watcher, an agent host and more).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { HarnessError, onCleanup } from './lifecycle';
import { seconds, withTimeout } from './timeouts';

export interface ProcessGroupOptions {
  /** What the process is, for messages: "the VS Code server". */
  description: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Appends every output line to this file. */
  logFile?: string;
  /** Called with every output line. */
  onLine?: (line: string) => void;
}

const guardScript = path.join(__dirname, 'groupGuard.ts');
const recentLineCount = 40;
const stopGraceMs = seconds(5);

function groupExists(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch {
    // The group is already gone.
  }
}

async function waitForGroupToEnd(groupId: number, milliseconds: number): Promise<boolean> {
  const deadline = Date.now() + milliseconds;
  while (groupExists(groupId)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** A command running in its own process group, stopped with everything it started on `stop()` or when the harness ends. */
export class ProcessGroup {
  /** Resolves with the exit code once the command has exited. */
  readonly exited: Promise<number>;
  private readonly child: ChildProcess;
  private readonly groupId: number;
  private readonly recentLines: string[] = [];
  private readonly lineListeners = new Set<(line: string) => void>();
  private readonly unregisterCleanup: () => void;

  constructor(command: string, args: readonly string[], options: ProcessGroupOptions) {
    // The guard leads the group and ties its life to ours through its stdin (see groupGuard.ts).
    this.child = spawn(process.execPath, [...process.execArgv, guardScript, command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    if (this.child.pid === undefined) throw new HarnessError(`Could not start ${options.description}.`);
    this.groupId = this.child.pid;
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code ?? 1)));
    this.unregisterCleanup = onCleanup(() => this.stop());
    if (options.onLine) this.lineListeners.add(options.onLine);

    for (const stream of [this.child.stdout, this.child.stderr]) {
      if (!stream) continue;
      readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        if (options.logFile) fs.appendFileSync(options.logFile, `${line}\n`);
        this.recentLines.push(line);
        if (this.recentLines.length > recentLineCount) this.recentLines.shift();
        for (const listener of this.lineListeners) listener(line);
      });
    }
  }

  /** Calls `listener` with each line the command prints (stdout and stderr). */
  onLine(listener: (line: string) => void): () => void {
    this.lineListeners.add(listener);
    return () => this.lineListeners.delete(listener);
  }

  /** The last lines of output, for error messages. */
  recentOutput(): string {
    return this.recentLines.map((line) => `    ${line}`).join('\n');
  }

  /** Stops every process of the group: SIGTERM, then SIGKILL for whatever is left after a grace period. */
  async stop(): Promise<void> {
    this.unregisterCleanup();
    if (!groupExists(this.groupId)) return;
    signalGroup(this.groupId, 'SIGTERM');
    if (await waitForGroupToEnd(this.groupId, stopGraceMs)) return;
    signalGroup(this.groupId, 'SIGKILL');
    await waitForGroupToEnd(this.groupId, seconds(2));
  }
}

/** Runs a command to completion within `timeoutMs`; throws with its last output lines if it fails. */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: ProcessGroupOptions & { timeoutMs: number },
): Promise<void> {
  const group = new ProcessGroup(command, args, options);
  try {
    const code = await withTimeout(group.exited, options.timeoutMs, `${options.description} did not finish`);
    if (code !== 0) {
      const logHint = options.logFile ? `\n  Full log: ${options.logFile}` : '';
      throw new HarnessError(`${options.description} failed (exit code ${code}). Last output:\n${group.recentOutput()}${logHint}`);
    }
  } finally {
    await group.stop();
  }
}
