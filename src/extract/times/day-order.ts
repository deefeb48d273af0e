import type { DocumentMeta } from '../../core/index.js';
import lexicon from './model/lexicon.json' with { type: 'json' };

/** How a numeric date like `11/04/2024` is read. */
export type DayOrder = 'day-first' | 'month-first';

const HOSTS: readonly string[] = lexicon.monthFirstHosts;
const SOURCES = new Set(lexicon.monthFirstSources.map((s) => s.toLowerCase()));

function hostOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Month first for US sources (a `.gov`/`.mil` host, which only US federal
 * bodies have, or a known US outlet by host or name), day first for every
 * other source, as NZ, AU and UK sources write it; Parley is NZ-first, so an
 * unknown source is day first too.
 */
export function dayOrderOf(meta: Pick<DocumentMeta, 'source' | 'url'>): DayOrder {
  const source = meta.source?.trim() ?? '';
  const host = hostOf(meta.url) ?? (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(source) ? source.toLowerCase().replace(/^www\./, '') : null);
  if (host && HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return 'month-first';
  return SOURCES.has(source.toLowerCase()) ? 'month-first' : 'day-first';
}
