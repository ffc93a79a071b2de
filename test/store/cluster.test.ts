import { describe, expect, it } from "vitest";
import { Clusterer, type ClusterInput } from "../../src/store/cluster.js";

const ev = (seq: number, date: string | null, over: Partial<ClusterInput> = {}): ClusterInput => ({
  seq,
  article_id: `a${seq}`,
  event_id: "ev1",
  article_source: `S${seq % 2}`,
  date,
  code: "190",
  root: "19",
  source_actor: "CHN",
  target_actor: "JPN",
  trigger_text: "attacked",
  sentence_text: "China attacked Japanese fishing boats near the Senkaku islands.",
  source_text: "China",
  target_text: "Japanese",
  ...over,
});

function run(events: ClusterInput[]) {
  const c = new Clusterer();
  for (const e of events) c.add(e);
  return c.finish();
}

describe("clusterer", () => {
  it("groups the same event across articles within the window, anchored so chains stop", () => {
    const { clusters } = run([1, 2, 3, 4, 5].map((d) => ev(d, `2025-03-0${d}`)));
    // Anchors 03-01 (takes 03-02), 03-03 (takes 03-04), 03-05.
    expect(clusters.map((c) => [c.date, c.mentions, c.articles, c.sources])).toEqual([
      ["2025-03-01", 2, 2, 2],
      ["2025-03-03", 2, 2, 2],
      ["2025-03-05", 1, 1, 1],
    ]);
  });

  it("needs overlapping evidence beyond the participants' names", () => {
    const { clusters } = run([
      ev(1, "2025-03-01"),
      ev(2, "2025-03-01", { trigger_text: "shelled", sentence_text: "China shelled Japanese positions at dawn." }),
    ]);
    expect(clusters).toHaveLength(2);
  });

  it("leaves undated events and events without actors alone", () => {
    const none = { source_actor: null, target_actor: null };
    const { clusters, assignments } = run([
      ev(1, null),
      ev(2, null),
      ev(3, "2025-03-01", none),
      ev(4, "2025-03-01", none),
    ]);
    expect(clusters).toHaveLength(4);
    expect(new Set(assignments.map((a) => a[1])).size).toBe(4);
  });
});
