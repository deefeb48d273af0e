import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, createPipeline, emptyMeta, message, type Document, type Stage } from '../index.js';

const doc: Document = { id: 'd', path: 'p', format: 'text', bytes: 3, text: 'abc', meta: emptyMeta(), messages: [] };

function stage(name: string, requires: string[], log: string[]): Stage<string> {
  return {
    name,
    version: 1,
    requires,
    run: (_doc, ctx) => {
      log.push(name);
      // A stage sees exactly the outputs it requires.
      assert.deepEqual([...ctx.outputs.keys()].sort(), [...requires].sort());
      return { output: `${name}-out`, messages: [message({ code: 'seen', reason: name, origin: name, severity: 'info' })] };
    },
  };
}

describe('createPipeline', () => {
  it('orders stages by requires, never by list position', () => {
    const log: string[] = [];
    const pipeline = createPipeline([stage('events', ['times', 'entities'], log), stage('times', ['segment'], log), stage('entities', ['segment'], log), stage('segment', [], log)]);
    const result = pipeline.run(doc);
    assert.deepEqual(log, ['segment', 'entities', 'times', 'events']);
    assert.deepEqual(result.stages.map((s) => s.output), ['segment-out', 'entities-out', 'times-out', 'events-out']);
    assert.equal(result.document.messages.length, 4);
    assert.equal(doc.messages.length, 0, 'the input document is not mutated');
  });

  it('throws a ConfigError naming a missing requirement, a cycle, or a duplicate', () => {
    assert.throws(() => createPipeline([stage('quotes', ['entities'], [])]), (e: unknown) => e instanceof ConfigError && /requires 'entities', which is not registered/.test(e.message));
    assert.throws(() => createPipeline([stage('a', ['b'], []), stage('b', ['a'], [])]), /cycle: a -> b -> a/);
    assert.throws(() => createPipeline([stage('a', [], []), stage('a', [], [])]), /registered twice/);
  });
});
