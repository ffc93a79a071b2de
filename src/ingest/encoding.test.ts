/**
 * Encodings (issue 15): a byte-order mark, `--encoding`, an HTTP charset and a document's own declaration are
 * honoured, in that order; undecodable input keeps a clear error that names the way out.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { DyadError } from "../errors.js";
import { chooseEncoding, decodeBytes } from "./decode.js";
import { type IngestItem, parseInput } from "./index.js";

// “Café” talks — with curly quotes and an accent, which windows-1252 writes as 0x93, 0x94 and 0xE9.
const TEXT = "\u201cCaf\u00e9\u201d talks resumed in Geneva on Monday, officials said.";
const cp1252 = iconv.encode(TEXT, "windows-1252");

const textOf = (items: IngestItem[]) => (items[0]?.kind === "article" ? items[0].article.text : items[0]);

describe("encodings", () => {
  it("refuses windows-1252 bytes read as UTF-8 with an error naming the byte and --encoding", () => {
    const decoded = decodeBytes(cp1252);
    expect(decoded).toMatchObject({ ok: false, code: "E_INVALID_UTF8" });
    expect(!decoded.ok && decoded.message).toMatch(/byte 0; .*--encoding windows-1252/);
  });

  it("reads windows-1252 with --encoding, curly quotes and all (not as ISO-8859-1 control characters)", () => {
    expect(textOf(parseInput(cp1252, "a.txt", { encoding: "windows-1252" }))).toBe(TEXT);
  });

  it("reads 'latin1' and 'iso-8859-1' as windows-1252, as browsers do", () => {
    expect(textOf(parseInput(cp1252, "a.txt", { encoding: "latin1" }))).toBe(TEXT);
    expect(textOf(parseInput(cp1252, "a.txt", { encoding: "ISO-8859-1" }))).toBe(TEXT);
  });

  it("reads UTF-16 with a byte-order mark (LE and BE), the mark dropped", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf-16le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, "utf-16be")]);
    expect(textOf(parseInput(le, "le.txt"))).toBe(TEXT);
    expect(textOf(parseInput(be, "be.txt"))).toBe(TEXT);
  });

  it("reads UTF-16LE without a mark when told, and sniffs its format from the decoded text", () => {
    const html = iconv.encode(`<html><body><p>${TEXT}</p></body></html>`, "utf-16le");
    expect(textOf(parseInput(html, "page", { encoding: "utf-16le" }))).toBe(TEXT);
  });

  it("lets a byte-order mark win over --encoding, and drops a UTF-8 mark", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(chooseEncoding(bom, { encoding: "windows-1252" })).toBe("utf-8");
    expect(textOf(parseInput(bom, "b.txt", { encoding: "windows-1252" }))).toBe(TEXT);
  });

  it("honours <meta charset> and <meta http-equiv> in HTML", () => {
    for (const meta of [
      '<meta charset="windows-1252">',
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
    ]) {
      const page = Buffer.concat([
        Buffer.from(`<html><head>${meta}</head><body><p>`),
        cp1252,
        Buffer.from("</p></body></html>"),
      ]);
      expect(textOf(parseInput(page, "p.html"))).toBe(TEXT);
    }
  });

  it("honours a feed's <?xml encoding?> declaration", () => {
    const feed = Buffer.concat([
      Buffer.from(
        '<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>W</title><item><title>T</title><description>',
      ),
      cp1252,
      Buffer.from("</description></item></channel></rss>"),
    ]);
    expect(textOf(parseInput(feed, "f.xml"))).toBe(TEXT);
  });

  it("puts the transport's charset over the document's declaration, and --encoding over both", () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="koi8-r"><p>'), cp1252]);
    expect(chooseEncoding(bytes, { charset: "windows-1252", sniffDeclaration: true })).toBe("windows-1252");
    expect(chooseEncoding(bytes, { encoding: "iso-8859-2", charset: "windows-1252", sniffDeclaration: true })).toBe(
      "iso-8859-2",
    );
    expect(chooseEncoding(bytes, { sniffDeclaration: true })).toBe("koi8-r");
  });

  it("keeps valid UTF-8 as UTF-8 though the page declares a legacy charset (re-saved pages keep old tags)", () => {
    const page = Buffer.from(`<meta charset="windows-1252"><p>${TEXT}</p>`);
    expect(textOf(parseInput(page, "p.html"))).toBe(TEXT);
  });

  it("reads JSONL in windows-1252 line by line, a bad line reported alone", () => {
    const good = iconv.encode(`${JSON.stringify({ id: "1", text: TEXT })}\n`, "windows-1252");
    const items = parseInput(Buffer.concat([good, Buffer.from("{broken\n"), good]), "c.jsonl", {
      encoding: "windows-1252",
    });
    expect(items.map((i) => i.kind)).toEqual(["article", "problem", "article"]);
    expect(textOf(items)).toBe(TEXT);
  });

  it("reports bytes that the named encoding cannot hold as E_ENCODING, naming the encoding", () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, "utf-16le"), Buffer.from([0x41])]);
    expect(parseInput(odd, "odd.txt")[0]).toMatchObject({
      kind: "problem",
      problem: { code: "E_ENCODING", message: expect.stringContaining("utf-16le") },
    });
    const sjis = Buffer.from([0x41, 0x81, 0x20, 0x42]);
    expect(parseInput(sjis, "s.txt", { encoding: "shift_jis" })[0]).toMatchObject({
      kind: "problem",
      problem: { code: "E_ENCODING", message: expect.stringContaining("shift_jis") },
    });
  });

  it("refuses an unknown --encoding as a usage error before reading", () => {
    expect(() => parseInput(cp1252, "a.txt", { encoding: "klingon-8" })).toThrow(DyadError);
  });
});
