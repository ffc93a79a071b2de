import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { formatDuration, Progress } from "../../src/cli/progress.js";
import { renderTable, sparkline } from "../../src/store/cli.js";

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(String(chunk));
      cb();
    },
  }) as Writable & { isTTY?: boolean; columns?: number };
  return { stream, chunks };
}

describe("progress line", () => {
  it("is quiet when not a TTY", () => {
    const { stream, chunks } = sink();
    const p = new Progress({ stream, label: "ingest", total: 10 });
    for (let i = 0; i < 10; i++) p.tick(1, 1000);
    p.done();
    expect(chunks).toEqual([]);
  });

  it("shows count, rate, elapsed time and ETA on a TTY, throttled", () => {
    const { stream, chunks } = sink();
    stream.isTTY = true;
    stream.columns = 120;
    let now = 0;
    const p = new Progress({ stream, label: "ingest", total: 100, intervalMs: 200, now: () => now, timer: false });
    now = 1000;
    p.tick(10, 1_000_000);
    now = 1050;
    p.tick(10, 0); // within the interval: not redrawn
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toContain("ingest: 10/100 (10.0%)");
    expect(chunks[0]).toContain("10.0/s");
    expect(chunks[0]).toContain("  1s");
    expect(chunks[0]).toContain("ETA 9s");
    now = 2000;
    p.tick(0);
    expect(chunks[1]).toContain("20/100");
    p.done();
    expect(chunks.at(-1)).toBe("\r\x1b[K");
  });

  it.each([0, undefined, 1, Number.NaN, 5])("never throws and never wraps with %s columns", (columns) => {
    const { stream, chunks } = sink();
    stream.isTTY = true;
    stream.columns = columns as number;
    let now = 0;
    const p = new Progress({ stream, label: "ingest", total: 10, now: () => now, timer: false });
    for (let i = 0; i < 5; i++) {
      now += 1000;
      p.tick(1, 100);
    }
    p.done();
    expect(chunks.length).toBeGreaterThan(1);
    if (columns === 5) expect(chunks[0]).toBe("\ringe\x1b[K");
    expect(chunks.at(-1)).toBe("\r\x1b[K");
  });

  it("estimates from the last 30 s, not the whole run, and drops a total that proved too low", () => {
    const { stream } = sink();
    stream.isTTY = true;
    let now = 0;
    const p = new Progress({ stream, label: "x", total: 1000, now: () => now, timer: false });
    // 100 items in the first 100 s (slow start), then 10/s for 60 s.
    for (let s = 1; s <= 100; s++) {
      now = s * 1000;
      p.tick(1);
    }
    for (let s = 101; s <= 160; s++) {
      now = s * 1000;
      p.tick(10);
    }
    // 700 done, 300 left at the recent 10/s: 30 s (the whole-run average, 4.4/s, would say 68 s).
    expect(p.line(now)).toMatch(/ETA 3[01]s$/);
    p.tick(400);
    expect(p.line(now)).not.toContain("ETA");
    expect(p.line(now)).toMatch(/^x: 1100 {2}/);
    p.done();
  });

  it("redraws on a timer while no article finishes, and stops when done", async () => {
    const { stream, chunks } = sink();
    stream.isTTY = true;
    const p = new Progress({ stream, label: "slow", intervalMs: 20 });
    await new Promise((r) => setTimeout(r, 120));
    const drawn = chunks.length;
    expect(drawn).toBeGreaterThanOrEqual(2);
    p.done();
    await new Promise((r) => setTimeout(r, 60));
    expect(chunks.length).toBe(drawn + 1);
  });

  it("formats durations, tables and sparklines", () => {
    expect(formatDuration(75)).toBe("1m15s");
    expect(formatDuration(3700)).toBe("1h01m");
    expect(sparkline([0, 1, 2, 4])).toBe("▁▃▅█");
    expect(renderTable(["a", "bb"], [["xyz", "1"]])).toBe("a    bb\n---  --\nxyz  1\n");
  });
});
