// Packs DevGrowth into its .vsix (npm run package) and installs that into an extensions folder
// of the VS Code server build, as a user installs a downloaded .vsix: the tests then load what
// ships, not this folder.
import fs from 'node:fs';
import path from 'node:path';
import { HarnessError } from './lifecycle';
import { displayPath, projectRoot } from './paths';
import { runCommand } from './processes';
import { ensureServerInstalled } from './serverInstall';
import { minutes } from './timeouts';
import { temporaryDirectory } from './workspace';

interface Manifest {
  publisher: string;
  name: string;
  version: string;
}

function readManifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as Manifest;
}

/** Builds for production and packs the .vsix; returns its path. */
export async function packageExtension(): Promise<string> {
  console.log('Packaging the extension (npm run package)…');
  await runCommand('npm', ['run', '--silent', 'package'], {
    description: 'Packaging (npm run package)',
    cwd: projectRoot,
    timeoutMs: minutes(3),
    onLine: (line) => line.includes('Packaged:') && console.log(`  ${line.trim()}`),
  });
  const { name, version } = readManifest();
  return path.join(projectRoot, `${name}-${version}.vsix`);
}

/**
 * Installs `vsix` into `extensionsDir` with the server's own command line (replacing an
 * installed copy of the same version), and checks the extension landed there.
 */
export async function installPackage(vsix: string, extensionsDir: string): Promise<void> {
  const { node, serverMain } = await ensureServerInstalled();
  fs.mkdirSync(extensionsDir, { recursive: true });
  await runCommand(
    node,
    [
      serverMain,
      '--install-extension',
      vsix,
      '--force',
      '--extensions-dir',
      extensionsDir,
      // The command line keeps its logs in the server-data folder, which defaults to one in $HOME.
      '--server-data-dir',
      temporaryDirectory('install'),
      '--accept-server-license-terms',
    ],
    {
      description: `Installing ${path.basename(vsix)}`,
      timeoutMs: minutes(2),
      onLine: (line) => line.trim() && console.log(`  ${line.trim()}`),
    },
  );
  const installed = installedManifest(extensionsDir);
  if (!fs.existsSync(installed)) {
    throw new HarnessError(`Installing ${path.basename(vsix)} reported no error, yet ${displayPath(installed)} is missing.`);
  }
}

/** Where the installed package.json of this version of the extension is in `extensionsDir`. */
export function installedManifest(extensionsDir: string): string {
  const { publisher, name, version } = readManifest();
  return path.join(extensionsDir, `${publisher}.${name}-${version}`, 'package.json');
}
