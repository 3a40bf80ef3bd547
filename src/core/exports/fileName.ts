/** Where exports are saved in a plan, and under which name. */

/** The folder, inside the growth folder, that saved exports go to. */
export const EXPORTS_FOLDER = 'exports';

/** `name.md`, or `name-2.md`, `name-3.md`… when that is taken: an earlier export may hold the user's edits. */
export function freeFileName(name: string, extension: string, taken: (fileName: string) => boolean): string {
  for (let attempt = 1; ; attempt++) {
    const candidate = `${name}${attempt === 1 ? '' : `-${attempt}`}${extension}`;
    if (!taken(candidate)) return candidate;
  }
}
