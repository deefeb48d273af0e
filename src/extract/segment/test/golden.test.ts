import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectGolden } from '../../../../test/support/golden.js';
import { segment } from './support.js';

const fixtures = new URL('./fixtures/', import.meta.url);

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.txt'))) {
  test(`golden: ${name}`, () => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    expectGolden(new URL(name.replace(/\.txt$/, '.json'), fixtures).pathname, segment(text));
  });
}
