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

  it("shows count, rate and ETA on a TTY, throttled", () => {
    const { stream, chunks } = sink();
    stream.isTTY = true;
    stream.columns = 120;
    let now = 0;
    const p = new Progress({ stream, label: "ingest", total: 100, intervalMs: 200, now: () => now });
    now = 1000;
    p.tick(10, 1_000_000);
    now = 1050;
    p.tick(10, 0); // within the interval: not redrawn
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toContain("ingest: 10/100 (10.0%)");
    expect(chunks[0]).toContain("10.0/s");
    expect(chunks[0]).toContain("ETA 9s");
    now = 2000;
    p.tick(0);
    expect(chunks[1]).toContain("20/100");
    p.done();
    expect(chunks.at(-1)).toMatch(/^\r +\r$/);
  });

  it("formats durations, tables and sparklines", () => {
    expect(formatDuration(75)).toBe("1m15s");
    expect(formatDuration(3700)).toBe("1h01m");
    expect(sparkline([0, 1, 2, 4])).toBe("▁▃▅█");
    expect(renderTable(["a", "bb"], [["xyz", "1"]])).toBe("a    bb\n---  --\nxyz  1\n");
  });
});
