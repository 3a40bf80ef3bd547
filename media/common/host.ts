/**
 * The webview's end of the conversation with the extension: every message from it is parsed
 * with the protocol's schema, and anything else is dropped and logged. The state persists
 * across hide, show and window reload.
 */

import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';

// No compiled validators: the webview's CSP forbids eval, and zod's probe for it would be
// reported as a policy violation.
z.config({ jitless: true });

interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): VsCodeApi<State>;

export interface Host<Command, State> {
  post(command: Command): void;
  /** What was saved with `save`, once checked by the caller's schema. */
  readonly state: unknown;
  save(state: State): void;
}

export function connect<Notification, Command, State>(
  parse: (message: unknown) => Notification | undefined,
  onNotification: (notification: Notification) => void,
): Host<Command, State> {
  // The page carries the bundle of the user's language (see webviewHtml); every l10n.t after
  // this reads from it.
  l10n.config({ contents: JSON.parse(document.getElementById('app')?.dataset.l10n ?? '{}') as Record<string, string> });
  const api = acquireVsCodeApi<State>();
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const notification = parse(event.data);
    if (notification) onNotification(notification);
    else console.warn('DevGrowth: ignored a message that is not part of the protocol', event.data);
  });
  return {
    post: (command) => api.postMessage(command),
    state: api.getState(),
    save: (state) => api.setState(state),
  };
}
