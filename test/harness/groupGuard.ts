// Runs a command inside the guard's own process group and takes the whole group down when the
// harness process that started it goes away, even when the harness was killed with SIGKILL and
// could not clean up: the harness holds the guard's stdin open, so end-of-file means it is gone.
//
// Started by processes.ts as the leader of a detached group:  groupGuard.ts <command> [args...]
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const graceMs = 3000;
const [command, ...args] = process.argv.slice(2);
if (!command) throw new Error('usage: groupGuard.ts <command> [args...]');

function signalGroup(signal: NodeJS.Signals): void {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // The group is already gone.
  }
}

let harnessGone = false;

// The harness stops the group with one SIGTERM to every member; the guard outlives it so that
// it can pass on the command's exit status.
process.on('SIGTERM', () => {});

const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
child.on('error', (error) => {
  console.error(`Could not start ${command}: ${error.message}`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  if (harnessGone) return; // the SIGKILL below ends everything, the guard included
  // Helpers the command started (a server's file watcher, agent host, ...) must not outlive it.
  signalGroup('SIGTERM');
  process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0));
});

process.stdin.on('end', () => {
  harnessGone = true;
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), graceMs);
});
process.stdin.resume();
