import * as vscode from 'vscode';
import type * as z from 'zod/mini';
import { Disposable } from './lifecycle';

/** Which webview: each has one script and one stylesheet, built from media/<bundle>/. */
export type WebviewBundle = 'forms' | 'dashboard';

/**
 * A webview may load the built webview files (its script and stylesheet, and the codicons the
 * build copies next to them) and nothing else of the extension: not media/, not the sources.
 * VS Code takes only folders as roots (it looks for a resource under a root's path followed by
 * a separator), so a root per file would refuse the very files it names and leave the page blank.
 */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    // No retainContextWhenHidden: it costs memory; the webview keeps its state with setState instead.
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}

/**
 * The page of a webview: a strict Content Security Policy (nothing but the bundled script,
 * carrying a fresh nonce, and local styles and fonts), the codicons, and an empty `main` the
 * script fills in. The title is the only text here, and it is escaped; the webview's own words
 * come from the l10n bundle VS Code loaded for the user's language, handed over with `main`.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, bundle: WebviewBundle, title: string): string {
  const nonce = createNonce();
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'webview', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('dist', 'webview', `${bundle}.css`)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="app" aria-busy="true" data-l10n="${escapeHtml(JSON.stringify(vscode.l10n.bundle ?? {}))}"></main>
<script nonce="${nonce}" src="${asset('dist', 'webview', `${bundle}.js`)}"></script>
</body>
</html>`;
}

function createNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The extension's end of a webview panel. Every incoming message is parsed with the panel's
 * protocol; anything else is dropped and logged. Notifications wait until the webview says
 * `ready` (after it is created, and again each time it comes back from being hidden, since a
 * hidden webview is unloaded): then the panel sends its fresh start, followed by whatever was
 * held back that the fresh start does not replace.
 *
 * Every outgoing notification is checked against the protocol too: the webview would drop one
 * that is not (a text or a list beyond the protocol's bounds), and wait for it without end. One
 * that fails is replaced by the panel's `unsendable` notification, which says what happened.
 *
 * `deliver` and `posted` are the seam integration tests use: they play the webview's part
 * against this real handler, and read what it was sent.
 */
export abstract class WebviewHost<Command extends { type: string }, Notification extends { type: string }> extends Disposable {
  /** Every notification this panel sent or queued, in order. */
  readonly posted: Notification[] = [];
  private held: Notification[] = [];
  private ready = false;
  private disposeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly protocol: WebviewProtocol<Command, Notification>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.register(panel.webview.onDidReceiveMessage((message) => this.deliver(message)));
    this.register(
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
    );
    this.register(
      panel.onDidDispose(() => {
        this.disposeEmitter.fire();
        this.dispose();
      }),
    );
  }

  /** Handles a message as if the webview had sent it. False when it was rejected. */
  async deliver(message: unknown): Promise<boolean> {
    const parsed = this.protocol.commands.safeParse(message);
    if (!parsed.success) {
      this.log.warn(
        `${this.panel.viewType}: ignored a message that is not part of its protocol (${firstIssue(parsed.error)}): ${describe(message)}`,
      );
      const answer = this.rejected(message);
      if (answer) this.post(answer);
      return false;
    }
    const command = parsed.data;
    if (command.type === 'ready') {
      const heldBack = this.held.splice(0);
      const fresh = this.safeFreshStart();
      const replaced = new Set(fresh.map((notification) => notification.type));
      this.ready = true;
      for (const notification of fresh) this.post(notification);
      for (const notification of heldBack.filter((old) => !replaced.has(old.type))) void this.panel.webview.postMessage(notification);
      return true;
    }
    try {
      await this.handle(command as Exclude<Command, { type: 'ready' }>);
    } catch (error) {
      this.log.error(`${this.panel.viewType}: ${command.type} failed`, error);
    }
    return true;
  }

  /** Sends a notification, or holds it until the webview is ready. */
  protected post(wanted: Notification): void {
    const checked = this.protocol.notifications.safeParse(wanted);
    let notification = wanted;
    if (!checked.success) {
      const issue = firstIssue(checked.error);
      this.log.error(`${this.panel.viewType}: could not send ${wanted.type} (${issue})`);
      notification = this.unsendable(wanted, issue);
    }
    this.posted.push(notification);
    if (this.ready) void this.panel.webview.postMessage(notification);
    else this.held.push(notification);
  }

  /** The fresh start, or, when making it failed, the message that says so: the webview never waits for nothing. */
  private safeFreshStart(): Notification[] {
    try {
      return this.freshStart();
    } catch (error) {
      this.log.error(`${this.panel.viewType}: could not make what the webview shows first`, error);
      return [this.unsendable(undefined, error instanceof Error ? error.message : String(error))];
    }
  }

  /** What the webview needs after (re)loading; it replaces held-back notifications of the same types. */
  protected abstract freshStart(): Notification[];
  protected abstract handle(command: Exclude<Command, { type: 'ready' }>): Promise<void>;
  /**
   * What the webview is told instead of a notification the protocol does not allow (`issue`
   * says where it broke it), or instead of its fresh start when making that failed (undefined).
   */
  protected abstract unsendable(notification: Notification | undefined, issue: string): Notification;
  /** The answer to a message the protocol does not allow, when the webview waits for one (a Save). */
  protected rejected(_message: unknown): Notification | undefined {
    return undefined;
  }
}

/** The schemas of a panel's messages, both ways. */
export interface WebviewProtocol<Command, Notification> {
  readonly commands: z.ZodMiniType<Command>;
  readonly notifications: z.ZodMiniType<Notification>;
}

/** Where a message broke its protocol, and how: `fields.3.label: Too big`. */
function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'the message'}: ${issue.message}` : 'unknown';
}

function describe(message: unknown): string {
  try {
    return JSON.stringify(message).slice(0, 300);
  } catch {
    return String(message);
  }
}
