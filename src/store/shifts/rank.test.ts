import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../core/index.js';
import { PhraseCounter } from './index.js';

const FILLER = ['budget', 'river', 'farmers', 'region', 'report', 'council', 'market', 'school', 'roads', 'harbour', 'trade', 'health', 'jobs', 'rail', 'ports'];
const GLUE = ['the', 'of', 'and', 'for', 'in', 'to'];

/** A deterministic PRNG, so the corpora are the same on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Prose of filler words, the same distribution on both sides. */
function prose(next: () => number, sentences: number): string {
  const out: string[] = [];
  for (let k = 0; k < sentences; k++) {
    const words = Array.from({ length: 10 }, (_, i) => (i % 2 === 1 ? GLUE[Math.floor(next() * GLUE.length)] : FILLER[Math.floor(next() * FILLER.length)]));
    out.push(`${words.join(' ')}.`);
  }
  return out.join(' ');
}

const LEAD_INS = ['We will bring in the', 'They debated the', 'Critics of the', 'Support for the', 'Nobody expected the'];

/** 60 documents a side; b plants `shift` mid-text in half its documents, after varied words, and wraps each document in `dress`. */
function corpus(shift: string, dress: (body: string, k: number) => string = (body) => body): PhraseCounter {
  const next = random(7);
  const counter = new PhraseCounter();
  for (let k = 0; k < 60; k++) counter.add('a', prose(next, 40));
  for (let k = 0; k < 60; k++) {
    const body = k % 2 === 0 ? `${prose(next, 20)} ${LEAD_INS[k % LEAD_INS.length]} ${shift} now. ${prose(next, 20)}` : prose(next, 40);
    counter.add('b', dress(body, k));
  }
  return counter;
}

const contains = (long: string, short: string): boolean => ` ${long} `.includes(` ${short} `);

describe('rank', () => {
  it('puts a planted shift first and hides the phrases it subsumes', () => {
    const ranking = corpus('carbon pollution reduction scheme').rank();
    assert.equal(ranking.rising[0]?.phrase, 'carbon pollution reduction scheme');
    assert.equal(ranking.rising[0]?.bCount, 30);
    assert.equal(ranking.rising[0]?.aCount, 0);
    for (const { phrase } of ranking.rising.slice(1)) assert.ok(!contains('carbon pollution reduction scheme', phrase), phrase);
    assert.deepEqual([ranking.aDocuments, ranking.bDocuments], [60, 60]);
  });

  // Text that must never be ranked, however much more of it one side has.
  const FALSE_POSITIVES: readonly [string, (body: string, k: number) => string, RegExp][] = [
    ['speaker labels', (body) => `PRIME MINISTER: ${body}\n\nJOURNALIST: Minister, what now?\n\nPM: Thanks`, /\b(prime|minister|journalist|pm)\b/],
    ['header and footer boilerplate', (body, k) => `${k} May 2008\nE&OE\nTRANSCRIPT OF THE PRIME MINISTER THE HON KEVIN RUDD MP\nPROOF ONLY\n\n${body}\n\nListen to this speech (MP3 - 1.5Mb)\n\nThank you very much`, /\b(may|oe|transcript|hon|kevin|rudd|mp|proof|listen|speech|mp3|thank|mb)\b/],
    ['stop phrases and fillers', (body) => body.replaceAll('. ', '. Um, yeah, okay, well, of the and the I mean you know. '), /\b(um|yeah|okay|well|mean|know|the|of|and)\b$|^(um|yeah|okay|well|mean|know|the|of|and)\b/],
    ['numbers and single letters', (body) => body.replaceAll('. ', '. In 2008 and 2009, 15 of 20 (a) to (b) x y z. '), /^[\d ]+$|^(\w( |$))+$/],
    ['page furniture among numbers', (body) => body.replaceAll('. ', '. Fax from 05/ 09/ 96 14: 16 Pg: 2 '), /\b(fax|pg)\b/],
    ['URLs and e-mail', (body) => body.replaceAll('. ', '. www.pm.gov.au/media (http://pm.gov.au/x) media@pm.gov.au. '), /\b(www|gov|au|media|http|pm|x)\b/],
  ];
  for (const [name, dress, banned] of FALSE_POSITIVES) {
    it(`does not rank ${name}`, () => {
      const ranking = corpus('carbon pollution reduction scheme', dress).rank({ limit: 50 });
      assert.equal(ranking.rising[0]?.phrase, 'carbon pollution reduction scheme');
      for (const { phrase } of [...ranking.rising, ...ranking.falling]) assert.doesNotMatch(phrase, banned);
    });
  }

  it('needs minDocs documents on the side a phrase moves to', () => {
    const ranking = corpus('carbon pollution reduction scheme').rank({ minDocs: 31 });
    assert.ok(!ranking.rising.some(({ phrase }) => phrase.includes('carbon')));
  });

  it('ranks nothing when a side is empty', () => {
    const counter = new PhraseCounter();
    counter.add('a', 'climate change climate change');
    assert.deepEqual(counter.rank(), { rising: [], falling: [], aDocuments: 1, bDocuments: 0, aWords: 4, bWords: 0 });
  });

  it('rounds z to 2 decimals and delta to 3, and orders each side by z', () => {
    const { rising, falling } = corpus('emissions trading').rank({ limit: 100, minDelta: 0, minDocs: 1 });
    for (const p of [...rising, ...falling]) {
      assert.equal(p.z, Math.round(p.z * 100) / 100);
      assert.equal(p.delta, Math.round(p.delta * 1000) / 1000);
    }
    assert.deepEqual(rising.map((p) => p.z), [...rising.map((p) => p.z)].sort((x, y) => y - x));
    assert.deepEqual(falling.map((p) => p.z), [...falling.map((p) => p.z)].sort((x, y) => x - y));
  });
});

describe('options', () => {
  const BAD: readonly [() => unknown, RegExp][] = [
    [() => new PhraseCounter({ maxWords: 5 }), /maxWords: 5: use a whole number from 1 to 4/],
    [() => new PhraseCounter({ maxWords: 1.5 }), /maxWords: 1.5/],
    [() => new PhraseCounter({ maxWrds: 2 } as never), /Unknown shift option 'maxWrds': use maxWords/],
    [() => new PhraseCounter().rank({ minDocs: 0 }), /minDocs: 0: use a whole number 1 or more/],
    [() => new PhraseCounter().rank({ limit: -1 }), /limit: -1/],
    [() => new PhraseCounter().rank({ prior: 0 }), /prior: 0: use a number above 0 and below 1/],
    [() => new PhraseCounter().rank({ overlap: 2 }), /overlap: 2/],
    [() => new PhraseCounter().rank({ minDelta: -1 }), /minDelta: -1/],
    [() => new PhraseCounter().rank('x' as never), /options must be an object, not "x"/],
    [() => new PhraseCounter().add('c' as never, 'text'), /Unknown shift side "c": use 'a' or 'b'/],
    [() => new PhraseCounter().add('a', null as never), /text must be a string, not null/],
  ];
  for (const [call, message] of BAD) {
    it(`rejects ${message.source}`, () => assert.throws(call, (error: unknown) => error instanceof UsageError && message.test(error.message)));
  }
});
