import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAnn } from '../../scripts/quotes-eval/polnear-ann.js';
import { goldFromAttributions, insideMarks, mergeFragments } from '../../scripts/quotes-eval/polnear-gold.js';
import { annotationFiles, POLNEAR_DIR } from '../../scripts/quotes-eval/polnear.js';

// A hand-made article and its annotation, offsets computed from the text.
const TEXT = [
  'Mr. Smith spoke on Tuesday.', // 0
  '“We will act,” he said. “Now.”', // quote split by its attribution
  'She said the plan was “dead on arrival” in the Senate.', // partial inside indirect speech
  '“First paragraph.', // multi-paragraph quote
  '“Second paragraph,” Smith said.',
  'SMITH: No comment at all.', // a transcript turn
].join('\n');
const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(s);
  return `${i} ${i + s.length}`;
};
const ANN = [
  `T1\tSource ${at('he said').split(' ')[0]} ${Number(at('he said').split(' ')[0]) + 2}\the`,
  `T2\tCue ${at('said', TEXT.indexOf('he said'))}\tsaid`,
  `T3\tContent ${at('“We will act,”')};${at('“Now.”')}\t…`,
  `T4\tAttribution ${at('said', TEXT.indexOf('he said'))}\tsaid`,
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  `T5\tSource ${at('She')}\tShe`,
  `T6\tCue ${at('said', TEXT.indexOf('She'))}\tsaid`,
  `T7\tContent ${at('the plan was “dead on arrival” in the Senate')}\t…`,
  'E2\tAttribution:T6 Content:T7 Cue:T6 source:T5',
  `T8\tContent ${at('“First paragraph.')};${at('“Second paragraph,”')}\t…`,
  `T9\tSource ${at('Smith said')}\tSmith`.replace(/ (\d+)\t/, (_m, e) => ` ${Number(e) - 5}\t`),
  `T10\tCue ${at('said', TEXT.indexOf('Smith said'))}\tsaid`,
  'E3\tAttribution:T10 Content:T8 Cue:T10 Source:T9',
  `T11\tSource ${at('SMITH')}\tSMITH`,
  `T12\tCue ${at(':', TEXT.indexOf('SMITH'))}\t:`,
  `T13\tContent ${at('No comment at all.')}\t…`,
  'E4\tAttribution:T12 Content:T13 Cue:T12 Source:T11',
  `T14\tContent ${at('Mr. Smith spoke')}\t…`,
  `T15\tCue ${at('spoke')}\tspoke`,
  'E5\tAttribution-no-source:T15 Content:T14 Cue:T15',
].join('\n');

describe('PolNeAR gold', () => {
  const attributions = parseAnn(ANN);
  const gold = goldFromAttributions(TEXT, attributions);
  const show = gold.map((g) => `${g.kind}:${TEXT.slice(g.start, g.end)}:${g.source?.text ?? '-'}`);

  it('reads events, discontinuous spans and the lower-case source role', () => {
    assert.equal(attributions.length, 5);
    assert.equal(attributions[0]!.content.length, 2);
    assert.equal(attributions[1]!.source?.text, 'She');
    assert.equal(attributions[4]!.source, null);
  });

  it('makes direct quotes of Contents wholly in marks, one per fragment of a split quote', () => {
    assert.ok(show.includes('direct:We will act,:he'), show.join(' | '));
    assert.ok(show.includes('direct:Now.:he'));
  });

  it('joins a quote over paragraphs into one', () => {
    assert.ok(show.includes('direct:First paragraph.\n“Second paragraph,:Smith'), show.join(' | '));
  });

  it('takes the quoted words of an indirect Content as a partial, and the label turn as a turn', () => {
    assert.ok(show.includes('partial:dead on arrival:She'));
    assert.ok(show.includes('turn:No comment at all.:SMITH'));
    assert.equal(gold.length, 5, 'the unquoted, sourceless Content gives nothing');
  });

  it('resolves a pronoun Source to the nearest earlier named Source only', () => {
    const he = gold.find((g) => g.source?.text === 'he');
    assert.equal(he?.source?.antecedent, null, 'no named Source before "he"');
    const she = gold.find((g) => g.source?.text === 'She');
    assert.equal(she?.source?.antecedent, null, '"he" is not a name');
  });

  it('needs marks at both ends, of matching kind', () => {
    const t = 'a “b c” d ‘e f” ‘g h’';
    assert.equal(insideMarks(t, { start: 0, end: 7 }), null);
    assert.deepEqual(insideMarks(t, { start: 2, end: 7 }), [{ start: 3, end: 6 }]);
    assert.equal(insideMarks(t, { start: 10, end: 15 }), null);
    assert.ok(insideMarks(t, { start: 16, end: 21 }));
  });

  it('merges only fragments separated by whitespace', () => {
    assert.equal(mergeFragments('ab \n cd x ef', [{ start: 0, end: 2 }, { start: 5, end: 7 }, { start: 10, end: 12 }]).length, 2);
  });

  it('uses one annotation file per article, the first annotator listed', () => {
    assert.ok(existsSync(POLNEAR_DIR), `PolNeAR is expected at ${POLNEAR_DIR}`);
    const files = annotationFiles(POLNEAR_DIR, 'dev');
    assert.equal(files.size, 84);
    for (const f of files.values()) assert.match(f, /_[0-9a-f]{4}\.ann$/);
  });
});
