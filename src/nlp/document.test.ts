import { describe, expect, it } from "vitest";
import { buildDocument, sentenceAt, straightenQuotes, tokenAt, tokenSpan } from "./document.js";

const meta = { id: "t", title: null, date: null, source: null, url: null };

function sentencesOf(text: string): string[] {
  const doc = buildDocument(text, meta);
  return Array.from(doc.sentences.start, (s, i) => text.slice(s, doc.sentences.end[i]));
}

describe("buildDocument", () => {
  it("gives every token an offset that points at its exact characters", () => {
    const text = "Les Échos said: “It’s done.”\n\nDr. Smith   met Mr. Jones in Jan. 2025 — twice. 🚀 Then left.";
    const doc = buildDocument(text, meta);
    expect(doc.tokens.count).toBeGreaterThan(10);
    for (let i = 0; i < doc.tokens.count; i++) {
      expect(text.slice(doc.tokens.start[i], doc.tokens.end[i])).toBe(doc.tokens.value[i]);
    }
  });

  it.each([
    [
      "headline line",
      "Leaders meet in Paris\nThe two leaders met on Monday.",
      ["Leaders meet in Paris", "The two leaders met on Monday."],
    ],
    [
      "caption between headline and body",
      "Talks resume\nThe minister (Photo: Agency)\nTalks resumed today. Both sides agreed.",
      ["Talks resume", "The minister (Photo: Agency)", "Talks resumed today.", "Both sides agreed."],
    ],
    ["blank-line paragraphs", "First one. Second one.\n\nThird one.", ["First one.", "Second one.", "Third one."]],
  ])("splits sentences at line breaks: %s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("marks one-line segments without closing punctuation as headings", () => {
    const doc = buildDocument("Russia–China cooperation\nThey met in May.", meta);
    expect(Array.from(doc.sentences.heading)).toEqual([1, 0]);
  });

  it("tokenizes and tags curly and straight apostrophes alike", () => {
    const curly = buildDocument("China’s Foreign Ministry said it’s “final”.", meta);
    const straight = buildDocument("China's Foreign Ministry said it's \"final\".", meta);
    expect(curly.tokens.norm).toEqual(straight.tokens.norm);
    expect(curly.tokens.pos).toEqual(straight.tokens.pos);
    expect(curly.tokens.value[1]).toBe("’s");
    expect(curly.tokens.norm[1]).toBe("'s");
  });

  it("assigns paragraphs: blank lines when present, else one per line", () => {
    const byBlank = buildDocument("A b c.\nD e f.\n\nG h i.", meta);
    expect(Array.from(byBlank.sentences.paragraph)).toEqual([0, 0, 1]);
    const byLine = buildDocument("A b c.\nD e f.\nG h i.", meta);
    expect(Array.from(byLine.sentences.paragraph)).toEqual([0, 1, 2]);
  });

  it("provides lemmas and POS", () => {
    const doc = buildDocument("The ministers said they met.", meta);
    expect(doc.tokens.lemma[2]).toBe("say");
    expect(doc.tokens.lemma[4]).toBe("meet");
    expect(doc.tokens.pos[2]).toBe("VERB");
  });

  it("is frozen", () => {
    const doc = buildDocument("Text here.", meta);
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.tokens)).toBe(true);
  });

  it("maps offsets back to tokens and sentences", () => {
    const text = "One two. Three four.";
    const doc = buildDocument(text, meta);
    const t = tokenAt(doc, text.indexOf("four"));
    expect(doc.tokens.value[t]).toBe("four");
    expect(sentenceAt(doc, text.indexOf("Three"))).toBe(1);
    expect(tokenSpan(doc, 0, 2).text).toBe("One two");
  });

  it("straightens quotes without changing length", () => {
    const s = "‘a’ “b” ′";
    expect(straightenQuotes(s)).toHaveLength(s.length);
    expect(straightenQuotes(s)).toBe("'a' \"b\" '");
  });

  it("handles empty and whitespace-only text", () => {
    expect(buildDocument("", meta).sentences.count).toBe(0);
    expect(buildDocument("  \n\n ", meta).tokens.count).toBe(0);
  });
});

describe("syntax columns", () => {
  it("gives every sentence one tree: one root, heads inside the sentence, no cycles", () => {
    const text =
      "President Erdoğan met Vučić in Ankara on Tuesday. The two leaders didn't sign the deal, officials said.\n\nTalks resume in May.";
    const doc = buildDocument(text, meta);
    for (let s = 0; s < doc.sentences.count; s++) {
      const from = doc.sentences.tokenStart[s] as number;
      const to = doc.sentences.tokenEnd[s] as number;
      const roots = [];
      for (let t = from; t < to; t++) {
        const h = doc.tokens.head[t] as number;
        if (h === -1) roots.push(t);
        else expect(h >= from && h < to).toBe(true);
        let x = t;
        for (let steps = 0; x !== -1; steps++) {
          expect(steps).toBeLessThan(to - from + 1);
          x = doc.tokens.head[x] as number;
        }
      }
      expect(roots).toHaveLength(1);
      expect(doc.tokens.deprel[roots[0] as number]).toBe("root");
    }
  });

  it("reads subject and object off the parse", () => {
    const doc = buildDocument("Russia attacked Ukraine.", meta);
    const v = doc.tokens.value;
    const met = v.indexOf("attacked");
    expect(doc.tokens.head[v.indexOf("Russia")]).toBe(met);
    expect(doc.tokens.deprel[v.indexOf("Russia")]).toBe("nsubj");
    expect(doc.tokens.head[v.indexOf("Ukraine")]).toBe(met);
    expect(doc.tokens.deprel[v.indexOf("Ukraine")]).toBe("obj");
  });

  it("keeps the written word of split contractions in the group column", () => {
    const doc = buildDocument("They didn't go.", meta);
    const v = doc.tokens.value;
    expect(v.slice(0, 3)).toEqual(["They", "did", "n't"]);
    expect(Array.from(doc.tokens.group.slice(0, 3))).toEqual([0, 1, 1]);
    expect(doc.tokens.xpos[1]).toBe("VBD");
  });

  it("keeps names in any script whole", () => {
    const doc = buildDocument("Erdoğan, Babiš, Kaczyński, Þórður, Nguyễn and Путин spoke.", meta);
    expect(doc.tokens.value.filter((_, i) => doc.tokens.type[i] === "word")).toEqual([
      "Erdoğan",
      "Babiš",
      "Kaczyński",
      "Þórður",
      "Nguyễn",
      "and",
      "Путин",
      "spoke",
    ]);
  });

  it("reads hard-wrapped wire text as whole sentences and splits off the dateline", () => {
    const wrapped = [
      "\tNAIROBI, Kenya (AP) -- President Daniel arap Moi on Tuesday named a new",
      "cabinet and dropped two ministers who had been accused of corruption by",
      "opposition leaders and foreign donors in recent weeks, officials said.",
      "\tThe changes take effect at once, according to a statement read on",
      "national radio on Tuesday evening by the head of the civil service.",
    ].join("\n");
    expect(sentencesOf(wrapped)).toEqual([
      "NAIROBI, Kenya (AP) --",
      "President Daniel arap Moi on Tuesday named a new\ncabinet and dropped two ministers who had been accused of corruption by\nopposition leaders and foreign donors in recent weeks, officials said.",
      "The changes take effect at once, according to a statement read on\nnational radio on Tuesday evening by the head of the civil service.",
    ]);
  });
});

describe("purity", () => {
  it("gives the same tokens and tags for the same text whatever was read before", () => {
    const tokens = (text: string) => {
      const t = buildDocument(text, meta).tokens;
      return t.value.map((v, i) => `${v}/${t.pos[i]}/${t.head[i]}`).join(" | ");
    };
    const probe = "Harlow & Dorvan's (H&D) cut the rating of Quillby's bonds.";
    const first = tokens(probe);
    expect(first).toContain("Dorvan/");
    // other texts with the same words first (the word-atom cache must not change results)
    for (const primer of ["A note from Dorvan's.", "Dorvan's, Quillby's.", "(Dorvan's) and (Quillby's)", "Dorvan's"]) {
      tokens(primer);
    }
    expect(tokens(probe)).toBe(first);
  });
});
