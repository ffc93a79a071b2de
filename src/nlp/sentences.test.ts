import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDocument } from "./document.js";
import { capitalizesAfterCountryAbbreviation, MAX_SENTENCE, splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

interface Sentence {
  text: string;
  paragraph: boolean;
  heading: boolean;
}

function split(text: string): Sentence[] {
  const tokens = tokenize(text);
  const s = splitSentences(text, tokens);
  return Array.from(s.tokenStart, (first, i) => ({
    text: text.slice(tokens.start[first], tokens.end[(s.tokenEnd[i] as number) - 1]),
    paragraph: s.paragraphStart[i] === 1,
    heading: s.heading[i] === 1,
  }));
}

const texts = (text: string) => split(text).map((s) => s.text);

describe("splitSentences", () => {
  it("reads hard-wrapped wire text: soft line breaks continue, tab indents start paragraphs", () => {
    const wire = [
      "KENYA LEADER PROMISES REFORMS",
      "",
      "\tNAIROBI, Kenya (AP) -- President Daniel arap Moi promised on",
      "Tuesday to open the country to more political parties, a move",
      "critics called overdue. ``We will listen,'' he told Mr. Smith",
      "of the U.S. Embassy.",
      "\tThe opposition said it would wait. Gen. Ochieng did not",
      "comment.",
      "",
    ].join("\n");
    const got = split(wire);
    expect(got.map((s) => s.text)).toEqual([
      "KENYA LEADER PROMISES REFORMS",
      "NAIROBI, Kenya (AP) --",
      "President Daniel arap Moi promised on\nTuesday to open the country to more political parties, a move\ncritics called overdue.",
      "``We will listen,'' he told Mr. Smith\nof the U.S. Embassy.",
      "The opposition said it would wait.",
      "Gen. Ochieng did not\ncomment.",
    ]);
    expect(got[0]?.heading).toBe(true);
    expect(got.map((s) => s.paragraph)).toEqual([true, true, false, false, true, false]);
  });

  it("continues a short indented first line that stops mid-sentence, but not a headline", () => {
    const wire = [
      "TALKS RESUME",
      "\tGENEVA (AP) -- Foreign Minister",
      "Ana Ruiz met her counterpart on Monday to discuss the disputed border",
      "crossings and the release of detained fishermen, officials said.",
      "\tThe two sides will meet again next week in the same city, she said.",
      "",
    ].join("\n");
    expect(texts(wire)).toEqual([
      "TALKS RESUME",
      "GENEVA (AP) --",
      "Foreign Minister\nAna Ruiz met her counterpart on Monday to discuss the disputed border\ncrossings and the release of detained fishermen, officials said.",
      "The two sides will meet again next week in the same city, she said.",
    ]);
  });

  it("splits a Reuters dateline off its sentence", () => {
    expect(texts("LONDON, March 3 (Reuters) - Britain said on Monday it would act.")).toEqual([
      "LONDON, March 3 (Reuters) -",
      "Britain said on Monday it would act.",
    ]);
  });

  it("ends list items and short lines at their line break", () => {
    const got = split("Key points:\n- Sanctions on Iran\n- Talks in Vienna\n\nThe Treasury said so.");
    expect(got.map((s) => s.text)).toEqual([
      "Key points:",
      "- Sanctions on Iran",
      "- Talks in Vienna",
      "The Treasury said so.",
    ]);
    expect(got[3]?.paragraph).toBe(true);
  });

  it("treats each line break as hard in text that is not hard-wrapped", () => {
    expect(texts("Moscow responds\nRussia rejected the plan on Friday.\nKyiv welcomed it.")).toEqual([
      "Moscow responds",
      "Russia rejected the plan on Friday.",
      "Kyiv welcomed it.",
    ]);
  });

  it("keeps titles and closing quotes with their sentence; ends after ! and ? inside quotes", () => {
    expect(texts('"Enough!" she said. Dr. Ruto agreed? He left.')).toEqual([
      '"Enough!" she said.',
      "Dr. Ruto agreed?",
      "He left.",
    ]);
  });

  it("does not end a sentence at an abbreviation before a capitalized name", () => {
    expect(texts("It acted on Jan. 5 with the U.S. Treasury in Washington.")).toHaveLength(1);
  });

  it("keeps a title-case phrase after an abbreviation in its sentence, and still ends one before an opener", () => {
    // With the word clusters "Trade" and "The" are usually written in lower case, so only what follows tells.
    const sentencesOf = (text: string) => {
      const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
      return Array.from(doc.sentences.start, (start, i) => text.slice(start, doc.sentences.end[i]));
    };
    expect(sentencesOf("Lars Dahl met U.S. Trade Representative Ana Berg in Oslo.")).toHaveLength(1);
    expect(sentencesOf("Farmers sold grain to the U.S. And Canada last year.")).toHaveLength(1);
    expect(sentencesOf("The talks were held in the U.S. Trade ministers met later.")).toEqual([
      "The talks were held in the U.S.",
      "Trade ministers met later.",
    ]);
    expect(sentencesOf("Exports went to the U.S. The White House said so.")).toHaveLength(2);
  });

  it("does not end a sentence of two or three words at an abbreviation ('Senior U.S. Officials have…')", () => {
    const sentencesOf = (text: string) => {
      const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
      return Array.from(doc.sentences.start, (start, i) => text.slice(start, doc.sentences.end[i]));
    };
    expect(sentencesOf("It rained. Senior U.S. Officials have warned Gondor.")).toEqual([
      "It rained.",
      "Senior U.S. Officials have warned Gondor.",
    ]);
    expect(sentencesOf("Two senior U.S. Officials met Rohan.")).toHaveLength(1);
    expect(sentencesOf("Grain went to the U.S. Officials said so.")).toHaveLength(2);
  });

  it("reads copy that capitalizes every word after 'U.S.' as going on, not as new sentences", () => {
    const texts = (text: string) => {
      const doc = buildDocument(text, { id: "t", title: null, date: null, source: null, url: null });
      return Array.from(doc.sentences.start, (start, i) => text.slice(start, doc.sentences.end[i]));
    };
    const copy =
      "Kenya urged the U.S. To raise its aid to 90 mln U.S. Dlrs this year. Ndovu then flew to the U.S. He met bankers.";
    expect(capitalizesAfterCountryAbbreviation(copy)).toBe(true);
    expect(texts(copy)).toEqual([
      "Kenya urged the U.S. To raise its aid to 90 mln U.S. Dlrs this year.",
      "Ndovu then flew to the U.S.",
      "He met bankers.",
    ]);
    // ordinary copy writes "U.S. economy": there a capitalized "To" after "U.S." starts a sentence
    const ordinary = "The U.S. economy grew. Exports went to the U.S. To counter this, Lindor cut its prices.";
    expect(capitalizesAfterCountryAbbreviation(ordinary)).toBe(false);
    expect(texts(ordinary)).toHaveLength(3);
    // one capitalized noun is no evidence of the habit
    expect(capitalizesAfterCountryAbbreviation("Grain went to the U.S. Officials said so.")).toBe(false);
  });

  it("caps unpunctuated text at MAX_SENTENCE words", () => {
    const words = Array.from({ length: 2 * MAX_SENTENCE + 10 }, (_, i) => `w${i}`).join(" ");
    const tokens = tokenize(words);
    const s = splitSentences(words, tokens);
    expect(s.tokenStart.length).toBe(3);
    for (let i = 0; i < s.tokenStart.length; i++) {
      expect((s.tokenEnd[i] as number) - (s.tokenStart[i] as number)).toBeLessThanOrEqual(MAX_SENTENCE);
    }
  });
});

describe("splitSentences: any text (fast-check)", () => {
  it("partitions the tokens into non-empty sentences in order, none over MAX_SENTENCE", () => {
    const line = fc.string({
      unit: fc.constantFrom(
        "Word",
        "word",
        ".",
        "?",
        "U.S.",
        "Mr.",
        "``",
        "''",
        '"',
        " ",
        "\n",
        "\n\n",
        "\t",
        "- ",
        "LONDON (AP) -- ",
      ),
      maxLength: 80,
    });
    fc.assert(
      fc.property(line, (text) => {
        const tokens = tokenize(text);
        const s = splitSentences(text, tokens);
        let next = 0;
        for (let i = 0; i < s.tokenStart.length; i++) {
          const from = s.tokenStart[i] as number;
          const to = s.tokenEnd[i] as number;
          if (from !== next || to <= from || to - from > MAX_SENTENCE) return false;
          next = to;
        }
        return next === tokens.count;
      }),
      { numRuns: 500 },
    );
  });
});
