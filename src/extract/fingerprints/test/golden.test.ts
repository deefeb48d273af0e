import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { fingerprintText } from '../index.js';

const fixtures = new URL('./fixtures/', import.meta.url);

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt'))) {
  test(`golden: ${name}`, () => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    const { hashes, starts, ends } = fingerprintText(text);
    const rows = Array.from(hashes, (hash, i) => ({
      hash: BigInt.asUintN(64, hash).toString(16).padStart(16, '0'),
      start: starts[i],
      end: ends[i],
      text: text.slice(starts[i], ends[i]),
    }));
    expectGolden(new URL(name.replace(/\.txt$/, '.json'), fixtures).pathname, rows);
  });
}
