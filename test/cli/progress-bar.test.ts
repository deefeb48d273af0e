import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProgressBar } from '../../src/cli/progress-bar.js';

function stream(isTTY: boolean): NodeJS.WriteStream & { written: string } {
  const s = { written: '', isTTY, columns: 60, write: (chunk: string) => ((s.written += chunk), true) };
  return s as unknown as NodeJS.WriteStream & { written: string };
}

describe('ProgressBar', () => {
  it('draws on a terminal and clears itself', () => {
    const tty = stream(true);
    const bar = new ProgressBar(tty, 'ingest');
    bar.update(5, 5, '1.0 MB');
    assert.match(tty.written, /ingest █+ 100% 5\/5 1\.0 MB/);
    bar.clear();
    assert.ok(tty.written.endsWith('\r'));
  });

  it('stays silent when stderr is not a terminal (pipes, CI logs)', () => {
    const pipe = stream(false);
    const bar = new ProgressBar(pipe, 'ingest');
    bar.update(1, 2, '');
    bar.clear();
    assert.equal(pipe.written, '');
  });
});
