/**
 * Credits are not actors: photo credits and captions' credit tags ("(Photo: Reuters/Murad Sezer)", "AP Photo/Jane
 * Roe", "(Getty Images)", "Getty Images"), bylines ("By John Smith"), agency tags after a dateline ("LONDON
 * (Reuters) -"), and the reporting/editing lines that close wire stories ("Reporting by X; Editing by Y"). The
 * actors stage reads no mention inside them; the names in them are the photographer's or the writer's, not the
 * story's.
 */
import type { Document } from "../nlp/document.js";

/** News and photo agencies whose names make up credit tags. */
const AGENCIES = [
  "Reuters",
  "AP",
  "AFP",
  "UPI",
  "EPA",
  "EPA-EFE",
  "EFE",
  "Xinhua",
  "dpa",
  "DPA",
  "ANSA",
  "TASS",
  "Bloomberg",
  "Getty Images",
  "Getty",
  "Shutterstock",
  "Alamy",
  "Sipa",
  "Pool",
  "AAP",
  "PA",
  "Kyodo",
  "Yonhap",
  "Anadolu",
  "Anadolu Agency",
  "NurPhoto",
  "Zuma",
  "ZUMA Press",
  "IRNA",
  "WANA",
].join("|");

const PHOTO_WORDS =
  "photo|photos|photograph|photographs|picture|pictures|image|images|file photo|credit|credits|video|illustration|graphic|courtesy";

const PATTERNS: RegExp[] = [
  // A parenthesis or bracket that credits a picture or is only an agency: "(Photo: Reuters/Murad Sezer)",
  // "(Getty Images)", "[AFP via Getty Images]", "(Reuters)".
  new RegExp(`[([][^()\\[\\]\\n]{0,40}?\\b(?:${PHOTO_WORDS})\\b[^()\\[\\]\\n]{0,80}[)\\]]`, "giu"),
  new RegExp(`[([]\\s*(?:${AGENCIES})(?:\\s*(?:/|via|,)\\s*[^()\\[\\]\\n]{0,60})?\\s*[)\\]]`, "gu"),
  // "AP Photo/Jane Roe", "Reuters Photo / John Doe", "AFP via Getty Images", "Photo: Jane Roe".
  new RegExp(`\\b(?:${AGENCIES})\\s+(?:Photo|Photos|Images|Pictures)\\b(?:\\s*/\\s*[\\p{L}.' -]{1,40}\\p{L})?`, "gu"),
  new RegExp(`\\b(?:(?:${AGENCIES})\\s+)?via\\s+Getty\\s+Images\\b`, "gu"),
  /\bGetty\s+Images\b/gu,
  new RegExp(`^[ \\t]*(?:${PHOTO_WORDS})s?\\s*(?::|by\\b|/|—|–)[^\\n]*`, "gimu"),
  // Bylines on a line of their own: "By John Smith", "By Jane Roe and John Doe, Reuters".
  /^[ \t]*By[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|al|bin))*(?:[ \t]*,[ \t]*[\p{L} .'’-]{1,40})?[ \t]*$/gmu,
  // Closing lines of wire copy.
  /^[ \t]*(?:\(?(?:Additional )?(?:reporting|writing|editing|compiled|edited|written)[ \t]+by\b)[^\n]*/gimu,
  // Wikinews captions: "... Image: Name."
  /\bImage:[^\n]*/gu,
];

/** Tokens inside credits (1) — the actors stage reads no mention there. */
export function creditTokens(doc: Document): Uint8Array {
  const T = doc.tokens;
  const out = new Uint8Array(T.count);
  const text = doc.text;
  const ranges: [number, number][] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) ranges.push([m.index as number, (m.index as number) + m[0].length]);
  }
  if (ranges.length === 0) return out;
  ranges.sort((a, b) => a[0] - b[0]);
  let r = 0;
  for (let t = 0; t < T.count; t++) {
    const s = T.start[t] as number;
    const e = T.end[t] as number;
    while (r < ranges.length && (ranges[r] as [number, number])[1] <= s) r++;
    for (let k = r; k < ranges.length && (ranges[k] as [number, number])[0] < e; k++) {
      const [a, b] = ranges[k] as [number, number];
      if (a < e && b > s) {
        out[t] = 1;
        break;
      }
    }
  }
  return out;
}
