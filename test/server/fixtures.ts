/**
 * Invented test articles (no real news text), coded by hand so the server and UI can be tested before and
 * independently of the NLP stages. Spans are computed from the text, so they are always exact.
 */
import type { CodedArticle, CodedEvent, Span } from "../../src/contract.js";

function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: '${needle}' #${nth} not in text`);
  }
  return { start, end: start + needle.length, text: needle };
}

function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[^\n]+/g)) {
    start = m.index ?? 0;
    out.push({ start, end: start + m[0].length });
  }
  return out;
}

function sentenceOf(text: string, offset: number): number {
  return sentences(text).findIndex((s) => s.start <= offset && offset < s.end);
}

export const FIXTURE_TEXT = [
  "Norway and Chile sign fisheries pact",
  "Norwegian Prime Minister Ingrid Sandvik and Chilean President Mateo Rojas signed a fisheries agreement in Oslo on Monday, officials said.",
  '"This agreement protects our oceans and our fishing towns," Sandvik said.',
  "Rojas praised Norway for its long support, according to the Chilean foreign ministry.",
  "Norwegian inspectors accused a Chilean trawler company of overfishing last year.",
].join("\n");

export function fixtureArticle(): CodedArticle {
  const text = FIXTURE_TEXT;
  const m = (needle: string, nth = 0, form: "name" | "nominal" | "pronoun" | "demonym" = "name") => ({
    ...at(text, needle, nth),
    form,
  });
  const ev = (e: Omit<CodedEvent, "sentence">): CodedEvent => ({ ...e, sentence: sentenceOf(text, e.trigger.start) });
  const signed = at(text, "signed");
  const praised = at(text, "praised");
  const accused = at(text, "accused");
  return {
    article: {
      id: "fixture-1",
      title: "Norway and Chile sign fisheries pact",
      date: "2025-03-03",
      source: "example.org",
      url: null,
    },
    text,
    sentences: sentences(text),
    entities: [
      {
        id: "E1",
        name: "Ingrid Sandvik",
        kind: "person",
        actor: "NORGOV",
        country: "NOR",
        role: "GOV",
        mentions: [m("Ingrid Sandvik"), m("Sandvik", 1)],
      },
      {
        id: "E2",
        name: "Mateo Rojas",
        kind: "person",
        actor: "CHLGOV",
        country: "CHL",
        role: "GOV",
        mentions: [m("Mateo Rojas"), m("Rojas", 1)],
      },
      {
        id: "E3",
        name: "Norway",
        kind: "country",
        actor: "NOR",
        country: "NOR",
        role: null,
        mentions: [m("Norway"), m("Norway", 1)],
      },
      {
        id: "E4",
        name: "Chilean foreign ministry",
        kind: "organization",
        actor: "CHLGOV",
        country: "CHL",
        role: "GOV",
        mentions: [m("Chilean foreign ministry")],
      },
      {
        id: "E5",
        name: "Chilean trawler company",
        kind: "organization",
        actor: "CHLBUS",
        country: "CHL",
        role: "BUS",
        mentions: [m("a Chilean trawler company", 0, "nominal")],
      },
    ],
    quotes: [
      {
        id: "Q1",
        type: "direct",
        speaker: { ...at(text, "Sandvik", 1), entity: "E1" },
        cue: at(text, "said", 1),
        content: [at(text, "This agreement protects our oceans and our fishing towns,")],
        certainty: "asserted",
        negated: false,
      },
    ],
    attributions: [
      {
        id: "A1",
        source: { ...at(text, "the Chilean foreign ministry"), entity: "E4" },
        cue: at(text, "according to"),
        content: [at(text, "Rojas praised Norway for its long support")],
        certainty: "reported",
        negated: false,
      },
    ],
    events: [
      ev({
        id: "V1",
        code: "057",
        name: "Sign formal agreement",
        plover: "AGREE",
        goldstein: 8,
        quad: 1,
        source: { ...at(text, "Ingrid Sandvik"), entity: "E1", actor: "NORGOV" },
        target: { ...at(text, "Mateo Rojas"), entity: "E2", actor: "CHLGOV" },
        trigger: signed,
        date: "2025-03-03",
        asserted_by: [],
        certainty: "reported",
        negated: false,
        rule: "verb:sign@fixture",
      }),
      ev({
        id: "V2",
        code: "051",
        name: "Praise or endorse",
        plover: "CONSULT",
        goldstein: 3.4,
        quad: 1,
        source: { ...at(text, "Rojas", 1), entity: "E2", actor: "CHLGOV" },
        target: { ...at(text, "Norway", 1), entity: "E3", actor: "NOR" },
        trigger: praised,
        date: "2025-03-03",
        asserted_by: ["E4"],
        certainty: "reported",
        negated: false,
        rule: "verb:praise@fixture",
      }),
      ev({
        id: "V3",
        code: "112",
        name: "Accuse",
        plover: "ACCUSE",
        goldstein: -2,
        quad: 3,
        source: { ...at(text, "Norwegian inspectors"), entity: null, actor: "NORGOV" },
        target: { ...at(text, "a Chilean trawler company"), entity: "E5", actor: "CHLBUS" },
        trigger: accused,
        date: "2025-03-03",
        asserted_by: [],
        certainty: "asserted",
        negated: false,
        rule: "verb:accuse@fixture",
      }),
    ],
    versions: { dyad: "fixture" },
  };
}

export const FIXTURE2_TEXT = [
  "Chile sends aid after storm",
  "Chile delivered emergency supplies to Norway after the storm, the agency reported.",
  "The Chilean navy seized a Norwegian vessel near the coast, witnesses said.",
  "Officials in Oslo may protest the seizure next week.",
].join("\n");

export function fixtureArticle2(): CodedArticle {
  const text = FIXTURE2_TEXT;
  const ev = (e: Omit<CodedEvent, "sentence">): CodedEvent => ({ ...e, sentence: sentenceOf(text, e.trigger.start) });
  return {
    article: {
      id: "fixture-2",
      title: "Chile sends aid after storm",
      date: "2025-04-10",
      source: "news.example",
      url: "https://news.example/aid",
    },
    text,
    sentences: sentences(text),
    entities: [
      {
        id: "E1",
        name: "Chile",
        kind: "country",
        actor: "CHL",
        country: "CHL",
        role: null,
        mentions: [{ ...at(text, "Chile", 1), form: "name" }],
      },
      {
        id: "E2",
        name: "Norway",
        kind: "country",
        actor: "NOR",
        country: "NOR",
        role: null,
        mentions: [{ ...at(text, "Norway"), form: "name" }],
      },
      {
        id: "E3",
        name: "Chilean navy",
        kind: "organization",
        actor: "CHLMIL",
        country: "CHL",
        role: "MIL",
        mentions: [{ ...at(text, "The Chilean navy"), form: "name" }],
      },
    ],
    quotes: [],
    attributions: [],
    events: [
      ev({
        id: "V1",
        code: "0233",
        name: "Provide humanitarian aid",
        plover: "AID",
        goldstein: 7.4,
        quad: 2,
        source: { ...at(text, "Chile", 1), entity: "E1", actor: "CHL" },
        target: { ...at(text, "Norway"), entity: "E2", actor: "NOR" },
        trigger: at(text, "delivered"),
        date: "2025-04-10",
        asserted_by: [],
        certainty: "reported",
        negated: false,
        rule: "verb:deliver@fixture",
      }),
      ev({
        id: "V2",
        code: "171",
        name: "Seize or damage property",
        plover: "SEIZE",
        goldstein: -9.2,
        quad: 4,
        source: { ...at(text, "The Chilean navy"), entity: "E3", actor: "CHLMIL" },
        target: { ...at(text, "a Norwegian vessel"), entity: null, actor: "NOR" },
        trigger: at(text, "seized"),
        date: "2025-04-10",
        asserted_by: [],
        certainty: "reported",
        negated: false,
        rule: "verb:seize@fixture",
      }),
    ],
    versions: { dyad: "fixture" },
  };
}

/** A hostile article: markup and attribute-injection strings that must only ever appear as text. */
export const HOSTILE_TEXT = [
  'Officials said <script>window.__pwned=1;alert("xss")</script> the talks went well.',
  'A spokesman named " onmouseover="alert(1)" x=" said "<img src=x onerror=alert(2)> is not a place".',
  "Norway praised Chile <svg onload=alert(3)> for its help, according to <b>Reuters</b>.",
].join("\n");

/** The hostile text coded by hand so that entity names, quotes, titles and rules all carry markup. */
export function hostileArticle(): CodedArticle {
  const text = HOSTILE_TEXT;
  const sents = sentences(text);
  const attr = '" onmouseover="alert(1)" x="';
  return {
    article: {
      id: "hostile-1",
      title: '<script>alert("title")</script><img src=x onerror=alert(5)>',
      date: "2025-05-05",
      source: '"><img src=x onerror=alert(6)>',
      url: "javascript:alert(7)",
    },
    text,
    sentences: sents,
    entities: [
      {
        id: "E1",
        name: attr,
        kind: "person",
        actor: "NORGOV",
        country: "NOR",
        role: "GOV",
        mentions: [{ ...at(text, attr), form: "name" }],
      },
      {
        id: "E2",
        name: "Norway",
        kind: "country",
        actor: "NOR",
        country: "NOR",
        role: null,
        mentions: [{ ...at(text, "Norway"), form: "name" }],
      },
      {
        id: "E3",
        name: "<svg onload=alert(3)>",
        kind: "country",
        actor: "CHL",
        country: "CHL",
        role: null,
        mentions: [{ ...at(text, "Chile"), form: "name" }],
      },
      {
        id: "E4",
        name: "<b>Reuters</b>",
        kind: "organization",
        actor: "MED",
        country: null,
        role: "MED",
        mentions: [{ ...at(text, "<b>Reuters</b>"), form: "name" }],
      },
    ],
    quotes: [
      {
        id: "Q1",
        type: "direct",
        speaker: { ...at(text, attr), entity: "E1" },
        cue: at(text, "said", 1),
        content: [at(text, "<img src=x onerror=alert(2)> is not a place")],
        certainty: "asserted",
        negated: false,
      },
    ],
    attributions: [
      {
        id: "A1",
        source: { ...at(text, "<b>Reuters</b>"), entity: "E4" },
        cue: at(text, "according to"),
        content: [at(text, "Norway praised Chile <svg onload=alert(3)> for its help")],
        certainty: "reported",
        negated: false,
      },
    ],
    events: [
      {
        id: "V1",
        code: "051",
        name: "<img src=x onerror=alert(8)>",
        plover: null,
        goldstein: 3.4,
        quad: 1,
        source: { ...at(text, "Norway"), entity: "E2", actor: "NOR" },
        target: { ...at(text, "Chile"), entity: "E3", actor: "CHL" },
        trigger: at(text, "praised"),
        sentence: 2,
        date: "2025-05-05",
        asserted_by: ["E4", "E1"],
        certainty: "reported",
        negated: false,
        rule: "<script>alert(9)</script>",
      },
    ],
  };
}
