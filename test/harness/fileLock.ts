// A lock file holding its owner's pid and some details as JSON. A lock whose owner has gone
// (or that the caller finds stale for another reason) is replaced.
import fs from 'node:fs';
import { HarnessError, onCleanup } from './lifecycle';

export interface LockOwner<Details> {
  pid: number;
  details: Details;
}

export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner<Details>(file: string): LockOwner<Details> | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockOwner<Details>;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file so that nobody ever reads a half-written lock. */
function writeTemporaryOwnerFile<Details>(file: string, details: Details): string {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ pid: process.pid, details } satisfies LockOwner<Details>));
  return temporary;
}

export class FileLock<Details> {
  private readonly unregisterCleanup: () => void;

  constructor(readonly file: string) {
    this.unregisterCleanup = onCleanup(() => this.release());
  }

  /** Replaces the details others see (e.g. a URL known only once the server is up). */
  update(details: Details): void {
    fs.renameSync(writeTemporaryOwnerFile(this.file, details), this.file);
  }

  release(): void {
    this.unregisterCleanup();
    if (readOwner(this.file)?.pid === process.pid) fs.rmSync(this.file, { force: true });
  }
}

/**
 * Takes the lock, or returns its live owner. `isStale` decides whether an existing owner still
 * counts; by default an owner counts while its process runs.
 */
export async function acquireLock<Details>(
  file: string,
  details: Details,
  isStale: (owner: LockOwner<Details>) => boolean | Promise<boolean> = (owner) => !isProcessRunning(owner.pid),
): Promise<{ lock: FileLock<Details> } | { owner: LockOwner<Details> }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const temporary = writeTemporaryOwnerFile(file, details);
    try {
      fs.linkSync(temporary, file); // fails if the lock exists: an atomic "create if absent"
      return { lock: new FileLock<Details>(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
    const owner = readOwner<Details>(file);
    if (owner && !(await isStale(owner))) return { owner };
    // Remove the stale lock unless someone else has just replaced it.
    if (readOwner<Details>(file)?.pid === owner?.pid) fs.rmSync(file, { force: true });
  }
  throw new HarnessError(`Could not take the lock ${file}; remove it if no other run is going on.`);
}
