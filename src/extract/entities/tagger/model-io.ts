import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { NLABELS } from './labels.js';
import { fromParts, type CompiledModel } from './model.js';

// ner.bin: brotli over [u32 rows][keys as varint deltas][f32 scales][i8 weights]
// [f32 transitions]. Sorted keys as deltas take ~2 bytes instead of 4.

const N1 = NLABELS + 1;
const MAGIC = 0x524e5050; // "PPNR"

export function serialise(model: CompiledModel): Uint8Array {
  const rows = model.keys.length;
  const varints: number[] = [];
  let prev = 0;
  for (let r = 0; r < rows; r++) {
    const key = model.keys[r]! >>> 0; // keys are kept in unsigned order
    let d = key - prev;
    prev = key;
    while (d >= 0x80) {
      varints.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 128);
    }
    varints.push(d);
  }
  const size = 8 + 4 + varints.length + rows * 4 + rows * NLABELS + N1 * N1 * 4;
  const buf = Buffer.alloc(size);
  let o = 0;
  buf.writeUInt32LE(MAGIC, o);
  buf.writeUInt32LE(rows, (o += 4));
  buf.writeUInt32LE(varints.length, (o += 4));
  o += 4;
  buf.set(varints, o);
  o += varints.length;
  for (let r = 0; r < rows; r++, o += 4) buf.writeFloatLE(model.scales[r]!, o);
  buf.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, rows * NLABELS), o);
  o += rows * NLABELS;
  for (let k = 0; k < N1 * N1; k++, o += 4) buf.writeFloatLE(Number.isFinite(model.trans[k]!) ? model.trans[k]! : 0, o);
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
}

export function deserialise(bytes: Uint8Array, temperature: number): CompiledModel {
  const buf = brotliDecompressSync(bytes);
  let o = 0;
  if (buf.readUInt32LE(o) !== MAGIC) throw new Error('ner.bin: not a Parley tagger model (bad magic number)');
  const rows = buf.readUInt32LE((o += 4));
  const varBytes = buf.readUInt32LE((o += 4));
  o += 4;
  const keys = new Int32Array(rows);
  let prev = 0;
  const end = o + varBytes;
  for (let r = 0; r < rows; r++) {
    let d = 0;
    let mul = 1;
    for (;;) {
      const b = buf[o++]!;
      d += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += d;
    keys[r] = prev | 0;
  }
  if (o !== end) throw new Error('ner.bin: corrupt key table');
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++, o += 4) scales[r] = buf.readFloatLE(o);
  const weights = new Int8Array(rows * NLABELS);
  weights.set(new Int8Array(buf.buffer, buf.byteOffset + o, rows * NLABELS));
  o += rows * NLABELS;
  const trans = new Float64Array(N1 * N1);
  for (let k = 0; k < N1 * N1; k++, o += 4) trans[k] = buf.readFloatLE(o);
  return fromParts(keys, scales, weights, trans, temperature);
}
