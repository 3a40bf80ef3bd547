/**
 * Text from the user's files, written as Markdown that shows exactly that text.
 *
 * VS Code's `MarkdownString.appendText` leaves `<` alone, so `<command:devgrowth.break.start>`
 * in a goal's title became a command link in a tooltip that trusts its own links. Every
 * ASCII punctuation character may be escaped with a backslash in CommonMark and then stands
 * for itself: escaping them all leaves no link, autolink, HTML, entity (`&amp;`), emphasis,
 * list or heading marker, and no theme icon (`$(…)`) that the text did not ask for as text.
 * Line breaks become spaces: a tooltip line stays one line.
 */
export function markdownText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}
