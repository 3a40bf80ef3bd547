import type * as vscode from 'vscode';

/**
 * Owns disposables and releases them together, so every listener, command and view a feature
 * registers is cleaned up when the feature (or the extension) goes away.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  /** For work that resumes later (after a timer or a promise): it must not touch what is gone. */
  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected register<T extends vscode.Disposable>(disposable: T): T {
    if (this.disposed) disposable.dispose();
    else this.disposables.push(disposable);
    return disposable;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const disposable of this.disposables.splice(0).reverse()) disposable.dispose();
  }
}
