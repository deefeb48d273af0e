// The level of an engagement, from the offices of the people in it. "All
// NZ–US meetings at ministerial level" is then a filter, not a reading.
import type { Office } from '../entities/index.js';
import type { EventLevel } from './types.js';

const LEADER = /\b(?:prime\s+minister|president|premier|chancellor|king|queen|emperor|sultan|taoiseach|head\s+of\s+(?:state|government)|supreme\s+leader|crown\s+prince|governor-general)\b/i;
const OFFICIAL = /\b(?:deputy|under|assistant|associate|vice|parliamentary\s+under|permanent|principal)[\s-]+secretary\b|\b(?:ambassador|high\s+commissioner|envoy|consul|chargé|director|chief\s+executive|official|officer|negotiator|sherpa|adviser|advisor|spokesperson|spokesman|spokeswoman|commander|chief\s+of|admiral|head\s+of\s+mission|secretary\s+of\s+foreign\s+affairs\s+and\s+trade|secretary-general\s+of\s+the\s+ministry|commissioner)\b/i;
const MINISTER = /\b(?:minister|secretary\s+of\s+state|foreign\s+secretary|home\s+secretary|defence\s+secretary|defense\s+secretary|secretary\s+of\s+(?:defense|defence|the\s+treasury|commerce|energy|homeland)|attorney[-\s]general|secretary|high\s+representative|secretary[-\s]general|chair(?:man|woman|person)?|treasurer|senator|vice[-\s]president|deputy\s+prime\s+minister)\b/i;

const RANK: Readonly<Record<EventLevel, number>> = { leader: 3, minister: 2, official: 1, other: 0 };

/** The level one office gives: a deputy or under-secretary is an official; a Vice-President or a Deputy Prime Minister a minister. */
export function levelOfOffice(title: string): EventLevel {
  if (/\bvice[-\s]president\b|\bdeputy\s+prime\s+minister\b/i.test(title)) return 'minister';
  if (OFFICIAL.test(title)) return 'official';
  if (LEADER.test(title)) return 'leader';
  if (MINISTER.test(title)) return 'minister';
  return 'other';
}

/**
 * The engagement's level: the lowest level among the participants whose
 * office is known (a prime minister receiving a visiting foreign minister
 * is a ministerial meeting), or `other` when none is.
 */
export function levelOf(offices: readonly (Office | null | undefined)[]): EventLevel {
  const levels = offices.filter((o): o is Office => !!o).map((o) => levelOfOffice(o.title)).filter((l) => l !== 'other');
  if (levels.length === 0) return 'other';
  return levels.reduce((low, l) => (RANK[l] < RANK[low] ? l : low));
}
