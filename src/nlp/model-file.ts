/**
 * Dyad's model file: a JSON header plus named typed arrays, gzip-compressed. One file per trained model under
 * data/models/. Written by hand because the content is a handful of flat numeric arrays that Node reads straight
 * into typed arrays; a general serialization library would add a dependency and a copy.
 *
 * Layout before compression: "DYADMDL1", uint32 (LE) header length, the header as UTF-8 JSON
 * ({ meta, arrays: [{ name, type, length, offset }] }), zero padding to 8 bytes, then each array's bytes at its
 * offset (relative to the start of the data part, 8-byte aligned).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

const MAGIC = "DYADMDL1";

type ArrayType = "i32" | "u16" | "u8" | "f32";
export type NumericArray = Int32Array | Uint16Array | Uint8Array | Float32Array;

interface ArrayEntry {
  name: string;
  type: ArrayType;
  length: number;
  offset: number;
}

export interface ModelFile {
  meta: Record<string, unknown>;
  arrays: Map<string, NumericArray>;
}

function typeOf(a: NumericArray): ArrayType {
  if (a instanceof Int32Array) return "i32";
  if (a instanceof Uint16Array) return "u16";
  if (a instanceof Uint8Array) return "u8";
  return "f32";
}

function view(type: ArrayType, buffer: ArrayBuffer, offset: number, length: number): NumericArray {
  switch (type) {
    case "i32":
      return new Int32Array(buffer, offset, length);
    case "u16":
      return new Uint16Array(buffer, offset, length);
    case "u8":
      return new Uint8Array(buffer, offset, length);
    case "f32":
      return new Float32Array(buffer, offset, length);
  }
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodeModel(model: ModelFile): Buffer {
  const entries: ArrayEntry[] = [];
  let offset = 0;
  for (const [name, a] of model.arrays) {
    entries.push({ name, type: typeOf(a), length: a.length, offset });
    offset = align8(offset + a.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ meta: model.meta, arrays: entries }), "utf8");
  const dataStart = align8(MAGIC.length + 4 + header.length);
  const out = Buffer.alloc(dataStart + offset);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let i = 0;
  for (const a of model.arrays.values()) {
    const entry = entries[i++] as ArrayEntry;
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, dataStart + entry.offset);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(compressed: Buffer, source: string): ModelFile {
  const raw = gunzipSync(compressed);
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error(`${source}: not a Dyad model file`);
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const header = JSON.parse(raw.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as {
    meta: Record<string, unknown>;
    arrays: ArrayEntry[];
  };
  const dataStart = align8(MAGIC.length + 4 + headerLength);
  // copy into a fresh, aligned buffer so typed-array views can be made at any 8-byte offset
  const data = new ArrayBuffer(raw.length - dataStart);
  new Uint8Array(data).set(raw.subarray(dataStart));
  const arrays = new Map<string, NumericArray>();
  for (const e of header.arrays) arrays.set(e.name, view(e.type, data, e.offset, e.length));
  return { meta: header.meta, arrays };
}

export function writeModelFile(path: string, model: ModelFile): void {
  writeFileSync(path, encodeModel(model));
}

export function readModelFile(path: string): ModelFile {
  return decodeModel(readFileSync(path), path);
}

/** The array named `name`, of the expected kind, or an error naming the file's problem. */
export function requireArray<T extends NumericArray>(
  model: ModelFile,
  name: string,
  kind: new (...args: never[]) => T,
): T {
  const a = model.arrays.get(name);
  if (!(a instanceof kind)) throw new Error(`model file lacks array '${name}' of type ${kind.name}`);
  return a;
}
