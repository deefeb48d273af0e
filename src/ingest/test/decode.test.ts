import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const codes = (d: ReturnType<typeof decode>): string[] => d.messages.map((m) => m.code);

describe('decode', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['plain UTF-8', utf8('Kia ora, Wellington.'), 'Kia ora, Wellington.'],
    ['strips a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], 'Kia ora'), 'Kia ora'],
    ['CRLF to LF', utf8('one\r\ntwo\r\n'), 'one\ntwo\n'],
    ['lone CR to LF', utf8('one\rtwo'), 'one\ntwo'],
    ['NBSP and narrow NBSP to spaces', utf8('New\u00a0Zealand\u202fdollar'), 'New Zealand dollar'],
    ['keeps typographic quotes and dashes', utf8('“It’s – and — ‘so’”'), '“It’s – and — ‘so’”'],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0x4b, 0x00, 0x69, 0x00]), 'Ki'],
    ['repairs C1 controls that stand for cp1252 punctuation', utf8('in \u009191 \u0096 then'), 'in ‘91 – then'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const d = decode(input, 'reader:test');
      assert.equal(d.ok, true);
      assert.equal(d.text, expected);
    });
  }

  it('falls back to Windows-1252 for invalid UTF-8, pointing at the first bad byte', () => {
    // Line 2, after "Caf" and a valid "ü" (two bytes, one character): column 5.
    const d = decode(bytes('first line\nCaf', [0xc3, 0xbc], [0xe9], ' ', [0x93], 'quoted', [0x94]), 'reader:test');
    assert.equal(d.ok, true);
    assert.equal(d.text, 'first line\nCafüé “quoted”');
    assert.deepEqual(codes(d), ['invalid-utf8']);
    assert.equal(d.messages[0]?.severity, 'warning');
    assert.deepEqual(d.messages[0]?.place?.start, { line: 2, column: 5 });
  });

  it('counts CRLF as one line break when placing the bad byte', () => {
    const d = decode(bytes('a\r\nb\r\nx', [0x96]), 'reader:test');
    assert.deepEqual(d.messages[0]?.place?.start, { line: 3, column: 2 });
    assert.equal(d.text, 'a\nb\nx–');
  });

  const failures: Array<[string, Uint8Array, string]> = [
    ['a NUL byte', bytes('PNG', [0, 0, 1, 2]), 'binary-file'],
    ['mostly control bytes', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01)), 'binary-file'],
    ['no bytes', new Uint8Array(0), 'empty-document'],
    ['only whitespace', utf8(' \n\t\r\n\u00a0 '), 'empty-document'],
    ['only a BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty-document'],
  ];
  for (const [name, input, code] of failures) {
    it(`rejects ${name} with ${code}`, () => {
      const d = decode(input, 'reader:test');
      assert.equal(d.ok, false);
      assert.equal(d.text, '');
      assert.deepEqual(codes(d), [code]);
      assert.equal(d.messages[0]?.severity, 'error');
      assert.equal(d.messages[0]?.origin, 'reader:test');
    });
  }

  it('accepts tabs, form feeds and a few stray control bytes as text', () => {
    const d = decode(utf8(`col\tcol\f${'prose '.repeat(50)}\u0007`), 'reader:test');
    assert.equal(d.ok, true);
  });
});
