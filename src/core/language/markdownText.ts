/**
 * User text inside Markdown that DevGrowth builds (hovers): shown as the characters typed,
 * never as formatting, a link or an image.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (character) => `\\${character}`).replace(/\r?\n/g, ' ');
}
