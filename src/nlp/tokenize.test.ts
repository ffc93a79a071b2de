import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenKind, tokenize } from "./tokenize.js";

/** The words of `text` as written, with "@first" after each word split out of a longer written token. */
function words(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const word = text.slice(t.start[i], t.end[i]);
    out.push(t.group[i] === i ? word : `${word}@${t.group[i]}`);
  }
  return out;
}

describe("tokenize: names of every script stay whole", () => {
  it.each([
    ["Turkish", "Erdoğan met Çavuşoğlu in Ağrı.", ["Erdoğan", "met", "Çavuşoğlu", "in", "Ağrı", "."]],
    ["Czech", "Babiš and Zeman spoke in Brno.", ["Babiš", "and", "Zeman", "spoke", "in", "Brno", "."]],
    ["Serbian/Croatian", "Vučić told Plenković: no.", ["Vučić", "told", "Plenković", ":", "no", "."]],
    ["Polish", "Kaczyński visited Łódź.", ["Kaczyński", "visited", "Łódź", "."]],
    ["Vietnamese", "Nguyễn Xuân Phúc arrived.", ["Nguyễn", "Xuân", "Phúc", "arrived", "."]],
    ["Icelandic", "Þórður Ægisson won.", ["Þórður", "Ægisson", "won", "."]],
    ["Cyrillic", "He met Путин (Путін).", ["He", "met", "Путин", "(", "Путін", ")", "."]],
    ["Arabic", "The envoy محمد بن سلمان left.", ["The", "envoy", "محمد", "بن", "سلمان", "left", "."]],
  ])("%s", (_script, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("keeps a decomposed letter (base + combining mark) inside its word", () => {
    const text = "Erdog\u0306an spoke.";
    expect(words(text)).toEqual(["Erdog\u0306an", "spoke", "."]);
  });
});

describe("tokenize: UD English conventions", () => {
  it("splits clitics as EWT does, straight or curly, and groups them with their word", () => {
    expect(words("China's envoy didn't say we'll go")).toEqual([
      "China",
      "'s@0",
      "envoy",
      "did",
      "n't@3",
      "say",
      "we",
      "'ll@6",
      "go",
    ]);
    expect(words("Kyiv’s leader can’t")).toEqual(["Kyiv", "’s@0", "leader", "ca", "n’t@3"]);
  });

  it("splits hyphens between words but keeps listed prefixes", () => {
    expect(words("pro-Russian Russia-Ukraine anti-war")).toEqual(["pro-Russian", "Russia", "-", "Ukraine", "anti-war"]);
  });

  it("keeps abbreviations, initials, numbers, URLs and e-mail addresses whole", () => {
    expect(words("Mr. J. Smith of the U.S. paid $1,200.50 at 3:30 p.m. to a.b@c.org via https://x.org/a?b=1.")).toEqual(
      [
        "Mr.",
        "J.",
        "Smith",
        "of",
        "the",
        "U.S.",
        "paid",
        "$",
        "1,200.50",
        "at",
        "3:30",
        "p.m.",
        "to",
        "a.b@c.org",
        "via",
        "https://x.org/a?b=1",
        ".",
      ],
    );
  });

  it("keeps degrees whose first part has two letters whole, and ends a sentence after them", () => {
    expect(words("She holds a Ph.D. and an Ed.D. from Oslo.")).toEqual([
      "She",
      "holds",
      "a",
      "Ph.D.",
      "and",
      "an",
      "Ed.D.",
      "from",
      "Oslo",
      ".",
    ]);
  });

  it("reads wire-style quotes as punctuation tokens", () => {
    expect(words("He said: ``We'll go.''")).toEqual(["He", "said", ":", "``", "We", "'ll@4", "go", ".", "''"]);
  });

  it("marks token kinds", () => {
    const t = tokenize("Pay 5 dollars, see www.x.org 🙂");
    expect(Array.from(t.kind)).toEqual([
      TokenKind.word,
      TokenKind.number,
      TokenKind.word,
      TokenKind.punctuation,
      TokenKind.word,
      TokenKind.url,
      TokenKind.emoji,
    ]);
  });
});

describe("tokenize: offsets", () => {
  it("gives [start, end) offsets into the original text, never overlapping, skipping only whitespace", () => {
    const text = "\tNAIROBI, Kenya (AP) --\r\nPresident\n  Daniel arap Moi’s “reforms” — 🇰🇪 Œuvre…";
    const t = tokenize(text);
    let last = 0;
    for (let i = 0; i < t.count; i++) {
      const start = t.start[i] as number;
      const end = t.end[i] as number;
      expect(start).toBeGreaterThanOrEqual(last);
      expect(end).toBeGreaterThan(start);
      expect(text.slice(last, start).trim()).toBe("");
      expect(/\s/.test(text.slice(start, end))).toBe(false);
      last = end;
    }
    expect(text.slice(last).trim()).toBe("");
  });

  it("tokenizes a range of the text with offsets into the whole text", () => {
    const text = "skip this. Vučić spoke";
    const t = tokenize(text, 11);
    expect(t.count).toBe(2);
    expect(text.slice(t.start[0], t.end[0])).toBe("Vučić");
  });
});

/** Text of any script, emoji and combining marks, and raw UTF-16 code units (lone surrogates included). */
const ANY_TEXT = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom("a", "'", "’", "-", ".", " ", "n't", "U.S.", "\n", "\t", "ğ", "\u0306", "@"),
    maxLength: 60,
  }),
);

describe("tokenize: any string (fast-check)", () => {
  it("covers every non-space character once, in order, with valid offsets and groups", () => {
    fc.assert(
      fc.property(ANY_TEXT, (text) => {
        const t = tokenize(text);
        let covered = "";
        let last = 0;
        for (let i = 0; i < t.count; i++) {
          const start = t.start[i] as number;
          const end = t.end[i] as number;
          if (start < last || end <= start || end > text.length) return false;
          if (text.slice(last, start).trim() !== "") return false;
          const group = t.group[i] as number;
          if (group > i || (group < i && t.end[i - 1] !== start)) return false;
          covered += text.slice(start, end);
          last = end;
        }
        return text.slice(last).trim() === "" && covered === text.replace(/\s+/g, "");
      }),
      { numRuns: 500 },
    );
  });
});

describe("tokenize: plain ASCII words (the fast path) end as the full rules end them", () => {
  it("keeps hyphen prefixes, abbreviation periods and apostrophe-less clitics, in a range too", () => {
    const text = "Gen. Varno met anti-war Zeltic Corp. staff who cannot stay.";
    expect(words(text)).toEqual([
      "Gen.",
      "Varno",
      "met",
      "anti-war",
      "Zeltic",
      "Corp.",
      "staff",
      "who",
      "can",
      "not@8",
      "stay",
      ".",
    ]);
    // a range that ends just before a hyphen or a period still looks past its end, as the full rules do
    const last = (to: number) => {
      const cut = tokenize(text, 0, to);
      return text.slice(cut.start[cut.count - 1], cut.end[cut.count - 1]);
    };
    expect(last(text.indexOf("-"))).toBe("anti-");
    expect(last(text.indexOf("Corp.") + 4)).toBe("Corp.");
  });
});
