import { readFileSync } from "node:fs";
import { buildDocument } from "../src/nlp/document.js";
const text = readFileSync("../shared/examples/seed-xi-putin.txt", "utf8");
const doc = buildDocument(text, { id: "x", title: null, date: null, source: null, url: null });
for (let s = 0; s < doc.sentences.count; s++) console.log(s, doc.sentences.heading[s], doc.sentences.paragraph[s], JSON.stringify(text.slice(doc.sentences.start[s], doc.sentences.end[s])).slice(0, 100));
const lines = readFileSync("../shared/corpus/news-bbc.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string);
let bytes = 0; const t0 = performance.now(); let toks = 0;
for (const t of lines) { bytes += Buffer.byteLength(t); toks += buildDocument(t, { id: "x", title: null, date: null, source: null, url: null }).tokens.count; }
const dt = (performance.now() - t0) / 1000;
console.log(lines.length, (bytes / 1e6 / dt).toFixed(2), "MB/s", (toks / dt).toFixed(0), "tok/s");
