import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officeTerms, type OfficeEvidence } from './office-terms.js';

const e = (person: string, published: string, document = `${person}-${published}`): OfficeEvidence => ({ person, name: person, published, document });

describe('office terms from dated evidence', () => {
  it('one term per run of one holder, until the successor shows', () => {
    const terms = officeTerms([e('clark', '2000-03-02'), e('clark', '2008-02-26'), e('key', '2009-01-10'), e('key', '2016-11-01'), e('english', '2017-02-01')]);
    assert.deepEqual(
      terms.map((t) => [t.id, t.firstAttested, t.lastAttested, t.until, t.documents]),
      [
        ['clark', '2000-03-02', '2008-02-26', '2009-01-10', 2],
        ['key', '2009-01-10', '2016-11-01', '2017-02-01', 2],
        ['english', '2017-02-01', '2017-02-01', null, 1],
      ],
    );
  });

  it('a stray document between two runs of one holder is folded into them', () => {
    const terms = officeTerms([e('howard', '2003-01-01'), e('howard', '2003-05-01'), e('blair', '2003-07-22'), e('howard', '2003-08-01')]);
    assert.deepEqual(terms.map((t) => [t.id, t.firstAttested, t.lastAttested, t.until, t.documents]), [['howard', '2003-01-01', '2003-08-01', null, 4]]);
  });

  it('two terms of one person with someone between stay two terms (Rudd, Gillard, Rudd)', () => {
    const terms = officeTerms([e('rudd', '2008-01-01'), e('rudd', '2009-01-01'), e('gillard', '2011-01-01'), e('gillard', '2012-01-01'), e('rudd', '2013-07-01'), e('rudd', '2013-08-01')]);
    assert.deepEqual(terms.map((t) => [t.id, t.until]), [['rudd', '2011-01-01'], ['gillard', '2013-07-01'], ['rudd', null]]);
  });

  it('nothing in, nothing out', () => assert.deepEqual(officeTerms([]), []));
});
