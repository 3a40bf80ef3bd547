// Debian packages the harness needs, checked up front so a missing one gets a clear message
// naming the apt command instead of a stack trace from deep inside a build or a browser launch.
import fs from 'node:fs';
import path from 'node:path';
import { HarnessError } from './lifecycle';

export const chromiumPath = '/usr/bin/chromium';

interface Requirement {
  debianPackage: string;
  /** What is missing, for the message. */
  what: string;
  isPresent: () => boolean;
}

function isExecutableOnPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((directory) => {
    try {
      fs.accessSync(path.join(directory, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function requireAll(purpose: string, requirements: readonly Requirement[]): void {
  const missing = requirements.filter((requirement) => !requirement.isPresent());
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((requirement) => requirement.debianPackage))].join(' ');
  throw new HarnessError(
    `${purpose} needs ${missing.map((requirement) => requirement.what).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed.\n` +
      `  On Debian or Ubuntu, install ${missing.length === 1 ? 'it' : 'them'} as root:\n` +
      `    apt-get update && apt-get install -y ${packages}`,
  );
}

/** Chromium drives the VS Code workbench in tests. */
export function requireChromium(): void {
  requireAll('Running VS Code in a headless browser', [
    {
      debianPackage: 'chromium',
      what: `Chromium (${chromiumPath})`,
      isPresent: () => fs.existsSync(chromiumPath),
    },
  ]);
}

/** The server build compiles native modules when it is installed; kerberos needs the Kerberos headers. */
export function requireNativeBuildTools(): void {
  requireAll('Installing the VS Code server build', [
    {
      debianPackage: 'libkrb5-dev',
      what: 'libkrb5-dev (the Kerberos development files)',
      isPresent: () => fs.existsSync('/usr/include/gssapi/gssapi_krb5.h'),
    },
    { debianPackage: 'build-essential', what: 'a C++ compiler (g++)', isPresent: () => isExecutableOnPath('g++') },
    { debianPackage: 'build-essential', what: 'make', isPresent: () => isExecutableOnPath('make') },
    { debianPackage: 'python3', what: 'Python 3', isPresent: () => isExecutableOnPath('python3') },
  ]);
}
