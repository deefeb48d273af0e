/** Formats rows for people (aligned columns) and for scripts (RFC 4180 CSV). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const clip = (value: string, i: number) => {
    const max = maxWidths[i];
    return max && value.length > max ? `${value.slice(0, max - 1)}…` : value;
  };
  const cells = [headers, ...rows].map((row) => row.map((cell, i) => clip(cell.replace(/\s+/g, ' '), i)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function csv(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    const text = value == null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n');
}

/** Snippets arrive as escaped HTML with <mark>; a terminal gets plain text, matches in bold when it can. */
export function snippetToText(snippet: string, bold: boolean): string {
  const open = bold ? '\u001b[1m' : '';
  const close = bold ? '\u001b[22m' : '';
  return snippet
    .replace(/<mark>/g, open)
    .replace(/<\/mark>/g, close)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
