/**
 * A tiny document model for exports, rendered to Markdown (to edit and keep in git) and to
 * HTML (to paste into a word processor or a promotion doc). Building the content once and
 * rendering twice keeps the two versions saying the same thing; user text is escaped for
 * each format, so a title like `<script>` or `*bold*` arrives as written.
 */
export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly ListItem[] }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

export interface ListItem {
  /** Shown in bold before the text, e.g. a date. */
  readonly lead?: string;
  readonly text: string;
  readonly link?: string;
  /** Shown after the (linked) text, e.g. the pull request and commits behind a piece of evidence. */
  readonly note?: string;
}

export function toMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockToMarkdown).join('\n\n')}\n`;
}

function blockToMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'list':
      return block.items
        .map((item) => {
          const lead = item.lead ? `**${escapeMarkdown(item.lead)}** ` : '';
          const link = safeLink(item.link);
          const text = link ? `[${escapeMarkdown(item.text)}](<${link}>)` : escapeMarkdown(item.text);
          const note = item.note ? ` (${escapeMarkdown(item.note)})` : '';
          return `- ${lead}${text}${note}`;
        })
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map((cell) => escapeMarkdown(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
      return [row(block.header), `|${block.header.map(() => ' --- |').join('')}`, ...block.rows.map(row)].join('\n');
    }
  }
}

/**
 * Escapes what Markdown would read as formatting (emphasis, links, HTML, and list or heading
 * markers at the start), and nothing else, so the text stays readable in the file.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_[\]<>~])/g, '\\$1')
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}

/** `language` is the BCP 47 tag of the language the document's own words are in. */
export function toHtml(title: string, blocks: readonly Block[], language = 'en'): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    ...blocks.map(blockToHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockToHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>\n${block.items
        .map((item) => {
          const lead = item.lead ? `<strong>${escapeHtml(item.lead)}</strong> ` : '';
          const link = safeLink(item.link);
          const text = link ? `<a href="${escapeHtml(link)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text);
          const note = item.note ? ` (${escapeHtml(item.note)})` : '';
          return `<li>${lead}${text}${note}</li>`;
        })
        .join('\n')}\n</ul>`;
    case 'table':
      return [
        '<table>',
        `<thead><tr>${block.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');
  }
}

/**
 * The link an export may write, or undefined: only web addresses (`http:`, `https:`), as the
 * URL standard writes them out, so the text of a file can never make a document run code or
 * open a local file (`javascript:`, `data:`, `vbscript:`, `file:`…), and a line break or a
 * `<` `>` inside a link can never end it early (they are encoded, or dropped as the standard
 * does). Both renderings, and so every export, use it.
 */
export function safeLink(link: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const href = url.href;
  // The standard leaves nothing here that could end a Markdown or HTML link; kept as a guard.
  return /[\s<>]/.test(href) ? undefined : href;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
