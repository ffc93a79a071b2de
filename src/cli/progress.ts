/**
 * A one-line progress display for long runs: count, rate, elapsed time and ETA. It is redrawn by time — on a
 * timer as well as on progress — so a run stuck on one large article still shows its clock moving. The ETA comes
 * from the rate over the last 30 s, not since the start, so it follows a run that speeds up or slows down, and it
 * is left out until there is something to go on. Safe on any terminal width, a zero or missing one included:
 * the line is cut to the width when one is known, and cleared with an erase-line code, never with a run of
 * spaces sized from the width. Silent when the stream is not a TTY (logs and pipes get only the final summary).
 */
import type { Writable } from "node:stream";

export interface ProgressOptions {
  stream: Writable & { isTTY?: boolean; columns?: number };
  label: string;
  /** Expected total, for percentage and ETA; null when unknown. */
  total?: number | null;
  intervalMs?: number;
  /** Force on/off (tests); default: on iff the stream is a TTY. */
  enabled?: boolean;
  now?: () => number;
  /** Redraw on a timer too (default true; tests that drive `now` by hand turn it off). */
  timer?: boolean;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** Window of the rate the ETA uses, and the spacing of the samples kept for it. */
const RATE_WINDOW_MS = 30_000;
const SAMPLE_EVERY_MS = 1_000;
/** Longer estimates are shown as "?": nobody plans on them, and early ones are noise. */
const MAX_ETA_SECONDS = 100 * 3600;
/** Clears from the cursor to the end of the line, whatever the terminal's width. */
const ERASE_LINE = "\x1b[K";

export class Progress {
  private count = 0;
  private bytes = 0;
  private errors = 0;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private samples: { t: number; count: number }[] = [];
  private readonly started: number;
  private readonly enabled: boolean;
  private readonly now: () => number;
  private readonly interval: NodeJS.Timeout | null = null;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.samples.push({ t: this.started, count: 0 });
    this.enabled = options.enabled ?? options.stream.isTTY === true;
    if (this.enabled && options.timer !== false) {
      this.interval = setInterval(() => this.draw(this.now()), options.intervalMs ?? 250);
      this.interval.unref();
    }
  }

  tick(n = 1, bytes = 0, errors = 0): void {
    this.count += n;
    this.bytes += bytes;
    this.errors += errors;
    if (!this.enabled) return;
    const t = this.now();
    const last = this.samples[this.samples.length - 1];
    if (!last || t - last.t >= SAMPLE_EVERY_MS) {
      this.samples.push({ t, count: this.count });
      while (this.samples.length > 2 && t - (this.samples[1] as { t: number }).t > RATE_WINDOW_MS) this.samples.shift();
    }
    if (t - this.lastDraw >= (this.options.intervalMs ?? 250)) this.draw(t);
  }

  /** Items per second over the recent window (since the start while the run is younger than the window). */
  private recentRate(t: number): number {
    const first = this.samples[0] as { t: number; count: number };
    const seconds = (t - first.t) / 1000;
    return seconds > 0 ? (this.count - first.count) / seconds : 0;
  }

  line(t = this.now()): string {
    const elapsed = Math.max(1e-3, (t - this.started) / 1000);
    const total = this.options.total ?? null;
    // An estimate that turned out low is no total at all.
    const known = total !== null && total > 0 && this.count <= total ? total : null;
    let text = `${this.options.label}: ${this.count}`;
    if (known) text += `/${known} (${Math.min(100, (100 * this.count) / known).toFixed(1)}%)`;
    text += `  ${(this.count / elapsed).toFixed(1)}/s  ${(this.bytes / 1e6 / elapsed).toFixed(2)} MB/s`;
    if (this.errors) text += `  ${this.errors} errors`;
    text += `  ${formatDuration(elapsed)}`;
    const rate = this.recentRate(t);
    if (known && elapsed >= 1 && rate > 0 && this.count < known) {
      const eta = (known - this.count) / rate;
      text += `  ETA ${eta > MAX_ETA_SECONDS ? "?" : formatDuration(eta)}`;
    }
    return text;
  }

  private draw(t: number): void {
    if (!this.enabled) return;
    this.lastDraw = t;
    const columns = this.options.stream.columns;
    // Cut to the width so the line never wraps (a wrapped line cannot be redrawn in place); no width, no cut.
    const width = typeof columns === "number" && Number.isFinite(columns) && columns > 1 ? columns - 1 : null;
    const line = this.line(t);
    this.options.stream.write(`\r${width === null ? line : line.slice(0, width)}${ERASE_LINE}`);
    this.drawn = true;
  }

  /** Stops the timer and clears the progress line so the summary prints on a clean line. Safe to call twice. */
  done(): void {
    if (this.interval) clearInterval(this.interval);
    if (this.enabled && this.drawn) this.options.stream.write(`\r${ERASE_LINE}`);
    this.drawn = false;
  }
}
