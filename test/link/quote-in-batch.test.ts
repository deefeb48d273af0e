import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractPaths } from '../../src/app/index.js';
import { createPipeline, type Stage } from '../../src/core/index.js';
import { quotesStage, type QuoteSpec } from '../../src/store/test/quotes.js';
import { entitiesOutput, type EntitySpec } from '../support/entities.js';
import { tempDir } from '../support/temp.js';

const MFA = { title: 'Minister of Foreign Affairs', of: 'New Zealand' };

/** Three files: a named minister, a surname in a later one, an office alone after that, and an office no one in the run holds. */
const FILES: Record<string, { published: string; entities: EntitySpec[]; quotes: QuoteSpec[] }> = {
  'a.md': {
    published: '2024-04-11',
    entities: [{ name: 'Winston Peters', roles: [{ ...MFA, text: 'Foreign Minister' }] }],
    quotes: [{ text: 'We talked about the Pacific at length', speaker: { entity: 0, mention: 'Winston Peters' } }],
  },
  'b.md': {
    published: '2024-05-01',
    entities: [{ name: 'Peters', mentions: ['Mr Peters'] }],
    quotes: [
      { text: 'New Zealand will not be a bystander', speaker: { entity: 0, mention: 'Mr Peters' } },
      { text: 'we are watching closely', speaker: { entity: null, mention: 'The Foreign Minister', via: 'role', office: MFA } },
      { text: 'nobody knows', speaker: { entity: null, mention: 'The Prime Minister', via: 'role', office: { title: 'Prime Minister', of: 'New Zealand' } } },
      { text: 'no comment at this stage', speaker: null, cue: null },
    ],
  },
};
const TEXTS: Record<string, string> = {
  'a.md': 'Foreign Minister Winston Peters spoke. “We talked about the Pacific at length,” he said.',
  'b.md': '“New Zealand will not be a bystander,” Mr Peters said. The Foreign Minister said “we are watching closely”. The Prime Minister said “nobody knows”. “no comment at this stage”.',
};

describe('quotes in parley extract', () => {
  it('prints each quote with its speaker resolved over the run, an office by who held it then, and cluster null', async () => {
    const tmp = tempDir();
    try {
      const byText = new Map(Object.entries(FILES).map(([file, spec]) => [TEXTS[file]!, spec]));
      const entities: Stage = { name: 'entities', version: 1, requires: [], run: (d) => ({ output: entitiesOutput(d.text, byText.get(d.text.trim())?.entities ?? []), messages: [] }) };
      const quotes: Stage = { name: 'quotes', version: 1, requires: ['entities'], run: (d) => ({ output: quotesStage(d.text, byText.get(d.text.trim())?.quotes ?? []).output, messages: [] }) };
      for (const [file, spec] of Object.entries(FILES)) writeFileSync(join(tmp.dir, file), `---\npublished: ${spec.published}\n---\n${TEXTS[file]}\n`);
      const records = [];
      for await (const record of extractPaths([tmp.dir], { pipeline: createPipeline([entities, quotes]) })) records.push(record);
      const [a, b] = records;
      assert.deepEqual(a?.quotes.map((q) => [q.text, q.cluster, q.speaker?.id, q.speaker?.name, q.speaker?.mention.text, q.speaker?.via]), [
        ['We talked about the Pacific at length', null, 'person:winston-peters', 'Winston Peters', 'Winston Peters', 'cue'],
      ]);
      assert.deepEqual(b?.quotes.map((q) => [q.speaker?.id ?? null, q.speaker?.name ?? null, q.speaker?.office ?? null]), [
        ['person:winston-peters', 'Winston Peters', null],
        ['person:winston-peters', 'Winston Peters', MFA],
        [null, 'Prime Minister, New Zealand', { title: 'Prime Minister', of: 'New Zealand' }],
        [null, null, null],
      ]);
      const first = b!.quotes[0]!;
      // DESIGN.md's fields first, in its order.
      assert.deepEqual(Object.keys(first), ['text', 'start', 'end', 'kind', 'cluster', 'speaker', 'cue']);
      assert.deepEqual(Object.keys(first.speaker!), ['id', 'name', 'mention', 'via']);
      assert.equal(TEXTS['b.md']!.slice(first.start, first.end), first.text);
      assert.deepEqual(b!.quotes.map((q) => q.cue), ['said', 'said', 'said', null]);
    } finally {
      tmp.cleanup();
    }
  });
});
