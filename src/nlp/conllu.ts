/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html), for training, for `npm run eval`
 * and for `dyad parse --input-format conllu`. Only what Dyad needs is kept: the syntactic words with their ten
 * columns, multiword-token ranges (so a file's surface tokens can be written back), the sentence's comments and
 * the document/paragraph marks. Empty nodes (`8.1`) belong to enhanced dependencies and are skipped.
 */

export interface ConlluWord {
  /** 1-based word index within the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A multiword token (`3-4 don't`): its surface form covers words `first`..`last`. */
export interface ConlluRange {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading `# `, in file order. */
  comments: string[];
  words: ConlluWord[];
  ranges: ConlluRange[];
  /** The value of `# sent_id`, or "" when absent. */
  id: string;
  /** The value of `# text`, or "" when absent. */
  text: string;
  /** The value of `# newdoc id` when this sentence starts a document (`""` for a bare `# newdoc`), else undefined. */
  newdoc?: string;
  /** True when the sentence starts a paragraph (`# newpar`). */
  newpar: boolean;
}

/** Thrown for malformed input; the message names the line. */
export class ConlluError extends Error {
  constructor(message: string, line: number, source: string) {
    super(`${source}:${line}: ${message}`);
    this.name = "ConlluError";
  }
}

function commentValue(comment: string, key: string): string | undefined {
  if (!comment.startsWith(key)) return undefined;
  const rest = comment.slice(key.length);
  if (rest === "") return "";
  const m = /^\s*=\s?(.*)$/.exec(rest);
  return m ? (m[1] as string) : undefined;
}

function emptySentence(): ConlluSentence {
  return { comments: [], words: [], ranges: [], id: "", text: "", newpar: false };
}

function readComment(sentence: ConlluSentence, comment: string): void {
  sentence.comments.push(comment);
  const id = commentValue(comment, "sent_id");
  if (id !== undefined) sentence.id = id;
  const text = commentValue(comment, "text");
  if (text !== undefined) sentence.text = text;
  const doc = commentValue(comment, "newdoc id") ?? (comment === "newdoc" ? "" : undefined);
  if (doc !== undefined) sentence.newdoc = doc;
  if (comment === "newpar" || comment.startsWith("newpar ")) sentence.newpar = true;
}

function readWordLine(sentence: ConlluSentence, cols: string[], lineNo: number, source: string): void {
  const idField = cols[0] as string;
  if (/^\d+-\d+$/.test(idField)) {
    const [first, last] = idField.split("-").map(Number) as [number, number];
    sentence.ranges.push({ first, last, form: cols[1] as string, misc: cols[9] as string });
    return;
  }
  if (/^\d+\.\d+$/.test(idField)) return; // empty node of the enhanced graph
  if (!/^\d+$/.test(idField)) throw new ConlluError(`bad word id '${idField}'`, lineNo, source);
  const head = cols[6] === "_" ? -1 : Number(cols[6]);
  if (!Number.isInteger(head)) throw new ConlluError(`bad head '${cols[6]}'`, lineNo, source);
  sentence.words.push({
    id: Number(idField),
    form: cols[1] as string,
    lemma: cols[2] as string,
    upos: cols[3] as string,
    xpos: cols[4] as string,
    feats: cols[5] as string,
    head,
    deprel: cols[7] as string,
    deps: cols[8] as string,
    misc: cols[9] as string,
  });
}

/** Parses a whole CoNLL-U file. `source` names the input in error messages. */
export function parseConllu(content: string, source = "input"): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current = emptySentence();
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") {
      if (current.words.length > 0) sentences.push(current);
      else if (current.comments.length > 0) throw new ConlluError("comments without words", i + 1, source);
      current = emptySentence();
      continue;
    }
    if (line.startsWith("#")) {
      readComment(current, line.replace(/^#\s?/, ""));
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10)
      throw new ConlluError(`expected 10 tab-separated columns, found ${cols.length}`, i + 1, source);
    readWordLine(current, cols, i + 1, source);
  }
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

/** True when the word is followed by no space in the original text (`SpaceAfter=No` in MISC). */
export function noSpaceAfter(misc: string): boolean {
  return misc.split("|").includes("SpaceAfter=No");
}

function wordLine(w: ConlluWord): string {
  const head = w.head < 0 ? "_" : String(w.head);
  return [w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join("\t");
}

/** Writes sentences back as CoNLL-U: comments, multiword ranges before their first word, words. */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (const c of s.comments) out.push(`# ${c}`);
    const rangeAt = new Map(s.ranges.map((r) => [r.first, r]));
    for (const w of s.words) {
      const r = rangeAt.get(w.id);
      if (r) out.push([`${r.first}-${r.last}`, r.form, "_", "_", "_", "_", "_", "_", "_", r.misc].join("\t"));
      out.push(wordLine(w));
    }
    out.push("");
  }
  return `${out.join("\n")}\n`;
}
