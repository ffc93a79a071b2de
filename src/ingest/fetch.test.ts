/**
 * URL inputs (issue 15): fetched with limits on size, time and redirects, loopback and private addresses refused
 * unless allowed. Every request goes to a server on 127.0.0.1 that this test starts, with allowPrivate set.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../cli/main.js";
import { fakeIO } from "../test-support/cli-io.js";
import { isNonPublicAddress } from "./fetch.js";
import { type IngestItem, type ReadOptions, readInputs } from "./index.js";

const TEXT = "\u201cWe will rebuild the bridges,\u201d the Valdorian president said on Friday.";
let server: Server;
let base = "";
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    const path = req.url ?? "/";
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : "/page.html" }).end();
    } else if (path === "/page.html") {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
      res.end(
        iconv.encode(`<html><head><title>Bridges</title></head><body><p>${TEXT}</p></body></html>`, "windows-1252"),
      );
    } else if (path === "/feed") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        `<rss><channel><title>Wire</title><item><title>A</title><description>${TEXT}</description></item></channel></rss>`,
      );
    } else if (path === "/declared-big") {
      res.writeHead(200, { "content-type": "text/plain", "content-length": String(25 * 1024 * 1024) });
      res.write("x");
      setTimeout(() => res.destroy(), 50);
    } else if (path === "/streamed-big") {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 22 && res.write(chunk)) sent++;
        if (sent >= 22) res.end();
        else res.once("drain", pump);
      };
      pump();
    } else if (path === "/bomb") {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x61)));
    } else if (path === "/slow") {
      setTimeout(() => res.end("late"), 3000);
    } else {
      res.writeHead(404).end("no");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function read(inputs: string[], options: ReadOptions = { allowPrivate: true }): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) out.push(item);
  return out;
}

const problemOf = (items: IngestItem[]) => (items[0]?.kind === "problem" ? items[0].problem : null);

describe("URL inputs", () => {
  it("fetches a page, reads it as HTML in the charset the server names, and keeps its URL", async () => {
    const [item] = await read([`${base}/page.html`]);
    expect(item?.kind === "article" && item.article).toMatchObject({
      text: TEXT,
      title: "Bridges",
      url: `${base}/page.html`,
    });
  });

  it("follows up to 5 redirects and gives the article the final URL", async () => {
    const [item] = await read([`${base}/hop/5`]);
    expect(item?.kind === "article" && item.article.url).toBe(`${base}/page.html`);
    expect(problemOf(await read([`${base}/hop/6`]))).toMatchObject({
      code: "E_FETCH",
      message: "more than 5 redirects",
    });
  });

  it("reads a feed by its Content-Type", async () => {
    const [item] = await read([`${base}/feed`]);
    expect(item?.kind === "article" && item.article).toMatchObject({ text: TEXT, source: "Wire" });
  });

  it("refuses bodies over 20 MB: declared, streamed, or inflated from a small gzip", async () => {
    for (const path of ["/declared-big", "/streamed-big", "/bomb"]) {
      const p = problemOf(await read([`${base}${path}`]));
      expect(p, path).toMatchObject({ code: "E_FETCH", location: { input: `${base}${path}` } });
      expect(p?.message, path).toMatch(/MB/);
    }
  });

  it("gives up on a server that does not answer in time", async () => {
    const t0 = performance.now();
    const p = problemOf(await read([`${base}/slow`], { allowPrivate: true, fetchTimeoutMs: 300 }));
    expect(p).toMatchObject({ code: "E_FETCH", message: "no complete answer within 0.3 s" });
    expect(performance.now() - t0).toBeLessThan(2500);
  });

  it("reports HTTP errors and unreachable hosts as problems, and the batch goes on", async () => {
    const items = await read([`${base}/missing`, "http://127.0.0.1:1/closed", `${base}/page.html`]);
    expect(items.map((i) => (i.kind === "problem" ? i.problem.message : "article"))).toEqual([
      "HTTP 404 Not Found",
      "could not be fetched (ECONNREFUSED)",
      "article",
    ]);
  });

  it("refuses loopback addresses and names without --allow-private, before any request", async () => {
    const before = hits;
    const port = new URL(base).port;
    for (const url of [`${base}/page.html`, `http://localhost:${port}/page.html`, `http://[::1]:${port}/`]) {
      const p = problemOf(await read([url], {}));
      expect(p?.code, url).toBe("E_FETCH");
      expect(p?.message, url).toMatch(/^refused: .*--allow-private/);
    }
    expect(hits).toBe(before);
  });

  it("classifies addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect(isNonPublicAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111"]) expect(isNonPublicAddress(a), a).toBe(false);
  });

  it("dyad code URL --allow-private codes the page; without the flag it exits 1 naming the URL", async () => {
    const ok = fakeIO();
    expect(await main(["code", `${base}/page.html`, "--allow-private", "--format", "json"], ok.io)).toBe(0);
    expect(JSON.parse(ok.out()).article.url).toBe(`${base}/page.html`);
    const refused = fakeIO();
    expect(await main(["code", `${base}/page.html`], refused.io)).toBe(1);
    expect(refused.err()).toContain(`${base}/page.html: refused: 127.0.0.1`);
    expect(refused.err()).not.toContain("no such file");
  });
});
