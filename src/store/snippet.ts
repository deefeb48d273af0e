/**
 * Snippets reach browsers as HTML, so the engine marks matches with private
 * sentinels (Unicode noncharacters, reserved for exactly this) and this module
 * escapes everything else afterwards: document text can never inject markup.
 */
export const MARK_START = '\uFDD0';
export const MARK_END = '\uFDD1';
export const ELLIPSIS = '…';

/** Length of the lead snippet shown when there is no query. */
export const LEAD_CHARS = 200;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] as string);
}

/** Engine output with sentinels → escaped HTML with balanced `<mark>…</mark>`. */
export function markSnippet(raw: string): string {
  let html = '';
  let open = false;
  for (const part of collapse(raw).split(/([\uFDD0\uFDD1])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}

/** The opening of a text, cut at a word boundary near `LEAD_CHARS`, escaped. */
export function leadSnippet(text: string): string {
  const flat = collapse(text).replace(/[\uFDD0\uFDD1]/g, '');
  if (flat.length <= LEAD_CHARS) return escapeHtml(flat);
  const space = flat.lastIndexOf(' ', LEAD_CHARS);
  const cut = space > LEAD_CHARS / 2 ? space : LEAD_CHARS;
  return `${escapeHtml(flat.slice(0, cut))}${ELLIPSIS}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
