/**
 * What to do about a YAML syntax error. The parser's words ("Nested mappings are not allowed in
 * compact mappings") name the grammar, not the slip; the line the error stands on usually shows
 * which of the common slips it is: a tab in the indentation, a dash with no space after it, or a
 * value holding ": " without quotes.
 */
import * as l10n from '@vscode/l10n';

/** A hint for the error at `offset` in the front matter `yaml`, or undefined when the line shows none of the common slips. */
export function yamlSlipHint(yaml: string, offset: number): string | undefined {
  const lineStart = yaml.lastIndexOf('\n', Math.max(0, Math.min(offset, yaml.length) - 1)) + 1;
  const lineEnd = yaml.indexOf('\n', lineStart);
  const line = yaml.slice(lineStart, lineEnd < 0 ? yaml.length : lineEnd).replace(/\r$/, '');
  if (/^[ ]*\t/.test(line))
    return l10n.t('Indent with spaces instead: the command Convert Indentation to Spaces turns the tabs into spaces.');
  const dash = /^\s*-(?=[^\s-])(.*)$/.exec(line);
  if (dash) return l10n.t('Put a space after the dash of a list item: "- {0}".', dash[1]!.trim());
  const pair = /^(\s*(?:-\s+)?)([\w.-]+):\s+(.+?)\s*$/.exec(line);
  const value = pair?.[3];
  if (pair && value && !/^["'[{|>&*!]/.test(value) && /:(\s|$)/.test(value)) {
    return l10n.t('A value holding ": " needs quotes: {0}', `${pair[2]}: ${quoted(value.replace(/\s+#.*$/, ''))}`);
  }
  return undefined;
}

/** The value in double quotes, or in single quotes when it holds a double quote (YAML doubles a single quote inside). */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
}
