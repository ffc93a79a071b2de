/**
 * Integer weight sums of a fixed group of features, cached per distinct tuple of the atoms they read. Features
 * that read only tags, labels or small counts take few distinct values but weigh on many classes each (the
 * labeler's direction and tag-pair features: 25–50 classes per feature), and adding those class weights one by
 * one, not finding the features, was what scoring them cost. A cached row is added as one dense pass instead.
 * The sums are integers, so a score is exactly that of adding every feature (order does not matter).
 */
import { hashFeature, type SparseModel } from "./perceptron.js";

/** Fills `out` with the group's features for the atoms `atoms[0..arity)`; returns how many. */
export type GroupFeatures = (atoms: Int32Array, out: Int32Array) => number;

export class SumRows {
  /** The atoms of the tuple to look up: set `atoms[0..arity)` before calling `row`. */
  readonly atoms: Int32Array;
  private readonly byKey = new Map<number, Int32Array>();
  private readonly features = new Int32Array(32);

  constructor(
    private readonly model: SparseModel,
    private readonly arity: number,
    private readonly group: GroupFeatures,
    private readonly limit = 50_000,
  ) {
    this.atoms = new Int32Array(arity + 2);
  }

  /** The class sums of the group for `atoms`, computed on first use; the atoms follow the sums, as a check. */
  row(): Int32Array {
    const { atoms, arity, model } = this;
    const classes = model.classes;
    let key = hashFeature(arity, atoms[0] as number, atoms[1] as number, atoms[2] as number);
    for (let j = 3; j < arity; j += 2) key = hashFeature(j, key, atoms[j] as number, atoms[j + 1] as number);
    // a small integer key: a Map hashes those fastest (larger numbers are boxed)
    let row = this.byKey.get(key & 0x3fffffff);
    if (row && this.holds(row, classes)) return row;
    if (this.byKey.size >= this.limit) this.byKey.clear();
    row = new Int32Array(classes + arity);
    model.accumulate(this.features, this.group(atoms, this.features), row);
    for (let j = 0; j < arity; j++) row[classes + j] = atoms[j] as number;
    this.byKey.set(key & 0x3fffffff, row);
    return row;
  }

  private holds(row: Int32Array, classes: number): boolean {
    for (let j = 0; j < this.arity; j++) if (row[classes + j] !== this.atoms[j]) return false;
    return true;
  }
}
