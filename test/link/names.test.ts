import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalName, entityKey } from '../../src/extract/entities/index.js';
import { analyseName } from '../../src/link/index.js';

// [type, name, expected id, form, block, initials]: how resolution reads a name.
const NAMES: readonly [string, string, string, string, string, string | null][] = [
  ['person', 'Winston Peters', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'Rt Hon Winston Peters', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'The Hon. Winston Peters', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'Mr Winston Peters', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'Winston Peters MP', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', "Winston Peters's", 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'WINSTON PETERS', 'person:winston-peters', 'full', 'person:peters', 'w'],
  ['person', 'W. Peters', 'person:w-peters', 'initials', 'person:peters', 'w'],
  ['person', 'W Peters', 'person:w-peters', 'initials', 'person:peters', 'w'],
  ['person', 'W. R. Peters', 'person:w-r-peters', 'initials', 'person:peters', 'wr'],
  ['person', 'Peters', 'person:peters', 'surname', 'person:peters', null],
  ['person', 'Mr Peters', 'person:peters', 'surname', 'person:peters', null],
  ['person', "Peters'", 'person:peters', 'surname', 'person:peters', null],
  ['person', 'Peters’s', 'person:peters', 'surname', 'person:peters', null],
  ['person', 'Jean-Yves Le Drian', 'person:jean-yves-le-drian', 'full', 'person:le-drian', 'jy'],
  ['person', 'Jean Yves Le Drian', 'person:jean-yves-le-drian', 'full', 'person:le-drian', 'jy'],
  ['person', 'Jean\u2011Yves Le Drian', 'person:jean-yves-le-drian', 'full', 'person:le-drian', 'jy'],
  ['person', 'J.-Y. Le Drian', 'person:j-y-le-drian', 'initials', 'person:le-drian', 'jy'],
  ['person', 'Le Drian', 'person:le-drian', 'surname', 'person:le-drian', null],
  ['person', 'Ursula von der Leyen', 'person:ursula-von-der-leyen', 'full', 'person:von-der-leyen', 'u'],
  ['person', 'von der Leyen', 'person:von-der-leyen', 'surname', 'person:von-der-leyen', null],
  ['person', 'Jacinda Ardern-Smith', 'person:jacinda-ardern-smith', 'full', 'person:ardern-smith', 'j'],
  ['person', 'Damien O’Connor', 'person:damien-oconnor', 'full', 'person:oconnor', 'd'],
  ['person', "Damien O'Connor", 'person:damien-oconnor', 'full', 'person:oconnor', 'd'],
  ['person', 'António Guterres', 'person:antonio-guterres', 'full', 'person:guterres', 'a'],
  ['person', 'Martin Luther King Jr.', 'person:martin-luther-king', 'full', 'person:king', 'ml'],
  ['org', 'NATO', 'org:nato', 'full', 'org:nato', null],
  ['org', "NATO's", 'org:nato', 'full', 'org:nato', null],
  ['org', 'The Pacific Islands Forum', 'org:pacific-islands-forum', 'full', 'org:pacific-islands-forum', null],
  ['place', 'The Hague', 'place:the-hague', 'full', 'place:the-hague', null],
  ['place', 'Tāmaki Makaurau', 'place:tamaki-makaurau', 'full', 'place:tamaki-makaurau', null],
];

describe('how resolution reads a name', () => {
  for (const [type, name, id, form, block, initials] of NAMES) {
    it(`${type} ${JSON.stringify(name)} → ${id} (${form})`, () => {
      // The key the entities stage gives the name.
      const key = entityKey(type as 'person', canonicalName(name));
      const read = analyseName(type as 'person', name, key);
      assert.ok(read);
      assert.deepEqual({ id: read.id, form: read.form, block: read.block, initials: read.initials }, { id, form, block, initials });
    });
  }

  it('keeps the stage key of an org or place, which may carry a gazetteer mapping', () => {
    assert.equal(analyseName('place', 'US', 'place:united-states')?.id, 'place:united-states');
    assert.equal(analyseName('place', 'US', 'place:united-states')?.display, 'US');
  });

  it('shows a person without honorifics or post-nominals', () => {
    assert.equal(analyseName('person', 'Rt Hon Winston Peters MP', 'person:x')?.display, 'Winston Peters');
  });

  it('reads nothing from a name with nothing left', () => {
    assert.equal(analyseName('person', '', ''), null);
    assert.equal(analyseName('org', '—', ''), null);
  });
});
