import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes a Markdown release with YAML front matter; the text is this suite's own. */
export function writeRelease(
  dir: string,
  name: string,
  fields: { title: string; date?: string; url?: string; ministers?: string[]; portfolios?: string[]; body: string },
): string {
  const lines = ['---', `title: "${fields.title}"`];
  if (fields.date) lines.push(`date: ${fields.date}`);
  if (fields.url) lines.push(`url: ${fields.url}`);
  if (fields.ministers) lines.push('ministers:', ...fields.ministers.map((m) => `  - ${m}`));
  if (fields.portfolios) lines.push('portfolios:', ...fields.portfolios.map((p) => `  - ${p}`));
  lines.push('---', '', fields.body);
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n'));
  return path;
}
