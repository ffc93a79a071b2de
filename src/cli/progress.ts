/**
 * A one-line progress display for long runs: count, rate and ETA, redrawn at most every `intervalMs`. Silent when
 * the stream is not a TTY (logs and pipes get only the final summary).
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
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export class Progress {
  private count = 0;
  private bytes = 0;
  private errors = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started: number;
  private readonly enabled: boolean;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.enabled = options.enabled ?? options.stream.isTTY === true;
  }

  tick(n = 1, bytes = 0, errors = 0): void {
    this.count += n;
    this.bytes += bytes;
    this.errors += errors;
    if (!this.enabled) return;
    const t = this.now();
    if (t - this.lastDraw < (this.options.intervalMs ?? 200)) return;
    this.lastDraw = t;
    this.draw(t);
  }

  line(t = this.now()): string {
    const elapsed = Math.max(1e-3, (t - this.started) / 1000);
    const rate = this.count / elapsed;
    const total = this.options.total;
    let text = `${this.options.label}: ${this.count}`;
    if (total) {
      const pct = Math.min(100, (100 * this.count) / total);
      text += `/${total} (${pct.toFixed(1)}%)`;
    }
    text += `  ${rate.toFixed(1)}/s  ${(this.bytes / 1e6 / elapsed).toFixed(2)} MB/s`;
    if (this.errors) text += `  ${this.errors} errors`;
    if (total && rate > 0) text += `  ETA ${formatDuration(Math.max(0, total - this.count) / rate)}`;
    return text;
  }

  private draw(t: number): void {
    const width = (this.options.stream.columns ?? 100) - 1;
    this.options.stream.write(`\r${this.line(t).slice(0, width).padEnd(width)}`);
    this.drawn = true;
  }

  /** Clears the progress line so the summary prints on a clean line. */
  done(): void {
    if (this.enabled && this.drawn) {
      const width = (this.options.stream.columns ?? 100) - 1;
      this.options.stream.write(`\r${" ".repeat(width)}\r`);
    }
  }
}
