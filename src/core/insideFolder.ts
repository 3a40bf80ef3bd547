/**
 * Where a path lies relative to a folder, by its text alone: the decision behind DevGrowth's
 * rule that it reads and writes only inside the workspace folder. Pure: no file system.
 */

/**
 * The names on the way from `folder` down to `target` (both URIs as text, or both file-system
 * paths with `separator`), or undefined when `target` is not inside `folder`. A name of `..`
 * or `.` counts as outside: such a path could climb out.
 */
export function namesBelow(folder: string, target: string, separator = '/'): string[] | undefined {
  const base = folder.endsWith(separator) ? folder : `${folder}${separator}`;
  if (!target.startsWith(base)) return undefined;
  const names = target.slice(base.length).split(separator);
  return names.some((name) => name === '' || name === '.' || name === '..') ? undefined : names;
}
