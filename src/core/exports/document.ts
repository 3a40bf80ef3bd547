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
          const text = item.link ? `[${escapeMarkdown(item.text)}](<${item.link.replace(/[<>]/g, encodeURIComponent)}>)` : escapeMarkdown(item.text);
          return `- ${lead}${text}`;
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
          const text = item.link && /^https?:\/\//i.test(item.link)
            ? `<a href="${escapeHtml(item.link)}">${escapeHtml(item.text)}</a>`
            : escapeHtml(item.text);
          return `<li>${lead}${text}</li>`;
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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
