// Chooses the demo corpus shipped in demo/corpus/: the AU PM transcripts that
// say most about New Zealand and the United States, plus the two CC BY Beehive
// releases. Deterministic: the same shared/ gives the same selection.
//
//   node --import tsx scripts/select-demo.ts [--count 300]
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const AU = join(SHARED, 'corpora', 'au-pm-transcripts');
const OUT = join(import.meta.dirname, '..', 'demo', 'corpus');
const count = Number(process.argv[process.argv.indexOf('--count') + 1] ?? 300) || 300;

const occurrences = (text: string, needle: RegExp) => text.match(needle)?.length ?? 0;
const scored = readdirSync(AU)
  .filter((name) => name.endsWith('.xml'))
  .map((name) => {
    const text = readFileSync(join(AU, name), 'utf8');
    const nz = occurrences(text, /New Zealand/g);
    const us = occurrences(text, /United States|Washington|\bAmerican?\b/g);
    // Both countries in one transcript make the best demo; either alone still counts.
    const type = /<release-type>([^<]*)</.exec(text)?.[1] ?? '';
    return { name, type, score: Math.min(nz, 10) * 2 + Math.min(us, 10) + (nz > 0 && us > 0 ? 10 : 0), size: text.length };
  })
  .filter((t) => t.score >= 6 && t.size < 60_000)
  .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));

// Interviews dominate the archive; cap them so releases and speeches are well represented.
const quota = (type: string) => (type === 'Interview' || type === 'Doorstop' || type === 'Press Conference' ? 0.4 : type === 'Speech' ? 0.35 : 1);
const taken = new Map<string, number>();
const selected = scored.filter((t) => {
  const group = quota(t.type);
  const used = taken.get(String(group)) ?? 0;
  if (used >= Math.round(group * count)) return false;
  taken.set(String(group), used + 1);
  return true;
});
for (const t of scored) if (selected.length < count && !selected.includes(t)) selected.push(t);
selected.splice(count);

rmSync(join(OUT, 'au-pm-transcripts'), { recursive: true, force: true });
mkdirSync(join(OUT, 'au-pm-transcripts'), { recursive: true });
for (const t of selected) copyFileSync(join(AU, t.name), join(OUT, 'au-pm-transcripts', t.name));

mkdirSync(join(OUT, 'beehive'), { recursive: true });
copyFileSync(join(SHARED, 'sample-corpus', '000_80ab897ad2e4b4e3.txt'), join(OUT, 'beehive', 'nz-and-us-ever-closer-partnership.md'));
copyFileSync(join(SHARED, 'sample-corpus', '001_c913cf1023a538cf.txt'), join(OUT, 'beehive', 'security-cooperation-challenging-world.md'));
const bytes = selected.reduce((sum, t) => sum + t.size, 0);
process.stdout.write(`Selected ${selected.length} transcripts (${(bytes / 1024 / 1024).toFixed(1)} MB) and 2 Beehive releases into ${OUT}\n`);
