// Helpers for driving the VS Code workbench in end-to-end tests: what a person sees and clicks.
// Selectors follow VS Code 1.139's DOM; keep them here so that tests read as steps, not CSS.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';

/**
 * How long a wait for something on screen lasts. A wait ends as soon as what it waits for shows,
 * so a long limit costs a passing run nothing; it is long because the machine may be running
 * other work (a build, another test run), which can slow VS Code's drawing several times over.
 */
const defaultTimeoutMs = 30_000;
const loadTimeoutMs = 60_000;
const viewport = { width: 1400, height: 900 };

export interface WorkbenchOptions {
  /** The workbench URL with the workspace and extension (from the harness's server). */
  url: string;
  /** The workspace folder on disk, a fresh copy for this run. */
  workspace: string;
  /** Folder for screenshots, and the prefix of their names. */
  screenshotsDir: string;
  screenshotPrefix: string;
  /** Receives each line the page logs to its console. */
  onConsole?: (line: string) => void;
}

/** Makes a file-name-safe slug: "Open the sidebar!" → "open-the-sidebar". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A CSS attribute value, quoted. */
function cssString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Chooses a radio button of a form (a rating, yes or no) by clicking its label, as a person does,
 * until it shows as chosen: a click that lands while the webview is busy redrawing can be lost,
 * and a person who sees nothing chosen clicks again.
 */
export async function choose(form: FrameLocator, inputId: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await form.locator(`label[for="${inputId}"]`).click();
    if (await form.locator(`#${inputId}`).isChecked()) return;
    if (attempt === 3) throw new Error(`${inputId} was still not chosen after three clicks`);
    await form.locator('body').page().waitForTimeout(300);
  }
}

export class Workbench {
  private stepCount = 0;

  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly options: WorkbenchOptions,
  ) {}

  /** Opens the workbench in a new browser context (fresh browser storage) and waits until it shows the workspace. */
  static async open(browser: Browser, options: WorkbenchOptions): Promise<Workbench> {
    const context = await browser.newContext({ viewport });
    context.setDefaultTimeout(defaultTimeoutMs);
    const page = await context.newPage();
    if (options.onConsole) {
      const onConsole = options.onConsole;
      page.on('console', (message) => onConsole(`[${message.type()}] ${message.text()}`));
    }
    await page.goto(options.url, { timeout: loadTimeoutMs });
    const workbench = new Workbench(page, context, options);
    // The explorer lists the workspace once the window is connected to the server.
    await workbench.sideBar.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: loadTimeoutMs });
    return workbench;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  // ---- The workspace on disk ----------------------------------------------------------------

  /** The absolute path of a file in the workspace copy, e.g. `file('growth/profile.md')`. */
  file(relativePath: string): string {
    return path.join(this.options.workspace, relativePath);
  }

  readFile(relativePath: string): string {
    return fs.readFileSync(this.file(relativePath), 'utf8');
  }

  // ---- Screenshots --------------------------------------------------------------------------

  /** Saves a screenshot of the whole window as <prefix>--<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(this.options.screenshotsDir, { recursive: true });
    const file = path.join(this.options.screenshotsDir, `${this.options.screenshotPrefix}--${slug(name)}.png`);
    // As a person sees it once the icons have loaded: a webview that has just opened draws its
    // codicons blank until their font arrives.
    const fontsLoaded = Promise.all(
      this.page.frames().map((frame) => frame.evaluate(() => document.fonts.ready.then(() => undefined)).catch(() => undefined)),
    );
    await Promise.race([fontsLoaded, this.page.waitForTimeout(5_000)]);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Runs one step of a test, then takes a numbered screenshot named after it: `01-open-the-sidebar.png`. */
  async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    const result = await action();
    this.stepCount += 1;
    await this.screenshot(`${String(this.stepCount).padStart(2, '0')} ${name}`);
    return result;
  }

  // ---- Activity bar and side bar ------------------------------------------------------------

  get sideBar(): Locator {
    return this.page.locator('.part.sidebar');
  }

  /** The activity-bar entry of a view container, by its title (as in package.json `viewsContainers`). */
  activityBarItem(title: string): Locator {
    return this.page.locator(`.part.activitybar li.action-item:has(> a.action-label[aria-label^=${cssString(title)}])`);
  }

  /** Shows a view container in the side bar, as a click on its activity-bar icon does (without toggling it closed). */
  async openViewContainer(title: string): Promise<void> {
    const item = this.activityBarItem(title);
    if (!(await item.evaluate((element) => element.classList.contains('checked')))) await item.click();
    await this.sideBar.locator('.composite.title', { hasText: new RegExp(escapeRegExp(title), 'i') }).waitFor();
  }

  /** Drags the side bar's edge so it is `width` pixels wide, as a person does to read long labels. */
  async resizeSideBar(width: number): Promise<void> {
    const box = await this.sideBar.boundingBox();
    if (!box) throw new Error('The side bar is not visible');
    const edge = { x: box.x + box.width + 1, y: box.y + box.height / 2 };
    await this.page.mouse.move(edge.x, edge.y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, edge.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** A view in the side bar, by its name (as in package.json `views`). */
  view(name: string): Locator {
    return this.sideBar.locator(`.pane:has(> .pane-header[aria-label^=${cssString(name)}])`);
  }

  /** Rows of the trees and lists in the side bar, or in one view of it. */
  treeRows(viewName?: string): Locator {
    return (viewName ? this.view(viewName) : this.sideBar).locator('.monaco-list-row');
  }

  /** The row whose label is exactly `label`. */
  treeRow(label: string, viewName?: string): Locator {
    return this.treeRows(viewName).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    });
  }

  /**
   * Expands a tree row by its twistie until it reports itself expanded: a click that lands
   * while the tree redraws (after a file changed) can be lost, as it can for a person.
   */
  async expandTreeRow(label: string, viewName?: string): Promise<void> {
    const row = this.treeRow(label, viewName);
    for (let attempt = 0; attempt < 5; attempt++) {
      if ((await row.getAttribute('aria-expanded')) === 'true') return;
      await row.locator('.monaco-tl-twistie').click();
      await this.page.waitForTimeout(300);
    }
    throw new Error(`The row "${label}" did not expand`);
  }

  /**
   * Opens a tree row's file by clicking the row, until its editor tab shows. As with expanding, a
   * click that lands while the tree redraws is lost; a person would click again.
   */
  async openTreeRow(label: string, tabLabel: string, viewName?: string): Promise<void> {
    const row = this.treeRow(label, viewName);
    const tab = this.editorTab(tabLabel);
    for (let attempt = 1; ; attempt++) {
      await row.click();
      try {
        await tab.waitFor({ timeout: attempt < 3 ? 10_000 : defaultTimeoutMs });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /**
   * The row at `index` in the order a person sees. The list positions its rows absolutely and
   * reuses their elements when it redraws, so the order in the DOM can differ from that on screen.
   */
  treeRowAt(index: number, viewName?: string): Locator {
    return (viewName ? this.view(viewName) : this.sideBar).locator(`.monaco-list-row[data-index="${index}"]`);
  }

  /** The labels of the rendered rows (without descriptions) from top to bottom, once a row shows. */
  async treeLabels(viewName?: string): Promise<string[]> {
    const rows = this.treeRows(viewName);
    await rows.first().waitFor();
    const shown = await rows.evaluateAll((elements) =>
      elements.map((row) => ({
        index: Number(row.getAttribute('data-index')),
        label: row.querySelector('.label-name')?.textContent ?? '',
      })),
    );
    return shown.sort((a, b) => a.index - b.index).map((row) => row.label);
  }

  // ---- Command palette and quick open ----------------------------------------------------------

  private get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /**
   * Runs a command from the palette (F1) by its full title, e.g. `DevGrowth: New Goal`. A
   * webview that takes the focus back as it redraws closes the palette under the pointer; then,
   * as a person would, it opens the palette again (three times at most).
   */
  async runCommand(title: string): Promise<void> {
    const row = this.quickInput
      .locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first();
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await this.quickInput.locator('input').fill(`>${title}`);
      try {
        await row.click({ timeout: attempt < 3 ? 5_000 : defaultTimeoutMs });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        // Still open, only slow to answer (a busy machine): wait for the click, not a new palette.
        if (await row.isVisible()) {
          await row.click({ timeout: defaultTimeoutMs });
          break;
        }
      }
    }
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Switches the color theme as a person does: Preferences: Color Theme, then its name. */
  async setColorTheme(name: string): Promise<void> {
    await this.runCommandKeepOpen('Preferences: Color Theme');
    await this.quickInput.locator('input').fill(name);
    await this.quickInput
      .locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) })
      .first()
      .click();
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Runs a command that asks something in the same quick input, leaving it open. */
  private async runCommandKeepOpen(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput.locator('input').fill(`>${title}`);
    await this.quickInput
      .locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
      .first()
      .click();
  }

  /** Runs a command, then answers the quick picks it shows in turn, each by (part of) a label. */
  async runCommandAndPick(title: string, picks: readonly string[]): Promise<void> {
    await this.runCommandKeepOpen(title);
    for (const label of picks) {
      const row = this.quickInput.locator('.monaco-list-row', { hasText: label }).first();
      await row.waitFor();
      await row.click();
    }
    await this.quickInput.waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file in an editor through quick open (Ctrl+P). */
  async openFile(relativePath: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    await this.quickInput.locator('input').fill(relativePath);
    await this.quickInput
      .locator('.monaco-list-row', { hasText: path.basename(relativePath) })
      .first()
      .click();
    await this.editorTab(path.basename(relativePath)).waitFor();
  }

  // ---- Editors, webviews, status bar ----------------------------------------------------------

  /** An editor tab by its label (a file name or a webview panel's title). */
  editorTab(label: string): Locator {
    return this.page.locator(`.tabs-container .tab[aria-label^=${cssString(label)}]`);
  }

  /**
   * The document inside the visible webview (a panel or a view). Webviews are two nested iframes;
   * locators on the result reach the extension's HTML, e.g. `workbench.webview().getByRole('button')`.
   */
  webview(): FrameLocator {
    return this.page
      .locator('iframe.webview.ready')
      .filter({ visible: true })
      .first()
      .contentFrame()
      .locator('#active-frame')
      .contentFrame();
  }

  /** The visible webview's document as a frame, for what locators cannot do (running a script in it). */
  async webviewFrame(): Promise<Frame> {
    const outer = await this.page.locator('iframe.webview.ready').filter({ visible: true }).first().elementHandle();
    const inner = await (await outer?.contentFrame())?.locator('#active-frame').elementHandle();
    const frame = await inner?.contentFrame();
    if (!frame) throw new Error('No webview is visible');
    return frame;
  }

  get statusBar(): Locator {
    return this.page.locator('#workbench\\.parts\\.statusbar');
  }

  /** A status-bar item by its text (icons are not part of the text). */
  statusBarItem(text: string | RegExp): Locator {
    return this.statusBar.locator('.statusbar-item', { hasText: text });
  }

  /** The texts of all status-bar items, left to right. */
  async statusBarTexts(): Promise<string[]> {
    return (await this.statusBar.locator('.statusbar-item').allInnerTexts()).map((text) => text.trim()).filter(Boolean);
  }
}
