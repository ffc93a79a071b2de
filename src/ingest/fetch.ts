/**
 * Fetching an article given as a URL (`dyad code https://…`), with limits: size (the 20 MB input limit, counted
 * after decompression), time (for the whole exchange), redirects (5), and no loopback, private, link-local or
 * other non-public address unless `allowPrivate` (a fetch from a server must not reach into its own network).
 *
 * Why node:http and not fetch(): the address check has to see the address actually connected to, or a name that
 * resolves to a public address when checked and to 127.0.0.1 when connected (DNS rebinding) slips through;
 * http.request takes a `lookup` hook that runs at connect time, fetch() does not.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { MAX_INPUT_BYTES } from "./decode.js";

export interface FetchLimits {
  /** Fetch from loopback and private addresses too (tests, an intranet). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

export type Fetched =
  | { ok: true; url: string; bytes: Buffer; contentType: string | null; charset: string | null }
  | { ok: false; message: string };

/** True for an input that names a URL to fetch rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Addresses that are not the public internet: loopback, private, shared, link-local, multicast, reserved. */
const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  NON_PUBLIC.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NON_PUBLIC.addSubnet(net, bits, "ipv6");

/** True when an IP address is loopback, private or otherwise not public (IPv4-mapped IPv6 checked as IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return NON_PUBLIC.check(mapped, "ipv4");
  const family = isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A DNS lookup that refuses non-public addresses at connect time (see the module comment). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const blocked = allowPrivate ? undefined : list.find((a) => isNonPublicAddress(a.address));
      if (blocked) {
        const refusal = new Error(
          `refused: ${hostname} is ${blocked.address}, a loopback or private address (use --allow-private to fetch it)`,
        );
        return callback(refusal as NodeJS.ErrnoException, "", 0);
      }
      const first = list[0] as LookupAddress;
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}

/** The response body, decompressed, refused as soon as it passes `maxBytes` (so a compressed bomb stops early). */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers["content-encoding"] ?? "identity").toLowerCase();
  const stream =
    encoding === "gzip" || encoding === "x-gzip"
      ? response.pipe(createGunzip())
      : encoding === "deflate"
        ? response.pipe(createInflate())
        : encoding === "br"
          ? response.pipe(createBrotliDecompress())
          : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new Error(`more than ${(maxBytes / 1e6).toFixed(0)} MB`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
    response.on("error", reject);
  });
}

/** One request, no redirects followed; rejects with a message fit for the user. */
function request(url: URL, allowPrivate: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (
      !allowPrivate &&
      isIP(url.hostname.replace(/^\[|\]$/g, "")) &&
      isNonPublicAddress(url.hostname.replace(/^\[|\]$/g, ""))
    ) {
      reject(new Error(`refused: ${url.hostname} is a loopback or private address (use --allow-private to fetch it)`));
      return;
    }
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        lookup: guardedLookup(allowPrivate),
        signal,
        headers: { "user-agent": "dyad (news event coder)", accept: "*/*", "accept-encoding": "gzip, deflate, br" },
      },
      resolve,
    );
    req.on("error", reject);
  });
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches a URL within the limits; never throws: every failure is a message naming the URL's problem. */
export async function fetchUrl(input: string, limits: FetchLimits = {}): Promise<Fetched> {
  const maxBytes = limits.maxBytes ?? MAX_INPUT_BYTES;
  const maxRedirects = limits.maxRedirects ?? 5;
  const timeoutMs = limits.timeoutMs ?? 30_000;
  const signal = AbortSignal.timeout(timeoutMs);
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, message: "not a valid URL" };
  }
  try {
    for (let hops = 0; ; hops++) {
      if (url.protocol !== "http:" && url.protocol !== "https:")
        return { ok: false, message: `${url.protocol} URLs are not fetched (http and https only)` };
      const response = await request(url, limits.allowPrivate === true, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.resume();
        if (hops >= maxRedirects) return { ok: false, message: `more than ${maxRedirects} redirects` };
        url = new URL(location, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return { ok: false, message: `HTTP ${status} ${response.statusMessage ?? ""}`.trim() };
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        return { ok: false, message: `${(declared / 1e6).toFixed(1)} MB is over the 20 MB limit` };
      }
      const bytes = await readBody(response, maxBytes);
      const contentType = response.headers["content-type"] ?? null;
      const charset = contentType ? (/charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ?? null) : null;
      return { ok: true, url: url.href, bytes, contentType, charset };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, message: `no complete answer within ${timeoutMs / 1000} s` };
    const e = error as NodeJS.ErrnoException;
    return {
      ok: false,
      message: e.message.startsWith("refused") ? e.message : `could not be fetched (${e.code ?? e.message})`,
    };
  }
}

/** The input format a Content-Type names, or null to go by the URL's extension and the content. */
export function formatOfContentType(contentType: string | null): "html" | "feed" | "jsonl" | "text" | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (/^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/.test(type)) return "feed";
  if (/^application\/(x-)?(ndjson|jsonl|jsonlines)$/.test(type)) return "jsonl";
  if (type === "text/plain") return "text";
  return null;
}
