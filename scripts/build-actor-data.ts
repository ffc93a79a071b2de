/**
 * Builds data/actors/countries.json from the installed `world-countries` package (names, ISO3 codes, alternative
 * spellings, English demonyms, capitals) plus the hand-written data/actors/country-extras.json (CAMEO codes that
 * differ from ISO3, short forms, metonyms, seats of power). Run: `npx tsx scripts/build-actor-data.ts`.
 *
 * The output is committed data, so the stage never depends on the package layout at run time and a diff of
 * countries.json shows exactly what changed when the package is upgraded.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  independent?: boolean;
}

interface CountryExtra {
  names?: string[];
  adjectives?: string[];
  plurals?: string[];
  metonyms?: string[];
  seats?: [string, string][];
  /**
   * The state the country was part of until `until` (inclusive), whose code the country, its capital and its seats
   * carry in articles dated before: Russia, Moscow and the Kremlin in 1987 are the Soviet Union's (SUN, SUNGOV).
   */
  predecessor?: { code: string; until: string };
  /** Another country with a place of the same name (Georgia, a US state): see ActorEntry.homonymOf. */
  homonymOf?: string;
}

interface Extras {
  version: string;
  cameo: Record<string, string>;
  /** Office words news writes bare for the state's own institution ("Congress": "LEG", or "LEG ..2000-01-30"). */
  offices?: Record<string, Record<string, string>>;
  countries: Record<string, CountryExtra>;
}

/**
 * "LEG ..2000-01-30" → { role: "LEG", until: "2000-01-30" }: the role, and the day the institution ended.
 * "LEG ..1972-09-23, 1987-02-02.." → { role, windows: [{ to }, { from }] }: an institution that was suspended
 * and came back (the Philippine Congress under martial law); FROM inclusive, TO exclusive.
 */
function officeFields(spec: Record<string, string> | undefined): object {
  if (!spec) return {};
  const offices: Record<string, { role: string; until?: string; windows?: { from?: string; to?: string }[] }> = {};
  const windowRe = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;
  for (const [word, value] of Object.entries(spec)) {
    const m = /^([A-Z]{3})(?: (.+))?$/.exec(value);
    const windows = (m?.[2] ?? "").split(",").map((w) => w.trim()).filter((w) => w !== "").map((w) => windowRe.exec(w));
    if (!m || windows.some((w) => w === null)) throw new Error(`country-extras.json offices: bad value for ${word}: ${value}`);
    const spans = (windows as RegExpExecArray[]).map((w) => ({ ...(w[1] ? { from: w[1] } : {}), ...(w[2] ? { to: w[2] } : {}) }));
    const role = m[1] as string;
    const only = spans.length === 1 ? spans[0] : undefined;
    if (spans.length === 0) offices[word] = { role };
    else if (only?.to && !only.from) offices[word] = { role, until: only.to };
    else offices[word] = { role, windows: spans };
  }
  return { offices };
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const countries = require("world-countries/countries.json") as WorldCountry[];
const pkgVersion = (require("world-countries/package.json") as { version: string }).version;
const extras = JSON.parse(readFileSync(join(root, "data/actors/country-extras.json"), "utf8")) as Extras;

/** Alternative spellings worth matching: Latin script, no inverted "Korea, Republic of" forms, not 2-letter codes. */
function usableSpelling(s: string): boolean {
  if (s.length < 3 || s.includes(",") || s.includes("(")) return false;
  const ascii = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return /^[A-Za-z][A-Za-z .'-]+$/.test(ascii);
}

/** English plural of a demonym used as a noun ("Israeli" → "Israelis"); "-ese"/"-ish"/"-ch" forms have none. */
function demonymPlural(d: string): string | null {
  // several capitalized words too ("South Korean" → "South Koreans", "New Zealander"), not alternatives ("X or Y")
  if (!/^[A-Z][a-z']*(?:[ -][A-Za-z][a-z']*)*[a-z]$/.test(d) || / or /.test(d) || /(ese|ish|ch|ss|s)$/.test(d))
    return null;
  // "Frenchman" → "Frenchmen", "Frenchwoman" → "Frenchwomen" ("German" → "Germans").
  if (/(h|wo)man$/.test(d)) return `${d.slice(0, -3)}men`;
  return `${d}s`;
}

/** The day after an ISO date. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `code` (with a role suffix), or dated windows when the country had a predecessor state. */
function codeFields(code: string, extra: CountryExtra, role = ""): { code: string } | { codes: object[] } {
  const p = extra.predecessor;
  if (!p) return { code: `${code}${role}` };
  return { codes: [{ code: `${p.code}${role}`, to: p.until }, { code: `${code}${role}`, from: dayAfter(p.until) }] };
}

const uniq = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x && x.trim() !== ""))];

/** Demonyms of sovereign states. A dependent territory sharing one ("French" for the French Southern Territories,
 * "American" for American Samoa) would otherwise claim every "French troops" in the news, so it loses it. */
const sovereignDemonyms = new Set(
  countries
    .filter((c) => c.independent === true)
    .flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
    .filter((d): d is string => !!d)
    .map((d) => d.toLowerCase()),
);

const entries: unknown[] = [];
for (const c of countries) {
  const code = extras.cameo[c.cca3] ?? c.cca3;
  const extra = extras.countries[code] ?? extras.countries[c.cca3] ?? {};
  const own = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(
    (d) => c.independent === true || !sovereignDemonyms.has((d ?? "").toLowerCase()),
  );
  const demonyms = uniq([...own, ...(extra.adjectives ?? [])]);
  const names = uniq([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter(usableSpelling), ...(extra.names ?? [])]);
  entries.push({
    id: `country:${code}`,
    kind: "country",
    name: c.name.common,
    ...codeFields(code, extra),
    country: code,
    names,
    adjectives: demonyms,
    plurals: uniq([...demonyms.map(demonymPlural), ...(extra.plurals ?? [])]),
    // Capitals stand for their government in news ("Beijing said"); they are names of the country entity.
    metonyms: uniq([...(c.capital ?? []), ...(extra.metonyms ?? [])]),
    ...(extra.homonymOf ? { homonymOf: extra.homonymOf } : {}),
    ...officeFields(extras.offices?.[code]),
  });
  for (const [seat, seatCode] of extra.seats ?? []) {
    entries.push({
      id: `seat:${code}:${seat.toLowerCase().replace(/\s+/g, "-")}`,
      kind: "organization",
      name: seat,
      ...codeFields(seatCode.slice(0, 3), extra, seatCode.slice(3)),
      country: code,
      role: seatCode.slice(3, 6) || null,
      names: [seat, `the ${seat}`],
    });
  }
}

const out = {
  format: "dyad-actors",
  version: `countries-${extras.version}+world-countries-${pkgVersion}`,
  about:
    "Generated by scripts/build-actor-data.ts from the world-countries package and data/actors/country-extras.json. Do not edit by hand.",
  entries,
};
writeFileSync(join(root, "data/actors/countries.json"), `${JSON.stringify(out, null, 1)}\n`);
process.stdout.write(`wrote data/actors/countries.json: ${entries.length} entries\n`);
