/**
 * Worker-thread entry: builds the pipeline once (the expensive part: dictionaries, models) and then codes
 * articles sent by the main thread. Failures are reported per article; the worker stays up.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseDocument } from "../ingest/index.js";
import type { Article } from "../ingest/types.js";
import { createPipeline } from "../pipeline.js";
import type { FromWorker, ToWorker } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("code-worker.js must run in a worker thread");

// Slow start-up for the pool's tests: a replacement thread that takes longer to start than the time limit.
const startDelayMs = Number(process.env.DYAD_TEST_WORKER_START_DELAY_MS ?? 0);
if (startDelayMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, startDelayMs);

const pipeline = createPipeline((workerData as { pipelineOptions?: object } | undefined)?.pipelineOptions ?? {});
const send = (msg: FromWorker) => port.postMessage(msg);
send({ type: "ready", versions: { ...pipeline.versions } });

// Fault injection for the pool's recovery tests (test/store/pool.test.ts): the named article (or a document whose
// name ends with the hang id) kills or hangs this thread, as an out-of-memory crash or a runaway pattern would.
// Unset in normal use.
const crashId = process.env.DYAD_TEST_WORKER_CRASH_ID;
const hangId = process.env.DYAD_TEST_WORKER_HANG_ID;

port.on("message", (msg: ToWorker) => {
  try {
    if (msg.type === "read") {
      // Parsing a page runs here, not in the main thread, so the pool's per-article time limit covers it.
      if (hangId && msg.document.name.endsWith(hangId)) for (;;);
      send({ type: "read", id: msg.id, items: parseDocument(msg.document) });
      return;
    }
    if (crashId && msg.article.id === crashId) process.exit(70);
    if (hangId && msg.article.id === hangId) for (;;);
    const coded = pipeline.code(msg.article as Article);
    send({ type: "done", id: msg.id, coded });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    send({ type: "failed", id: msg.id, message });
  }
});
