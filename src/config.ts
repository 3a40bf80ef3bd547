import * as vscode from 'vscode';

/**
 * The settings DevGrowth reads, typed, mirroring `contributes.configuration` in package.json.
 * Read once per change (not on every use): `Settings.onDidChange` fires after a reload.
 */
export interface SettingsValues {
  /** The growth folder, relative to each workspace folder. */
  readonly folder: string;
}

const SECTION = 'devgrowth';

export function readSettings(scope?: vscode.ConfigurationScope): SettingsValues {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    folder: normaliseFolder(config.get<string>('folder', 'growth')),
  };
}

/** Keeps a relative folder relative: no leading or trailing slashes, no `..`, never empty. */
export function normaliseFolder(folder: string): string {
  const cleaned = folder
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part && part !== '.' && part !== '..')
    .join('/');
  return cleaned || 'growth';
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent, key?: keyof SettingsValues): boolean {
  return event.affectsConfiguration(key ? `${SECTION}.${key}` : SECTION);
}
