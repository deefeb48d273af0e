import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const SHARED = '../shared/DESIGN.md';

// The contracts users read in docs/ must be the ones tools and evaluations hold us to.
it('docs/DESIGN.md is the shared design, word for word', { skip: !existsSync(SHARED) && 'no ../shared beside the repository' }, () => {
  const copy = readFileSync('docs/DESIGN.md', 'utf8');
  assert.equal(copy.slice(copy.indexOf('\n\n') + 2), readFileSync(SHARED, 'utf8'));
});
