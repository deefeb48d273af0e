// Issue 14's golden test on the sample corpus: every direct quote of
// ../shared/sample-corpus (gold: scripts/quotes-eval/sample-gold.json) is
// found by `parley extract` with the right speaker, and nothing else is
// predicted as a direct quote. Scored by the rules of `npm run eval:quotes`
// (scripts/quotes-eval/README.md); the failure lists each quote that is missed,
// given the wrong speaker, or predicted where there is none.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runSet } from '../scripts/quotes-eval/eval-set.js';
import { SAMPLE_DIR, sampleSet } from '../scripts/quotes-eval/sample.js';
import { scoreSet } from '../scripts/quotes-eval/score.js';

describe('quotes on the sample corpus (golden)', () => {
  it('finds every gold quote with its speaker, and no false ones', async () => {
    assert.ok(existsSync(SAMPLE_DIR), `the sample corpus is expected at ${SAMPLE_DIR}`);
    const run = await runSet(sampleSet());
    assert.deepEqual(run.errors, [], 'the gold must locate in the text');
    const score = scoreSet(run.docs);
    const counts = score.counts.direct;
    const issues = score.issues.direct;
    assert.ok(counts.gold >= 26, `expected the 26 gold quotes, loaded ${counts.gold}`);
    const lines = issues.map((i) => `  ${i.type}: ${i.doc}@${i.start}: ${i.detail}`);
    assert.equal(
      lines.length,
      0,
      `${counts.found}/${counts.gold} gold quotes found, ${counts.speakerRight}/${counts.speakerGold} speakers right, ${counts.predicted - counts.right} false positives:\n${lines.join('\n')}`,
    );
  });
});
