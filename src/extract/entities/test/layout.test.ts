import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The folder's layout, checked from its sources: every relative import of
// every .ts file under src/extract/entities (tests aside). No file imports
// itself round a circle, no sub-folder does, and a file outside a sub-folder
// reaches it only through its index.ts.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'test' && e.name !== 'model' && e.name !== 'node_modules') sources(path, out);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(relative(ROOT, path).split('\\').join('/'));
  }
  return out;
}

/** Relative specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

/** file → the files (under ROOT) it imports, .js specifiers read as their .ts sources. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(ROOT).sort()) {
    const targets = specifiers(readFileSync(join(ROOT, file), 'utf8'))
      .filter((s) => s.endsWith('.js'))
      .map((s) => posix.normalize(posix.join(posix.dirname(file), s.replace(/\.js$/, '.ts'))))
      .filter((t) => !t.startsWith('../'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components of more than one node, or one that reaches itself (Tarjan). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The part of the folder a file belongs to: its sub-folder, or the file itself at the top level. */
const partOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);
const isSubFolder = (part: string): boolean => !part.endsWith('.ts');

test('the cycle finder finds a circle and passes a tree', () => {
  assert.deepEqual(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
  assert.deepEqual(cycles(new Map([['a', ['a']]])), [['a']]);
  assert.deepEqual(cycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
  assert.deepEqual(specifiers("import { x } from './a.js';\nexport type { Y } from '../b/index.js';\n// import { z } from './c.js';\nconst m = await import('./d.js');"), ['./a.js', '../b/index.js', './d.js']);
});

test('entities has the sub-folders it is documented to have, each with an index.ts', () => {
  const graph = importGraph();
  const parts = new Set([...graph.keys()].map(partOf).filter(isSubFolder));
  assert.deepEqual([...parts].sort(), ['candidates', 'coreference', 'lexicon', 'names', 'offices', 'roles', 'tagger', 'text']);
  for (const part of parts) assert.ok(graph.has(`${part}/index.ts`), `${part}/index.ts`);
});

test('no file of entities imports itself round a circle', () => {
  const graph = importGraph();
  for (const [file, targets] of graph) for (const t of targets) assert.ok(graph.has(t), `${file} imports ${t}, which is not a source file`);
  assert.deepEqual(cycles(graph), []);
});

test('no sub-folder of entities imports itself round a circle', () => {
  const parts = new Map<string, string[]>();
  for (const [file, targets] of importGraph()) {
    const from = partOf(file);
    const to = parts.get(from) ?? [];
    for (const t of targets) if (partOf(t) !== from && !to.includes(partOf(t))) to.push(partOf(t));
    parts.set(from, to);
  }
  assert.deepEqual(cycles(parts), []);
});

test('a file outside a sub-folder imports it only through its index.ts', () => {
  const wrong: string[] = [];
  for (const [file, targets] of importGraph()) {
    for (const t of targets) {
      const part = partOf(t);
      if (isSubFolder(part) && partOf(file) !== part && t !== `${part}/index.ts`) wrong.push(`${file} → ${t}`);
    }
  }
  assert.deepEqual(wrong, []);
});
