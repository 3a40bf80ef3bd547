// Reads a .vsix (a zip archive) the way VS Code sees it: the entries' names and contents.
// Only what a package test needs: stored and deflated entries, no zip64 (a .vsix is small).
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface VsixEntry {
  /** The path inside the archive, e.g. `extension/dist/extension.js`. */
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryHeader = 0x02014b50;
const localFileHeader = 0x04034b50;

export class Vsix {
  readonly entries: readonly VsixEntry[];
  private readonly offsets = new Map<string, { offset: number; method: number; compressedSize: number }>();

  constructor(
    readonly path: string,
    private readonly data = fs.readFileSync(path),
  ) {
    const end = this.findEndOfCentralDirectory();
    const count = data.readUInt16LE(end + 10);
    const entries: VsixEntry[] = [];
    let at = data.readUInt32LE(end + 16);
    for (let index = 0; index < count; index++) {
      if (data.readUInt32LE(at) !== centralDirectoryHeader) throw new Error(`${path}: broken central directory at byte ${at}`);
      const nameLength = data.readUInt16LE(at + 28);
      const name = data.toString('utf8', at + 46, at + 46 + nameLength);
      entries.push({ name, size: data.readUInt32LE(at + 24) });
      this.offsets.set(name, {
        offset: data.readUInt32LE(at + 42),
        method: data.readUInt16LE(at + 10),
        compressedSize: data.readUInt32LE(at + 20),
      });
      at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    }
    this.entries = entries;
  }

  get names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  /** The contents of an entry, as text. */
  read(name: string): string {
    const entry = this.offsets.get(name);
    if (!entry) throw new Error(`${this.path} has no ${name}`);
    const { offset, method, compressedSize } = entry;
    if (this.data.readUInt32LE(offset) !== localFileHeader) throw new Error(`${this.path}: broken local header of ${name}`);
    const start = offset + 30 + this.data.readUInt16LE(offset + 26) + this.data.readUInt16LE(offset + 28);
    const stored = this.data.subarray(start, start + compressedSize);
    if (method === 0) return stored.toString('utf8');
    if (method === 8) return zlib.inflateRawSync(stored).toString('utf8');
    throw new Error(`${this.path}: ${name} uses compression method ${method}`);
  }

  private findEndOfCentralDirectory(): number {
    // The record is 22 bytes plus a comment of at most 64 KB, at the very end.
    for (let at = this.data.length - 22; at >= Math.max(0, this.data.length - 22 - 0xffff); at--) {
      if (this.data.readUInt32LE(at) === endOfCentralDirectory) return at;
    }
    throw new Error(`${this.path} is not a zip archive`);
  }
}
