import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { BREAK, NEGATED, TokenBuffer, tokenize } from './tokens.js';
import { Vocabulary } from './vocabulary.js';

/** Tokens as the counter sees them: "|" where a phrase may not cross, "~" after a "n't" stem. */
function show(text: string): string {
  const vocabulary = new Vocabulary();
  const tokens = new TokenBuffer();
  tokenize(text, vocabulary, tokens);
  const parts: string[] = [];
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0 && (tokens.marks[t]! & BREAK) !== 0) parts.push('|');
    parts.push(vocabulary.words[tokens.words[t]!]! + ((tokens.marks[t]! & NEGATED) !== 0 ? '~' : ''));
  }
  return parts.join(' ');
}

describe('tokenize', () => {
  const CASES: readonly [string, string][] = [
    ["don't co-operation", 'don~ t co operation'],
    ["We won't. Don Bradman won", 'we won~ t | don bradman won'],
    ['Café Ünïted Øresund straße', 'cafe united øresund straße'],
    ['Māori naïve São Paulo', 'maori naive sao paulo'],
    ['ΣΟΦΟΣ Σίσυφος Москва', 'σοφοσ σίσυφοσ москва'],
    ['e\u0301tude İstanbul', 'etude istanbul'],
    ["Australia's future", 'australia s future'],
    ['the U.S. alliance, and 1.5 billion', 'the u s alliance | and 1 5 billion'],
    ['1,000 jobs', '1 000 jobs'],
    ['war on terror. The war', 'war on terror | the war'],
    ['first; second: third! fourth? fifth', 'first | second | third | fourth | fifth'],
    ['line one\nline two', 'line one | line two'],
    ['he said "climate change" was', 'he said | climate change | was'],
    ['he said “climate change” was', 'he said | climate change | was'],
    ["the 'good' life", 'the | good | life'],
    ['growth – and jobs — now - then', 'growth | and jobs | now | then'],
    ['carbon (pollution) scheme', 'carbon | pollution | scheme'],
    ['John W. Howard', 'john w howard'],
    ['vitamin c. Then', 'vitamin c | then'],
    ['see www.pm.gov.au or http://x.org/a now', 'see | or | now'],
    ['mail media@pm.gov.au today', 'mail | today'],
    ['PRIME MINISTER: Good morning', 'good morning'],
    ['JOURNALIST:\n\nPrime Minister, are you', 'prime minister | are you'],
    ['MITCHELL: Mr Rudd, good morning.', 'mr rudd | good morning'],
    ['Subject: Iraq; drought', 'iraq | drought'],
    ["O'BRIEN: Thanks", 'thanks'],
    ['I said: this is it', 'i said | this is it'],
    ['\u00a0Tab\there', 'tab here'],
  ];
  for (const [text, expected] of CASES) it(JSON.stringify(text), () => assert.equal(show(text), expected));

  it('yields exactly the tokens SQLite FTS5 unicode61 remove_diacritics 2 indexes (labels and URLs aside)', () => {
    const db = new Database(':memory:');
    db.exec(`create virtual table t using fts5(x, tokenize = 'unicode61 remove_diacritics 2'); create virtual table v using fts5vocab(t, 'instance');`);
    const texts = CASES.map(([text]) => text).filter((text) => !/[:@]|www/.test(text));
    texts.push('Ǆemal Łódź đ Æsir œuvre ß ½ x² ① Ａｂｃ', 'naïve—café… “Hello”, she said; it’s 3:30pm', 'ภาษาไทย 中国 x🙂y');
    for (const text of texts) {
      db.prepare('delete from t').run();
      db.prepare('insert into t(x) values (?)').run(text);
      const fts = (db.prepare('select term from v order by offset').all() as { term: string }[]).map((r) => r.term);
      const ours = show(text).split(' ').filter((w) => w !== '|').map((w) => w.replace(/~$/, ''));
      assert.deepEqual(ours, fts, text);
    }
    db.close();
  });
});
