/**
 * HTML pages: main text through @mozilla/readability on a linkedom DOM, plus the metadata a news page carries
 * (title, published date from meta tags and JSON-LD, canonical URL, site name).
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface HtmlArticle {
  title: string | null;
  date: string | null;
  url: string | null;
  source: string | null;
  /** Main text, paragraphs separated by a blank line. */
  text: string;
}

const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "blockquote",
  "pre",
  "ul",
  "ol",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figure",
  "figcaption",
  "table",
  "tr",
  "td",
  "th",
  "dl",
  "dt",
  "dd",
  "hr",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "svg", "iframe", "nav", "button", "form"]);

// A DOM-free view of the few node properties the text walker needs (linkedom's types are loose).
interface NodeLike {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes: ArrayLike<NodeLike>;
}

/**
 * Block-aware text of a DOM subtree: each block element becomes its own paragraph, inline runs are joined, white
 * space is collapsed as a browser would, and <br> keeps a line break. Written by hand because textContent loses
 * the paragraph structure that sentence splitting and quote continuation depend on.
 */
export function blockText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let buffer = "";
  const flush = () => {
    const para = buffer
      .split("\n")
      .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (para !== "") paragraphs.push(para);
    buffer = "";
  };
  const walk = (node: NodeLike) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) buffer += (child.textContent ?? "").replace(/\n/g, " ");
      else if (child.nodeType === 1) {
        const tag = (child.tagName ?? "").toLowerCase();
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === "br") buffer += "\n";
        else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

type Doc = ReturnType<typeof parseHTML>["document"];

function meta(document: Doc, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href");
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** Walks JSON-LD (objects, arrays, @graph) for the first value of `key`. */
function findInJsonLd(node: unknown, key: string): string | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findInJsonLd(item, key);
      if (found) return found;
    }
    return null;
  }
  if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim();
    for (const child of Object.values(record)) {
      if (child && typeof child === "object") {
        const found = findInJsonLd(child, key);
        if (found) return found;
      }
    }
  }
  return null;
}

function jsonLd(document: Doc, key: string): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findInJsonLd(JSON.parse(script.textContent ?? ""), key);
      if (found) return found;
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
    }
  }
  return null;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  "time[datetime]",
];

/** Extracts the article from an HTML page; null when the page has no readable text. */
export function extractHtml(html: string): HtmlArticle | null {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the DOM it reads.
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    jsonLd(document, "headline") ??
    (document.querySelector("title")?.textContent?.trim() || null);
  const date = jsonLd(document, "datePublished") ?? meta(document, DATE_SELECTORS);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const source = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);

  let text = "";
  try {
    const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (parsed?.content)
      text = blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as NodeLike);
  } catch {
    // Readability gives up on some unusual markup; fall back to the whole body below.
  }
  if (text.trim() === "") {
    const body = parseHTML(html).document.body as unknown as NodeLike | null;
    text = body ? blockText(body) : "";
  }
  if (text.trim() === "") return null;
  return { title, date, url, source, text };
}

/** Text of an HTML fragment (feed item bodies), paragraphs kept; no boilerplate removal. */
export function htmlFragmentText(fragment: string): string {
  return blockText(parseHTML(`<html><body>${fragment}</body></html>`).document.body as unknown as NodeLike);
}

/** Cheap sniff for HTML content. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<(p|div|article|br)[\s>/]/i.test(text.slice(0, 4096))
  );
}
