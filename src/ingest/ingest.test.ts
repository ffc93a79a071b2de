import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../eval/shared.js";
import { contentId, normalizeDate } from "./decode.js";
import { detectFormat, type IngestItem, parseInput, readInputs } from "./index.js";

const FIX = join(REPO_ROOT, "test", "fixtures", "ingest");

async function collect(inputs: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === "article" ? [i.article] : []));
const problems = (items: IngestItem[]) => items.flatMap((i) => (i.kind === "problem" ? [i.problem] : []));

function tmp(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("plain text", () => {
  it("keeps the text exactly and derives a stable id", async () => {
    const text = "Leaders meet\nThe leaders met in Oslo.\r\n“Good talks,” she said. 🚀\n";
    const [item] = await collect([tmp("a.txt", text)]);
    expect(item?.kind).toBe("article");
    const a = articles([item!])[0]!;
    expect(a.text).toBe(text);
    expect(a.id).toBe(contentId(text));
    expect(a.title).toBe("Leaders meet");
  });

  it("applies --date and --source overrides", async () => {
    const [a] = articles(await collect([tmp("a.txt", "Text here.")], { date: "2024-02-29", source: "Desk" }));
    expect(a?.date).toBe("2024-02-29");
    expect(a?.source).toBe("Desk");
  });
});

describe("JSONL", () => {
  it("keeps ids and text, reports bad lines with their numbers, and goes on", async () => {
    const items = await collect([join(FIX, "batch.jsonl")]);
    const good = articles(items);
    expect(good.map((a) => a.id)).toEqual(["a-1", "42", "a-5"]);
    const original = readFileSync(join(FIX, "batch.jsonl"), "utf8").split("\n")[0]!;
    expect(good[0]?.text).toBe(JSON.parse(original).text);
    expect(good[0]).toMatchObject({ title: "One", date: "2025-01-05", source: "Desk", url: "https://x.example/1" });
    expect(good[2]?.date).toBe("2024-03-05");
    const bad = problems(items);
    expect(bad.map((p) => [p.location.line, p.code])).toEqual([
      [3, "E_JSON"],
      [5, "E_JSON_FIELD"],
    ]);
    expect(bad[0]?.location.input).toContain("batch.jsonl");
  });

  it("reads a JSONL line with invalid UTF-8 as a problem on that line only", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"ok","text":"Fine."}\n{"id":"bad","text":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}\n{"id":"ok2","text":"Also fine."}\n'),
    ]);
    const items = await collect([tmp("x.jsonl", bytes)]);
    expect(articles(items).map((a) => a.id)).toEqual(["ok", "ok2"]);
    expect(problems(items)).toMatchObject([{ code: "E_INVALID_UTF8", location: { line: 2 } }]);
  });
});

describe("HTML", () => {
  it("extracts the main text without boilerplate, with title, date and canonical URL", async () => {
    const [a] = articles(await collect([join(FIX, "page.html")]));
    expect(a).toBeDefined();
    expect(a!.title).toBe("Ministers agree on grain corridor");
    expect(a!.date).toBe("2025-07-14");
    expect(a!.url).toBe("https://news.example.org/world/grain-corridor");
    expect(a!.source).toBe("Example Wire");
    expect(a!.text).toContain("agreed on Monday to reopen a shipping corridor");
    expect(a!.text).toContain("\n\n");
    expect(a!.text).not.toContain("Sign in");
    expect(a!.text).not.toContain("All rights reserved");
  });
});

describe("feeds", () => {
  it("reads RSS items, preferring content:encoded", async () => {
    const items = articles(await collect([join(FIX, "feed.rss")]));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: "Kenya hosts regional peace talks",
      date: "2025-06-03",
      source: "Example Wire World",
      url: "https://news.example.org/world/kenya-talks",
    });
    expect(items[0]?.text).toContain("seven-day ceasefire");
    expect(items[0]?.text).not.toContain("teaser");
    expect(items[1]?.text).toBe("Brazil and Argentina signed a trade agreement on Wednesday & pledged to cut tariffs.");
  });

  it("reads Atom entries with HTML content and summaries", async () => {
    const items = articles(await collect([join(FIX, "feed.atom")]));
    expect(items.map((i) => i.url)).toEqual([
      "https://atom.example.org/japan-protest",
      "https://atom.example.org/summary",
    ]);
    expect(items[0]?.text).toBe("Japan lodged a protest with North Korea after a missile landed near its waters.");
    expect(items[0]?.date).toBe("2025-05-01");
    expect(items[1]?.date).toBe("2025-05-02");
  });

  it("reports malformed XML with its line", async () => {
    const [p] = problems(await collect([join(FIX, "broken.xml")]));
    expect(p?.code).toBe("E_XML");
    expect(p?.location.line).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  it.each([
    ["invalid UTF-8", "bad.txt", Buffer.from([0x41, 0x42, 0xff, 0xfe, 0x43]), "E_INVALID_UTF8"],
    ["binary", "pic.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "E_BINARY"],
    ["empty", "empty.txt", Buffer.alloc(0), "E_EMPTY"],
    [
      "broken UTF-16 (odd byte count)",
      "utf16.txt",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hi", "utf16le"), Buffer.from([0x41])]),
      "E_ENCODING",
    ],
    ["whitespace only", "blank.txt", Buffer.from(" \n\n\t"), "E_EMPTY"],
  ])("%s is a problem naming the file", async (_name, file, bytes, code) => {
    const path = tmp(file, bytes);
    const [p] = problems(await collect([path]));
    expect(p?.code).toBe(code);
    expect(p?.location.input).toBe(path);
  });

  it("refuses a file over 20 MB without reading it", async () => {
    const path = tmp("huge.txt", Buffer.alloc(21 * 1024 * 1024, 0x61));
    const [p] = problems(await collect([path]));
    expect(p?.code).toBe("E_TOO_LARGE");
  });

  it("reports a missing path and an empty glob, then reads the rest", async () => {
    const good = tmp("ok.txt", "Fine text.");
    const items = await collect(["/nonexistent/file.txt", "/nonexistent/*.jsonl", good]);
    expect(problems(items).map((p) => p.code)).toEqual(["E_NOT_FOUND", "E_NOT_FOUND"]);
    expect(articles(items)).toHaveLength(1);
  });
});

describe("inputs", () => {
  it("reads folders recursively and expands globs", async () => {
    const fromFolder = await collect([FIX]);
    expect(articles(fromFolder).length).toBe(3 + 1 + 2 + 2);
    const fromGlob = await collect([join(FIX, "*.jsonl")]);
    expect(articles(fromGlob)).toHaveLength(3);
  });

  it("reads stdin and sniffs its format", async () => {
    const stdin = Readable.from([Buffer.from('{"id":"s1","text":"From stdin."}\n')]);
    const [a] = articles(await collect(["-"], { stdin }));
    expect(a?.id).toBe("s1");
  });

  it.each([
    ["x.jsonl", "anything", "jsonl"],
    ["x", '{"text":"a"}', "jsonl"],
    ["x", '<?xml version="1.0"?><rss version="2.0">', "feed"],
    ["x", "<!doctype html><html><body><p>Hi</p>", "html"],
    ["x", "Just words.", "text"],
  ])("detects the format of %s", (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  it("parses in-memory content", () => {
    const items = parseInput(Buffer.from("Peru and Chile met."), "<body>");
    expect(articles(items)[0]?.text).toBe("Peru and Chile met.");
  });
});

describe("dates", () => {
  it.each([
    ["2025-06-03T08:00:00Z", "2025-06-03"],
    ["Tue, 03 Jun 2025 08:00:00 GMT", "2025-06-03"],
    ["June 3, 2025", "2025-06-03"],
    ["2025-02-30", null],
    ["not a date", null],
    [undefined, null],
  ])("normalizes %s", (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe("dates are read as written, whatever the machine's time zone", () => {
  it.each([
    ["Tue, 03 Jun 2025 23:30:00 -0500", "2025-06-03"],
    ["Sat, 01 Feb 2025 00:10:00 +0900", "2025-02-01"],
    ["2025-06-03T23:30:00-05:00", "2025-06-03"],
    ["5 March 2024", "2024-03-05"],
  ])("%s → %s in UTC+14 and UTC-10", (input, expected) => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Honolulu"]) {
        process.env.TZ = tz;
        expect(normalizeDate(input)).toBe(expected);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each(["June 2025", "June 3"])("refuses %s, which lacks a day or a year", (input) => {
    expect(normalizeDate(input)).toBeNull();
  });

  it("throws E_DATE for a malformed date override before reading anything", async () => {
    await expect(collect(["/nonexistent"], { date: "03/06/2025" })).rejects.toMatchObject({ code: "E_DATE" });
    expect(() => parseInput(Buffer.from("x"), "x.txt", { date: "2025-02-30" })).toThrow(/YYYY-MM-DD/);
  });
});

describe("more formats", () => {
  it("drops a UTF-8 byte-order mark, so offsets point into the text emitted", () => {
    const [a] = articles(parseInput(Buffer.from("\uFEFFKenya hosted talks.", "utf8"), "bom.txt"));
    expect(a?.text).toBe("Kenya hosted talks.");
  });

  it("uses body or content only when text is absent", () => {
    const jsonl = [
      '{"id":"b","body":"From body."}',
      '{"id":"c","content":"From content."}',
      '{"id":"t","text":"From text.","body":"Not this."}',
    ].join("\n");
    expect(articles(parseInput(Buffer.from(jsonl), "x.jsonl")).map((a) => a.text)).toEqual([
      "From body.",
      "From content.",
      "From text.",
    ]);
  });

  it("keeps JSONL text with curly quotes, combining marks and astral characters exactly", () => {
    const text = "“Ça va,” said Zoë 👩🏽‍🚀 — 𝔘𝔑 talks\u00a0resume.\r\nNext line\t";
    const [a] = articles(parseInput(Buffer.from(`${JSON.stringify({ id: "u", text })}\n`), "u.jsonl"));
    expect(a?.text).toBe(text);
    expect(a?.text.length).toBe(text.length);
  });

  it("sniffs HTML in a file without a known extension and keeps paragraphs apart", () => {
    const html = `<html><head><title>T</title></head><body><article><p>${"Chile and Peru met in Lima. ".repeat(6)}</p><p>${"Both sides agreed to talk again. ".repeat(5)}</p></article></body></html>`;
    const [a] = articles(parseInput(Buffer.from(html), "page"));
    expect(a?.title).toBe("T");
    expect(a?.text.split("\n\n")).toHaveLength(2);
    expect(a?.text).not.toContain("<p>");
  });

  it("reports an empty JSONL file, from disk and from memory", async () => {
    expect(problems(await collect([tmp("none.jsonl", "\n\n")]))).toMatchObject([{ code: "E_EMPTY" }]);
    expect(problems(parseInput(Buffer.alloc(0), "body.jsonl"))).toMatchObject([{ code: "E_EMPTY" }]);
  });

  it("reads in-memory JSONL (sniffed) line by line, so one bad line does not sink the rest", () => {
    const bytes = Buffer.concat([
      Buffer.from('{"id":"a","text":"Fine."}\n{"id":"b","text":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"id":"c","text":"Also fine."}'),
    ]);
    const items = parseInput(bytes, "<request>");
    expect(articles(items).map((a) => a.id)).toEqual(["a", "c"]);
    expect(problems(items)).toMatchObject([{ code: "E_INVALID_UTF8", location: { input: "<request>", line: 2 } }]);
  });

  it("reports an HTML page without main text", () => {
    const html = "<!doctype html><html><head><title>Menu</title></head><body><nav>Home · World</nav></body></html>";
    expect(problems(parseInput(Buffer.from(html), "menu.html"))).toMatchObject([
      { code: "E_HTML", location: { input: "menu.html" } },
    ]);
  });

  it("reports a feed item without text by its number and keeps the others", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>
      <item><title>Empty</title><description></description></item>
      <item><title>Full</title><description>Chad and Niger signed a border pact.</description></item>
    </channel></rss>`;
    const items = parseInput(Buffer.from(rss), "w.rss");
    expect(problems(items)).toMatchObject([{ code: "E_EMPTY", location: { input: "w.rss", item: 1 } }]);
    expect(articles(items).map((a) => [a.title, a.source])).toEqual([["Full", "W"]]);
  });

  it("reports a feed without items", () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>';
    expect(problems(parseInput(Buffer.from(rss), "empty.rss"))).toMatchObject([{ code: "E_EMPTY" }]);
  });

  it("skips hidden entries and unknown extensions in folders, in name order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-folder-"));
    mkdirSync(join(dir, ".git"));
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, ".git", "HEAD.txt"), "hidden");
    writeFileSync(join(dir, ".draft.txt"), "hidden");
    writeFileSync(join(dir, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    writeFileSync(join(dir, "sub", "b.txt"), "Second.");
    writeFileSync(join(dir, "a.txt"), "First.");
    const items = await collect([dir]);
    expect(problems(items)).toEqual([]);
    expect(articles(items).map((a) => a.text)).toEqual(["First.", "Second."]);
  });
});

describe("streams", () => {
  it("streams JSONL from stdin, even with chunks that split lines and characters", async () => {
    const bytes = Buffer.from('{"id":"a","text":"Ghana 🇬🇭 signed."}\n{bad\n{"id":"c","text":"Togo agreed."}\n');
    const chunks = [bytes.subarray(0, 25), bytes.subarray(25, 41), bytes.subarray(41)];
    const items = await collect(["-"], { stdin: Readable.from(chunks) });
    expect(articles(items).map((a) => [a.id, a.text])).toEqual([
      ["a", "Ghana 🇬🇭 signed."],
      ["c", "Togo agreed."],
    ]);
    expect(problems(items)).toMatchObject([{ code: "E_JSON", location: { input: "<stdin>", line: 2 } }]);
  });

  it("reads a JSONL line over 20 MB as a problem on that line and goes on", async () => {
    const huge = `{"id":"big","text":"${"a".repeat(21 * 1024 * 1024)}"}`;
    const path = tmp("big.jsonl", `{"id":"one","text":"Small."}\n${huge}\n{"id":"three","text":"After."}\n`);
    const items = await collect([path]);
    expect(articles(items).map((a) => a.id)).toEqual(["one", "three"]);
    expect(problems(items)).toMatchObject([{ code: "E_TOO_LARGE", location: { line: 2 } }]);
  });

  it("refuses more than 20 MB of plain text on stdin", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const stdin = Readable.from(Array.from({ length: 21 }, () => chunk));
    expect(problems(await collect(["-"], { stdin }))).toMatchObject([{ code: "E_TOO_LARGE" }]);
  });
});
