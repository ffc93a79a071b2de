/**
 * HTML pages: main text through @mozilla/readability on a linkedom DOM, plus the metadata a news page carries
 * (title, published date from meta tags and JSON-LD, canonical URL, site name).
 */
import { Readability } from "@mozilla/readability";
import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";
import { capNesting, scanHtml } from "./nesting.js";

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
// "title" and "head": a page without <html> is read as a body, and its head elements must not become text.
const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "nav",
  "button",
  "form",
  "title",
  "head",
]);
const SKIP_TAGS_ONLY: ReadonlySet<string> = new Set();

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
 * the paragraph structure that sentence splitting and quote continuation depend on. Elements named in `skip`
 * are left out, besides scripts, styles, forms and the like.
 */
export function blockText(root: NodeLike, skip: ReadonlySet<string> = SKIP_TAGS_ONLY): string {
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
  // An explicit stack, not recursion: pages can nest deeper than the call stack allows.
  const stack: { children: NodeLike[]; next: number; block: boolean }[] = [
    { children: Array.from(root.childNodes), next: 0, block: false },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const child = top.children[top.next++];
    if (child === undefined) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    if (child.nodeType === 3) buffer += (child.textContent ?? "").replace(/\n/g, " ");
    else if (child.nodeType === 1) {
      const tag = (child.tagName ?? "").toLowerCase();
      if (SKIP_TAGS.has(tag) || skip.has(tag)) continue;
      if (tag === "br") buffer += "\n";
      else {
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        stack.push({ children: Array.from(child.childNodes), next: 0, block });
      }
    }
  }
  flush();
  return paragraphs.join("\n\n");
}

/**
 * The same text as blockText, read straight from the markup by the linear tag scan (src/ingest/nesting.ts)
 * without building a DOM: for pages whose DOM would cost too much memory or time. `skip` as for blockText.
 */
export function streamText(html: string, skip: ReadonlySet<string> = SKIP_TAGS_ONLY): string {
  const paragraphs: string[] = [];
  let buffer = "";
  let skipping = 0;
  const flush = () => {
    const para = buffer
      .split("\n")
      .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, " ").trim())
      .filter((line) => line !== "")
      .join("\n");
    if (para !== "") paragraphs.push(para);
    buffer = "";
  };
  const skipped = (name: string) => SKIP_TAGS.has(name) || skip.has(name);
  const add = (raw: string) => {
    if (skipping === 0) buffer += decodeHTML(raw).replace(/\n/g, " ");
  };
  scanHtml(html, {
    text: (from, to) => add(html.slice(from, to)),
    open(name) {
      if (skipped(name)) skipping++;
      else if (BLOCK_TAGS.has(name) && skipping === 0) flush();
    },
    close(name) {
      if (skipped(name)) skipping--;
      else if (BLOCK_TAGS.has(name) && skipping === 0) flush();
    },
    empty(name) {
      if (skipping > 0) return;
      if (name === "br") buffer += "\n";
      else if (BLOCK_TAGS.has(name)) flush();
    },
    raw(name, _from, _to, _depth, contentFrom, contentTo) {
      if (name === "textarea") add(html.slice(contentFrom, contentTo));
    },
  });
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

/**
 * Walks JSON-LD (objects, arrays, @graph) for the first value of `key`, depth first, an object's own key before
 * its children's. An explicit stack, not recursion: a hostile page can nest JSON deeper than the call stack.
 */
function findInJsonLd(root: unknown, key: string): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      const value = record[key];
      if (typeof value === "string" && value.trim()) return value.trim();
      const children = Object.values(record).filter((child) => child && typeof child === "object");
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
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

/**
 * Readability looks at the whole text of every candidate element, so its cost grows with the page's size times
 * its depth (about 0.1–0.25 s per million of CappedHtml.depthWeight here, and ~3 s per MB on link-heavy markup),
 * and a linkedom DOM takes about a kilobyte per element. Pages over either bound are read without Readability by
 * the linear streamText, page furniture left out, so no page costs more than its size warrants. Real news pages
 * are far under both (a few hundred KB, depth under 40).
 */
const READABILITY_MAX_BYTES = 2 * 1024 * 1024;
const READABILITY_MAX_WEIGHT = 32_000_000;

/** Elements that are page furniture, not article text: left out when Readability is not used. */
const FURNITURE = new Set(["header", "footer", "aside", "nav", "menu"]);

type Metadata = Omit<HtmlArticle, "text">;

function metadata(document: Doc): Metadata {
  return {
    title:
      meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      jsonLd(document, "headline") ??
      (document.querySelector("title")?.textContent?.trim() || null),
    date: jsonLd(document, "datePublished") ?? meta(document, DATE_SELECTORS),
    url: meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']),
    source: meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
  };
}

/**
 * Metadata of a page too large for a DOM: read from its head alone (everything before <body>, when that part is
 * small), so JSON-LD inside the body of such a page is not seen.
 */
function headMetadata(html: string): Metadata {
  const body = html.search(/<body[\s>]/i);
  const head = body < 0 ? "" : html.slice(0, body);
  if (head === "" || head.length > READABILITY_MAX_BYTES) return { title: null, date: null, url: null, source: null };
  return metadata(parseHTML(capNesting(`${head}</head><body></body></html>`).html).document);
}

/**
 * Extracts the article from an HTML page; null when the page has no readable text. Pages too large or too deep
 * for Readability are read by streamText; pages where Readability finds nothing (a fragment, a short page) give
 * the text of their whole body.
 */
export function extractHtml(page: string): HtmlArticle | null {
  const capped = page.length > READABILITY_MAX_BYTES ? null : capNesting(asDocument(page));
  if (!capped || capped.depthWeight > READABILITY_MAX_WEIGHT) {
    const text = streamText(page, FURNITURE);
    return text.trim() === "" ? null : { ...headMetadata(page), text };
  }
  const { document } = parseHTML(capped.html);
  // Metadata first: Readability rewrites the DOM it reads.
  const info = metadata(document);
  let text = "";
  try {
    const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (parsed?.content) text = htmlFragmentText(parsed.content);
  } catch {
    // Readability gives up on some unusual markup; fall back to the whole body below.
  }
  if (text.trim() === "") {
    const body = parseHTML(capped.html).document.body as unknown as NodeLike | null;
    text = body ? blockText(body) : "";
  }
  return text.trim() === "" ? null : { ...info, text };
}

/**
 * A page as a whole document: linkedom gives a fragment ("<p>…</p>", a body without <html>) no <body>, and
 * reading one then fails, so a fragment is wrapped the way a browser would read it.
 */
function asDocument(page: string): string {
  if (/<html[\s>]/i.test(page)) return page;
  if (/<(head|body)[\s>]/i.test(page)) return `<html>${page}</html>`;
  return `<html><body>${page}</body></html>`;
}

/** True when the text holds at least one HTML tag or comment; plain text saved as .htm holds none. */
export function hasMarkup(text: string): boolean {
  return /<!--|<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>/i.test(text);
}

/** Text of an HTML fragment (feed item bodies), paragraphs kept; no boilerplate removal. */
export function htmlFragmentText(fragment: string): string {
  if (fragment.length > READABILITY_MAX_BYTES) return streamText(fragment);
  const page = capNesting(`<html><body>${fragment}</body></html>`).html;
  return blockText(parseHTML(page).document.body as unknown as NodeLike);
}

/** Cheap sniff for HTML content. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<(p|div|article|br)[\s>/]/i.test(text.slice(0, 4096))
  );
}
