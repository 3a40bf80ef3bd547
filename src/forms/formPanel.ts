import * as vscode from 'vscode';
import { describeForm, submitForm, validateForm } from '../core/forms/engine';
import { sameAnswers, type FormValues } from '../core/forms/field';
import type { FormContext } from '../core/forms/form';
import { formById } from '../core/forms';
import { suggestionsFor, type Suggestion } from '../core/suggestions';
import { suggestionItem } from '../core/suggestions/view';
import { addSuggestionToGoal, dismissSuggestion, takeSuggestion } from './suggestionActions';
import { webviewHtml, webviewOptions, WebviewHost } from '../common/webviewHost';
import type { Services } from '../services';
import { GrowthWriteError } from '../workspace/growthFiles';
import { formContext } from '../workspace/formContext';
import type { GrowthRoot } from '../workspace/growthWorkspace';
import { FORM_LIMITS, shorten } from '../core/webviewLimits';
import { fitFormDescription, fitFormErrors, fitFormValues, fitSavedFiles, fitSavedPage } from '../core/forms/limits';
import {
  formCommandSchema,
  formNotificationSchema,
  formOriginSchema,
  formStateSchema,
  formValuesSchema,
  type FormCommand,
  type FormNotification,
  type FormOrigin,
  type UiStrings,
} from './protocol';

/**
 * One form in a webview panel. The webview draws the form and keeps what was typed; this side
 * checks the values with the form engine, and on Save writes the new file and the edits through
 * GrowthFiles. Cancel, or closing the panel, writes nothing.
 */
export class FormPanel extends WebviewHost<FormCommand, FormNotification> {
  static readonly viewType = 'devgrowth.form';
  private static readonly open = new Map<string, FormPanel>();
  private saving = false;
  private saved = false;
  /** The suggestions the Saved page shows, to answer by id. */
  private suggestions: readonly Suggestion[] = [];
  /** Cancelled with "Discard": the draft is gone, and closing says nothing of it. */
  private discarded = false;

  /** The forms open now, oldest first. */
  static openPanels(): FormPanel[] {
    return [...FormPanel.open.values()];
  }

  /** Shows the form (the open one, if it is already open); undefined when it cannot be shown. */
  static show(services: Services, origin: FormOrigin): FormPanel | undefined {
    const existing = FormPanel.open.get(keyOf(origin));
    if (existing) {
      existing.panel.reveal();
      return existing;
    }
    const root = rootOf(services, origin);
    const problem = !idsFit(origin)
      ? // Ids come from file names and from the plan: one beyond any text the form can carry.
        vscode.l10n.t(
          'DevGrowth cannot open this form: the id of its goal or milestone is longer than {0} characters. Give it a shorter id, then try again.',
          FORM_LIMITS.text,
        )
      : root
        ? unavailable(services, root, origin)
        : vscode.l10n.t('That growth plan is no longer in this workspace.');
    if (problem || !root) {
      void vscode.window.showWarningMessage(problem ?? '');
      return undefined;
    }
    const form = formById(origin.formId);
    const panel = vscode.window.createWebviewPanel(
      FormPanel.viewType,
      form.title,
      vscode.ViewColumn.Active,
      webviewOptions(services.context.extensionUri),
    );
    return new FormPanel(panel, services, root, origin);
  }

  /** Brings a form back after a window reload, from the state its webview saved. */
  static revive(services: Services, panel: vscode.WebviewPanel, state: unknown): void {
    const parsed = formStateSchema.safeParse(state);
    const root = parsed.success ? rootOf(services, parsed.data.origin) : undefined;
    if (!parsed.success || !root || FormPanel.open.has(keyOf(parsed.data.origin))) {
      services.output.info(`${FormPanel.viewType}: closed a form that could not be restored`);
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(services.context.extensionUri);
    new FormPanel(panel, services, root, parsed.data.origin);
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly services: Services,
    private readonly root: GrowthRoot,
    readonly origin: FormOrigin,
  ) {
    super(panel, { commands: formCommandSchema, notifications: formNotificationSchema }, services.output);
    const key = keyOf(origin);
    FormPanel.open.set(key, this);
    this.register({ dispose: () => FormPanel.open.get(key) === this && FormPanel.open.delete(key) });
    this.register(this.onDidDispose(() => this.announceKeptDraft()));
    panel.webview.html = webviewHtml(panel.webview, services.context.extensionUri, 'forms', formById(origin.formId).title);
  }

  protected freshStart(): FormNotification[] {
    const described = describeForm(formById(this.origin.formId), this.context());
    if ('unavailable' in described) return [{ type: 'failed', message: shorten(described.unavailable, FORM_LIMITS.text) }];
    const form = fitFormDescription(described.description);
    // The webview keeps the origin to come back after a reload; a prefill holds text from the plan.
    const origin = this.origin.prefill ? { ...this.origin, prefill: fitFormValues(this.origin.prefill) } : this.origin;
    const draft = this.draft();
    if (draft) return [{ type: 'init', origin, form: { ...form, initial: draft }, strings: uiStrings(), draft: true }];
    return [{ type: 'init', origin, form, strings: uiStrings() }];
  }

  protected unsendable(notification: FormNotification | undefined, issue: string): FormNotification {
    const message = !notification
      ? vscode.l10n.t('DevGrowth could not show this form ({0}). Nothing was written; the details are in the DevGrowth output.', issue)
      : notification.type === 'saved'
        ? vscode.l10n.t('Saved, but the form cannot show what was written ({0}). Your files are in the growth folder.', issue)
        : vscode.l10n.t(
            'DevGrowth cannot show this form: part of it is more than a form can hold ({0}). Nothing was written; the details are in the DevGrowth output.',
            issue,
          );
    return { type: 'failed', message: shorten(message, FORM_LIMITS.text) };
  }

  /** A Save the protocol refused (more than a form may send) is answered, so the form never waits for nothing. */
  protected rejected(message: unknown): FormNotification | undefined {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type !== 'save') return undefined;
    return {
      type: 'failed',
      message: vscode.l10n.t(
        'This form holds more than DevGrowth can save at once (at most {0} items in a list and {1} characters in an answer). Nothing was written: shorten it, then save again.',
        FORM_LIMITS.items,
        FORM_LIMITS.text,
      ),
    };
  }

  // ---- Drafts: what was typed outlives the panel, until it is saved or discarded ----------------

  private get draftKey(): string {
    return `devgrowth.formDraft.${keyOf(this.origin)}`;
  }

  private draft(): FormValues | undefined {
    const parsed = formValuesSchema.safeParse(this.services.context.workspaceState.get(this.draftKey));
    return parsed.success ? parsed.data : undefined;
  }

  /** Keeps the values as the draft while they hold anything the form did not start with. */
  private async keepDraft(values: FormValues): Promise<void> {
    const described = describeForm(formById(this.origin.formId), this.context());
    const initial = 'description' in described ? described.description.initial : {};
    await this.services.context.workspaceState.update(this.draftKey, sameAnswers(values, initial) ? undefined : values);
  }

  private async dropDraft(): Promise<void> {
    await this.services.context.workspaceState.update(this.draftKey, undefined);
  }

  /** Closed by its tab with answers in it: nothing is lost, and the user is told so. */
  private announceKeptDraft(): void {
    if (this.saved || this.discarded || !this.draft()) return;
    const title = formById(this.origin.formId).title;
    const reopen = vscode.l10n.t('Reopen');
    void vscode.window.showInformationMessage(vscode.l10n.t('Your answers to {0} are kept as a draft.', title), reopen).then((choice) => {
      if (choice === reopen) FormPanel.show(this.services, this.origin);
    });
  }

  protected async handle(command: Exclude<FormCommand, { type: 'ready' }>): Promise<void> {
    switch (command.type) {
      case 'change': {
        const result = validateForm(formById(this.origin.formId), this.context(), command.values);
        this.post({ type: 'validation', seq: command.seq, errors: result.ok ? NO_ERRORS : fitFormErrors(result.errors), attempted: false });
        await this.keepDraft(command.values);
        return;
      }
      case 'save':
        return this.save(command.seq, command.values);
      case 'cancel':
        if (command.discard) {
          this.discarded = true;
          await this.dropDraft();
        }
        this.panel.dispose();
        return;
      case 'suggestion':
        return this.answer(command.id, command.answer);
      case 'startOver':
        await this.dropDraft();
        for (const notification of this.freshStart()) this.post(notification);
        return;
      case 'openFile': {
        const uri = this.fileInPlan(command.path);
        if (uri) await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside });
        else this.services.output.warn(`${FormPanel.viewType}: refused to open ${command.path}, which is not a file of the plan`);
        return;
      }
    }
  }

  private async save(seq: number, values: Parameters<typeof validateForm>[2]): Promise<void> {
    // One save per form: a second click, or a message repeated, must not write twice.
    if (this.saving || this.saved) return;
    this.saving = true;
    try {
      const result = submitForm(
        formById(this.origin.formId),
        this.context(),
        values,
        (path) => this.root.index.get(this.uriOf(path).toString()) !== undefined,
      );
      if (!result.ok) {
        this.post({ type: 'validation', seq, errors: fitFormErrors(result.errors), attempted: true });
        return;
      }
      const { create, edits, summary, suggestions } = result.data;
      // One change: the edits are worked out first (they are the ones that can be refused), and
      // when the new file cannot be created they are taken back.
      await this.services.files.editAll(
        edits.map((edit) => ({ uri: vscode.Uri.parse(edit.path), edits: edit.edits })),
        () => this.services.files.create(this.uriOf(create.path), create.text),
      );
      this.saved = true;
      await this.dropDraft();
      const changed = edits.map((edit) => this.relativePath(vscode.Uri.parse(edit.path)));
      this.post({
        type: 'saved',
        message: shorten(
          changed.length > 0
            ? vscode.l10n.t('Saved {0} and updated {1}.', create.path, changed.join(', '))
            : vscode.l10n.t('Saved {0}.', create.path),
          FORM_LIMITS.text,
        ),
        files: fitSavedFiles([create.path, ...changed]),
        ...fitSavedPage(summary, suggestions.map(suggestionItem)),
      });
      this.suggestions = suggestions;
    } catch (error) {
      // Whatever went wrong, the form hears of it: a Save never stays on "Saving…".
      if (error instanceof GrowthWriteError) {
        this.post({ type: 'failed', message: shorten(error.message, FORM_LIMITS.text) });
      } else {
        this.services.output.error(`${FormPanel.viewType}: save failed`, error);
        this.post({ type: 'failed', message: shorten(unexpectedFailure(error), FORM_LIMITS.text) });
      }
    } finally {
      this.saving = false;
    }
  }

  /** Takes, adds or dismisses a suggestion of the Saved page, and tells the page what came of it. */
  private async answer(id: string, answer: 'take' | 'add' | 'dismiss'): Promise<void> {
    // After a window reload the page outlives the list it was sent: the plan knows them again.
    const suggestion =
      this.suggestions.find((candidate) => candidate.id === id) ??
      suggestionsFor(this.root.index, this.services.today()).find((candidate) => candidate.id === id);
    if (!suggestion) {
      this.post({ type: 'suggestionAnswered', id, message: vscode.l10n.t('This suggestion no longer applies.') });
      return;
    }
    const message =
      answer === 'take'
        ? await takeSuggestion(this.services, this.root, suggestion)
        : answer === 'add'
          ? await addSuggestionToGoal(suggestion)
          : await dismissSuggestion(this.services, this.root, suggestion);
    if (message) this.post({ type: 'suggestionAnswered', id, message: shorten(message, FORM_LIMITS.text) });
  }

  private context(): FormContext {
    return formContext(this.services, this.root, this.origin);
  }

  private uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root.uri, ...path.split('/'));
  }

  private relativePath(uri: vscode.Uri): string {
    return uri.toString().slice(this.root.uri.toString().length + 1);
  }

  /** A file of this plan, by its path inside the growth folder; undefined for anything else. */
  private fileInPlan(path: string): vscode.Uri | undefined {
    if (path.split('/').some((segment) => segment === '..' || segment === '')) return undefined;
    const uri = this.uriOf(path);
    return this.root.index.get(uri.toString()) ? uri : undefined;
  }
}

const NO_ERRORS = { fields: {}, form: [], missing: [] };

/** What the form says when saving failed in a way DevGrowth did not foresee (before anything was written). */
function unexpectedFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return vscode.l10n.t(
    'DevGrowth could not save this form ({0}). Nothing was written. The details are in the DevGrowth output; try again, or report it if it keeps happening.',
    reason,
  );
}

/**
 * Whether the ids that say which form this is (its plan, goal, milestone and suggestion) fit
 * what a form may carry. The prefill is not asked: it is text from the plan, shortened when sent.
 */
function idsFit(origin: FormOrigin): boolean {
  return formOriginSchema.safeParse({ ...origin, prefill: undefined }).success;
}

function keyOf(origin: FormOrigin): string {
  return [origin.formId, origin.root, origin.target?.goalId ?? '', origin.target?.milestoneId ?? '', origin.suggestion ?? ''].join('|');
}

function rootOf(services: Services, origin: FormOrigin): GrowthRoot | undefined {
  return services.workspace.roots().find((root) => root.uri.toString() === origin.root);
}

function unavailable(services: Services, root: GrowthRoot, origin: FormOrigin): string | undefined {
  const described = describeForm(formById(origin.formId), formContext(services, root, origin));
  return 'unavailable' in described ? described.unavailable : undefined;
}

function uiStrings(): UiStrings {
  return {
    save: vscode.l10n.t('Save'),
    cancel: vscode.l10n.t('Cancel'),
    optional: vscode.l10n.t('optional'),
    yes: vscode.l10n.t('Yes'),
    no: vscode.l10n.t('No'),
    remove: vscode.l10n.t('Remove {0}'),
    stillNeeded: vscode.l10n.t('Still needed: {0}.'),
    readyToSave: vscode.l10n.t('Ready to save.'),
    saving: vscode.l10n.t('Saving…'),
    savedHeading: vscode.l10n.t('Saved'),
    open: vscode.l10n.t('Open {0}'),
    close: vscode.l10n.t('Close'),
    addToGoal: vscode.l10n.t('Add to an existing goal'),
    notNow: vscode.l10n.t('Not now'),
    suggestionsHeading: vscode.l10n.t('What comes next'),
    noSuggestions: vscode.l10n.t('Nothing to suggest from these answers. Your next review will ask how it is going.'),
    savedAnswers: vscode.l10n.t('What you saved'),
    low: vscode.l10n.t('1 = {0}'),
    high: vscode.l10n.t('5 = {0}'),
    clear: vscode.l10n.t('Clear answer'),
    characters: vscode.l10n.t('{0} of {1} characters'),
    restoredDraft: vscode.l10n.t('Your answers from last time are back: this form was closed before it was saved.'),
    startOver: vscode.l10n.t('Start Over'),
    unsaved: vscode.l10n.t('Close without saving? Your answers can be kept as a draft for next time.'),
    discardAndClose: vscode.l10n.t('Discard and Close'),
    keepDraftAndClose: vscode.l10n.t('Keep Draft and Close'),
    keepEditing: vscode.l10n.t('Keep Editing'),
  };
}
