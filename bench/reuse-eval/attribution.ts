// Attribution: how a press release names its speaker ("the Prime Minister said") and how
// a news story rewrites it ("she said"). Transcripts rarely attribute themselves, so the
// generator also turns a few release sentences into attributed quotes.
import type { Random } from './random.js';

const SPEAKERS: readonly { title: 'Mr' | 'Ms'; name: string }[] = [
  { title: 'Mr', name: 'Howard' }, { title: 'Mr', name: 'Downer' }, { title: 'Mr', name: 'Costello' },
  { title: 'Mr', name: 'Rudd' }, { title: 'Mr', name: 'Smith' }, { title: 'Mr', name: 'Vaile' },
  { title: 'Ms', name: 'Gillard' }, { title: 'Ms', name: 'Bishop' }, { title: 'Ms', name: 'Wong' },
];

const pronoun = (title: string) => (title === 'Mr' ? 'he' : title === 'Dr' ? 'they' : 'she');
const capitalise = (s: string, atStart: boolean) => (atStart ? s[0]?.toUpperCase() + s.slice(1) : s);

/** A sentence fit to carry an attribution: long, a plain statement, not quoting already. */
export function canAttribute(sentence: string): boolean {
  return /^[A-Z][^"“”]*\.$/.test(sentence) && sentence.split(/\s+/).length >= 10;
}

/** Makes a release sentence an attributed quote, in one of the forms releases use. */
export function attribute(sentence: string, random: Random): string {
  const body = sentence.slice(0, -1);
  const speaker = random.pick(SPEAKERS);
  switch (random.int(0, 2)) {
    case 0: return `"${body}," the Prime Minister said.`;
    case 1: return `"${body}," said ${speaker.title} ${speaker.name}.`;
    default: return `${speaker.title} ${speaker.name} says: "${body}."`;
  }
}

/** Rewrites the first attribution found ("Mr X says" → "he said", "said Mr X" → "X said", ...), or returns null. */
export function rewriteAttribution(sentence: string, random: Random): string | null {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/\bsaid (Mr|Mrs|Ms|Dr) ([A-Z][a-z]+)\b/, (m) => `${m[2]} said`],
    [/\b(Mr|Mrs|Ms|Dr) [A-Z][a-z]+ (?:says|said)\b/, (m) => capitalise(`${pronoun(m[1] as string)} said`, m.index === 0)],
    [/\b[Tt]he Prime Minister (?:says|said)\b/, (m) => capitalise(`${random.pick(['he', 'she'])} said`, m.index === 0)],
  ];
  for (const [pattern, replace] of rules) {
    const m = pattern.exec(sentence);
    if (m) return sentence.slice(0, m.index) + replace(m) + sentence.slice(m.index + m[0].length);
  }
  return null;
}
