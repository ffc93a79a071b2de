/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an article. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlFragmentText, looksLikeHtml } from "./html.js";

export interface FeedItem {
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  text: string;
}

export type FeedResult = { ok: true; items: FeedItem[] } | { ok: false; line: number | null; message: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/** Text of a parsed XML value: a string, or an element object with #text (Atom's typed text constructs). */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "object") return textOf((value as Record<string, unknown>)["#text"]);
  return null;
}

function bodyText(raw: string | null): string {
  if (!raw) return "";
  return looksLikeHtml(raw) || /<[a-z][\s\S]*>/i.test(raw) ? htmlFragmentText(raw) : raw.trim();
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return textOf(links);
  const pick =
    links.find(
      (l) => typeof l === "object" && l && ((l as Record<string, string>)["@_rel"] ?? "alternate") === "alternate",
    ) ?? links[0];
  if (pick && typeof pick === "object") return (pick as Record<string, string>)["@_href"] ?? textOf(pick);
  return textOf(pick);
}

type Rec = Record<string, unknown>;

function rssItems(channel: Rec, items: Rec[]): FeedItem[] {
  const source = textOf(channel.title);
  return items.map((item) => ({
    title: textOf(item.title),
    date: textOf(item.pubDate) ?? textOf(item["dc:date"]),
    url: textOf(item.link) ?? textOf(item.guid),
    source,
    // content:encoded carries the full article when present; description is often only a teaser.
    text: bodyText(textOf(item["content:encoded"]) ?? textOf(item.description)),
  }));
}

function atomItems(feed: Rec): FeedItem[] {
  const source = textOf(feed.title);
  const entries = (feed.entry as Rec[] | undefined) ?? [];
  return entries.map((entry) => ({
    title: textOf(entry.title),
    date: textOf(entry.published) ?? textOf(entry.updated),
    url: atomLink(entry.link),
    source,
    text: bodyText(textOf(entry.content) ?? textOf(entry.summary)),
  }));
}

/** Parses a feed document; malformed XML is reported with its line. */
export function parseFeed(xml: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { ok: false, line: valid.err.line ?? null, message: `malformed XML: ${valid.err.msg}` };
  let doc: Rec;
  try {
    doc = parser.parse(xml) as Rec;
  } catch (error) {
    // The parser refuses elements nested over 100 deep (its guard against runaway nesting), among others.
    return { ok: false, line: null, message: `unreadable feed: ${(error as Error).message}` };
  }
  const rss = doc.rss as Rec | undefined;
  if (rss?.channel) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Rec;
    return { ok: true, items: rssItems(channel, (channel.item as Rec[] | undefined) ?? []) };
  }
  const rdf = doc["rdf:RDF"] as Rec | undefined;
  if (rdf) return { ok: true, items: rssItems((rdf.channel as Rec) ?? {}, (rdf.item as Rec[] | undefined) ?? []) };
  if (doc.feed) return { ok: true, items: atomItems(doc.feed as Rec) };
  return { ok: false, line: null, message: "XML is neither an RSS nor an Atom feed" };
}

/** Cheap sniff for feed XML. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048);
  return /<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]/.test(head);
}
