import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spanMatches } from '../../../core/index.js';
import { WHOLE_CHARS, windowsOf } from '../windows.js';
import { documentOf, runStage, testStage } from './support.js';

const PARAGRAPH =
  'Foreign Minister Winston Peters met US Secretary of State Antony Blinken in Wellington today. Mr Peters said the talks with the United States went well. ' +
  'The Prime Minister will travel to Tokyo next month.';

describe('entities on a document too large to analyse whole', () => {
  it('cuts windows at paragraph breaks, covering every sentence once', () => {
    const text = Array.from({ length: 40 }, () => PARAGRAPH).join('\n\n');
    const sentences = [...text.matchAll(/[^.\n]+\./g)].map((m, i) => ({ start: m.index + (text[m.index] === ' ' ? 1 : 0), end: m.index + m[0].length, paragraph: Math.floor(i / 3) }));
    const windows = windowsOf(text, sentences, 1000);
    assert.ok(windows.length > 1);
    assert.equal(windows.reduce((n, w) => n + w.sentences.length, 0), sentences.length);
    for (const w of windows) {
      assert.ok(w.end - w.start < 3000, 'no window passes twice the size by much');
      for (const s of w.sentences) assert.ok(s.start >= 0 && s.end <= w.end - w.start);
    }
  });

  it('cuts a single sentence longer than the window at spaces', () => {
    const text = 'word '.repeat(1000).trim();
    const windows = windowsOf(text, [{ start: 0, end: text.length }], 500);
    assert.ok(windows.length >= 3);
    assert.ok(windows.every((w) => w.end - w.start <= 1500));
  });

  it('keeps every offset true to the whole text and merges one person across windows', () => {
    const text = Array.from({ length: Math.ceil((WHOLE_CHARS * 1.2) / PARAGRAPH.length) }, () => PARAGRAPH).join('\n\n');
    assert.ok(text.length > WHOLE_CHARS);
    const out = runStage(testStage, documentOf(text)).output;
    for (const m of out.mentions) assert.ok(spanMatches(text, m), JSON.stringify(m));
    for (let i = 1; i < out.mentions.length; i++) assert.ok(out.mentions[i - 1]!.end <= out.mentions[i]!.start);
    for (const [i, m] of out.mentions.entries()) assert.ok(out.entities[m.entity]!.mentions.includes(i));
    for (const e of out.entities) for (const r of e.roles) assert.ok(spanMatches(text, r), JSON.stringify(r));
    for (const o of out.officeMentions) assert.ok(spanMatches(text, o));
    const peters = out.entities.filter((e) => e.type === 'person' && e.name === 'Winston Peters');
    assert.equal(peters.length, 1, 'one entity for one person across windows');
  });
});
