/**
 * The word-cluster table at run time: normalized word → cluster path, depth and capitalization rate, read from
 * data/models/clusters.dyad (written by `npm run train`, see train/clusters.ts).
 */
import type { ClusterTable } from "./lexical.js";
import { type ModelFile, requireArray } from "./model-file.js";
import { hashString } from "./perceptron.js";

/** Looks words up by their hash, so the table holds no strings. */
class HashedClusters implements ClusterTable {
  private readonly index = new Map<number, number>();
  constructor(
    keys: Int32Array,
    private readonly bits: Int32Array,
    private readonly depth: Uint8Array,
    private readonly capital: Uint8Array,
  ) {
    for (let i = 0; i < keys.length; i++) this.index.set(keys[i] as number, i);
  }
  get(norm: string): readonly [number, number, number] | undefined {
    const i = this.index.get(hashString(norm));
    return i === undefined ? undefined : [this.bits[i] as number, this.depth[i] as number, this.capital[i] as number];
  }
  get size(): number {
    return this.index.size;
  }
}

export function clustersFromModel(file: ModelFile): ClusterTable & { size: number } {
  return new HashedClusters(
    requireArray(file, "clusters.keys", Int32Array),
    requireArray(file, "clusters.bits", Int32Array),
    requireArray(file, "clusters.depth", Uint8Array),
    requireArray(file, "clusters.capital", Uint8Array),
  );
}

/** The arrays of a cluster table for a model file (see train/clusters.ts for how it is learned). */
export function clusterArrays(words: readonly string[], bits: Int32Array, depth: Uint8Array, capital: Uint8Array) {
  return new Map<string, Int32Array | Uint8Array>([
    ["clusters.keys", Int32Array.from(words, hashString)],
    ["clusters.bits", bits],
    ["clusters.depth", depth],
    ["clusters.capital", capital],
  ]);
}
