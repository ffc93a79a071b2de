/**
 * HTML of any depth and size read in time proportional to its size (issue 15): nesting is capped before a DOM is
 * built, pages too large or deep for Readability are read by a linear scan, fragments and plain text saved as
 * .htm are coded, and hostile feeds are reported, not thrown.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blockText, extractHtml, streamText } from "./html.js";
import { parseInput } from "./index.js";
import { capNesting, MAX_HTML_DEPTH, scanHtml } from "./nesting.js";

const SENTENCE = "The minister said the talks would resume on Monday in Geneva.";

function nested(depth: number, open = "<div>", close = "</div>"): string {
  return `<html><body>${open.repeat(depth)}<p>${SENTENCE}</p>${close.repeat(depth)}</body></html>`;
}

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const out = run();
  return [out, (performance.now() - t0) / 1000];
}

/** Deepest element of a linkedom DOM, walked with an explicit stack. */
function domDepth(html: string): number {
  const { document } = parseHTML(html);
  let deepest = 0;
  const stack: [Element, number][] = [[document.documentElement as unknown as Element, 1]];
  while (stack.length > 0) {
    const [el, d] = stack.pop() as [Element, number];
    deepest = Math.max(deepest, d);
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return deepest;
}

describe("HTML nesting", () => {
  it("reads a page nested 20,000 deep in well under 5 s", () => {
    const [items, seconds] = timed(() => parseInput(Buffer.from(nested(20_000)), "deep.html"));
    expect(seconds).toBeLessThan(5);
    expect(items).toHaveLength(1);
    expect(items[0]?.kind === "article" && items[0].article.text).toBe(SENTENCE);
  });

  it("costs time linear in depth: 200,000 deep takes well under 100× what 2,000 deep takes", () => {
    timed(() => parseInput(Buffer.from(nested(2_000)), "warm.html"));
    const [, small] = timed(() => parseInput(Buffer.from(nested(2_000)), "a.html"));
    const [items, large] = timed(() => parseInput(Buffer.from(nested(200_000)), "b.html"));
    expect(items[0]?.kind).toBe("article");
    // 100× the markup: linear is ~100×, the old quadratic parse was ~10,000×; 0.05 s floor for timer noise.
    expect(large / Math.max(small, 0.05)).toBeLessThan(400);
  });

  it("caps the DOM at MAX_HTML_DEPTH and keeps every word, in order", () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const html = `<html><body>${words.map((w) => `<div><span>${w} `).join("")}</body></html>`;
    const capped = capNesting(html);
    expect(domDepth(capped.html)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 1);
    const text = blockText(parseHTML(capped.html).document.body as never);
    expect(text.match(/w\d+/g)).toEqual(words);
  });

  it("leaves ordinary pages untouched (the very same string)", () => {
    const page = readFileSync(new URL("../../test/fixtures/ingest/page.html", import.meta.url), "utf8");
    expect(capNesting(page).html).toBe(page);
  });

  it("drops a script nested too deep whole, so its code never becomes text", () => {
    const html = `<html><body>${"<div>".repeat(300)}<script>var secret = 1;</script><p>${SENTENCE}</p></body></html>`;
    const text = streamText(capNesting(html).html);
    expect(text).toBe(SENTENCE);
  });

  it("does not mistake quoted '>' in attributes, comments or raw text for tag ends", () => {
    const seen: string[] = [];
    scanHtml(`<a title="x>y" href='a>b'>link</a><!-- <div> --><script>if (a<b) {}</script><b>bold</b>`, {
      open: (name) => seen.push(`+${name}`),
      close: (name) => seen.push(`-${name}`),
      raw: (name) => seen.push(`=${name}`),
    });
    expect(seen).toEqual(["+a", "-a", "=script", "+b", "-b"]);
  });

  it("reads nested JSON-LD of any depth without a stack overflow", () => {
    const deep = `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`;
    const page = `<html><head><script type="application/ld+json">${deep}</script></head><body><p>${SENTENCE}</p></body></html>`;
    expect(extractHtml(page)?.text).toBe(SENTENCE);
  });
});

describe("large pages", () => {
  it("reads a 6 MB page without Readability, linearly, page furniture left out, head metadata kept", () => {
    const para = `<p>${SENTENCE}</p>\n`;
    const body = para.repeat(Math.ceil((6 * 1024 * 1024) / para.length));
    const page = `<html><head><title>Big page</title><meta property="og:site_name" content="Wire"></head><body><nav><p>Menu entry</p></nav><header><p>Subscribe now</p></header>${body}</body></html>`;
    const [article, seconds] = timed(() => extractHtml(page));
    expect(seconds).toBeLessThan(10);
    expect(article?.title).toBe("Big page");
    expect(article?.source).toBe("Wire");
    expect(article?.text.startsWith(`${SENTENCE}\n\n${SENTENCE}`)).toBe(true);
    expect(article?.text).not.toContain("Subscribe");
    expect(article?.text).not.toContain("Menu");
  });

  it("streamText gives what blockText gives on a DOM", () => {
    const page = readFileSync(new URL("../../test/fixtures/ingest/page.html", import.meta.url), "utf8");
    const body = parseHTML(page).document.body as never;
    expect(streamText(page)).toBe(blockText(body));
  });
});

describe("fragments and plain text saved as HTML", () => {
  const read = (text: string, name: string) => parseInput(Buffer.from(text), name);

  it("codes a bare <p> fragment", () => {
    const items = read(`<p>${SENTENCE}</p>`, "fragment.html");
    expect(items[0]?.kind === "article" && items[0].article.text).toBe(SENTENCE);
  });

  it("reads plain text saved as .htm as text, paragraphs kept", () => {
    const text = `${SENTENCE}\n\nA second paragraph follows.`;
    const items = read(text, "notes.htm");
    expect(items[0]?.kind === "article" && items[0].article.text).toBe(text);
  });

  it("reports markup without text as E_HTML, naming the input, without throwing", () => {
    expect(read("<!-- only a comment -->", "empty.html")).toEqual([
      { kind: "problem", problem: { location: { input: "empty.html" }, code: "E_HTML", message: expect.any(String) } },
    ]);
  });

  it("keeps a doctype-and-title page's title out of its text", () => {
    const items = read(`<!doctype html><title>Headline</title><p>${SENTENCE}</p>`, "t.html");
    expect(items[0]?.kind === "article" && items[0].article).toMatchObject({ title: "Headline", text: SENTENCE });
  });
});

describe("feeds", () => {
  it("reports a feed nested deeper than the XML parser allows as E_XML instead of throwing", () => {
    const xml = `<rss><channel><title>T</title><item><title>A</title><description>${SENTENCE}</description>${"<x>".repeat(20_000)}${"</x>".repeat(20_000)}</item></channel></rss>`;
    const items = parseInput(Buffer.from(xml), "deep.rss");
    expect(items).toEqual([
      { kind: "problem", problem: { location: { input: "deep.rss" }, code: "E_XML", message: expect.any(String) } },
    ]);
  });

  it("reads a feed item whose HTML body is nested 20,000 deep", () => {
    const body = nested(20_000).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const xml = `<rss><channel><title>T</title><item><title>A</title><description>${body}</description></item></channel></rss>`;
    const [items, seconds] = timed(() => parseInput(Buffer.from(xml), "f.rss"));
    expect(seconds).toBeLessThan(5);
    expect(items[0]?.kind === "article" && items[0].article.text).toBe(SENTENCE);
  });
});
