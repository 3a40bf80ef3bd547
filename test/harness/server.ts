// Starts the VS Code server build the way VS Code's own browser tests do: bare server-main.js
// on 127.0.0.1, a free port, fresh user/server/extension folders, in its own process group.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { HarnessError } from './lifecycle';
import { ProcessGroup } from './processes';
import { ensureServerInstalled } from './serverInstall';
import { seconds, withTimeout } from './timeouts';
import { temporaryDirectory } from './workspace';

/** Keeps the window quiet and deterministic: no welcome page, no chat, no update or telemetry traffic. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

const readyLine = 'Extension host agent started.';
const startTimeoutMs = seconds(60);

export interface ServerOptions {
  /** The folder the workbench opens. */
  workspace: string;
  /** Added to the server's environment, which the extension host inherits. */
  env?: Record<string, string>;
  /** Extensions installed here load as a user's do; by default the server gets a fresh empty folder. */
  extensionsDir?: string;
  /** User settings on top of the quiet test profile. */
  settings?: Record<string, unknown>;
}

/** What the workbench URL asks of it (honoured because the server runs with --enable-smoke-test-driver). */
export interface WorkbenchPayload {
  /** The extension to load in development mode (a folder with its package.json); none to use only installed ones. */
  extensionDevelopmentPath?: string;
  /** A compiled test index whose run() the extension host calls after starting. */
  extensionTestsPath?: string;
}

/** A path as the URL's folder parameter or a remote URI path: each segment encoded, slashes kept. */
function encodePath(absolutePath: string): string {
  return absolutePath.split('/').map(encodeURIComponent).join('/');
}

async function findFreePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export class RunningServer {
  constructor(
    private readonly process: ProcessGroup,
    readonly port: number,
    readonly workspace: string,
    /** The server's user-data folder; its logs/ folder holds the extension host logs. */
    readonly userDataDir: string,
    readonly serverLog: string,
  ) {}

  /** Resolves with the exit code if the server exits. */
  get exited(): Promise<number> {
    return this.process.exited;
  }

  get logsDir(): string {
    return path.join(this.userDataDir, 'logs');
  }

  /** The last lines the server printed, for error messages. */
  recentOutput(): string {
    return this.process.recentOutput();
  }

  /** The workbench with the workspace open and the payload applied: open it in a browser. */
  workbenchUrl(payload: WorkbenchPayload): string {
    const entries = (Object.entries(payload) as [string, string][]).map(([key, value]) => [key, `vscode-remote://127.0.0.1:${this.port}${encodePath(value)}`]);
    const query = entries.length > 0 ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : '';
    // A .code-workspace file opens a multi-root workspace; anything else is one folder.
    const opened = this.workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
    return `http://127.0.0.1:${this.port}/?${opened}=${encodePath(this.workspace)}${query}`;
  }
}

/** Installs the server build if needed, starts it and waits until it accepts the workbench. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { node, serverMain } = await ensureServerInstalled();
  const runDir = temporaryDirectory('vscode');
  const [userDataDir, serverDataDir, freshExtensionsDir] = ['user-data', 'server-data', 'extensions'].map((name) => {
    const directory = path.join(runDir, name);
    fs.mkdirSync(directory);
    return directory;
  }) as [string, string, string];
  const extensionsDir = options.extensionsDir ?? freshExtensionsDir;
  fs.mkdirSync(path.join(userDataDir, 'User'));
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...options.settings }, null, 2));

  const port = await findFreePort();
  const serverLog = path.join(runDir, 'server.log');
  // These flags are VS Code's own smoke-test setup; --enable-smoke-test-driver makes the workbench honour the URL payload.
  const server = new ProcessGroup(
    node,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-workspace-trust',
      '--user-data-dir', userDataDir,
      '--server-data-dir', serverDataDir,
      '--extensions-dir', extensionsDir,
    ],
    { description: 'the VS Code server', env: { ...process.env, ...options.env }, logFile: serverLog },
  );

  let stopListening = (): void => {};
  const ready = new Promise<void>((resolve) => {
    stopListening = server.onLine((line) => line.includes(readyLine) && resolve());
  });
  const exitedEarly = server.exited.then((code) => {
    throw new HarnessError(`The VS Code server exited (code ${code}) before it was ready. Last output:\n${server.recentOutput()}`);
  });
  try {
    await withTimeout(Promise.race([ready, exitedEarly]), startTimeoutMs, `The VS Code server did not report "${readyLine}"; its log: ${serverLog}`);
  } finally {
    stopListening();
  }
  return new RunningServer(server, port, options.workspace, userDataDir, serverLog);
}
