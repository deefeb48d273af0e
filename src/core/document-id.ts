import { shortHash } from './hash.js';

const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i;

/**
 * Folds the spellings of one address together: scheme and host case, `www.`,
 * default ports, fragments, tracking parameters, trailing slashes. Returns null
 * for anything that is not an absolute http(s) URL.
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING_PARAM.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return `${host}${path}${query}`;
}

/** The document id: a hash of the normalised URL if there is one, otherwise of the text. */
export function documentId(url: string | null, text: string): string {
  const normalised = url ? normaliseUrl(url) : null;
  return normalised ? shortHash(`url:${normalised}`) : shortHash(`text:${text}`);
}
