import { describe, expect, it } from "vitest";
import {
  exportContext,
  formatEvent,
  formatHeader,
  GDELT_COLUMNS,
  PHOENIX_COLUMNS,
  phoenixQuad,
} from "../../src/store/export.js";
import { openStore } from "../../src/store/index.js";
import type { StoredEvent } from "../../src/store/types.js";
import { makeArticle } from "./fixtures.js";

async function storedEvents(): Promise<StoredEvent[]> {
  const store = await openStore(":memory:");
  await store.saveArticle(
    makeArticle(
      "x1",
      [
        { src: "China and Russia", srcActor: "CHN+RUS", verb: "met", tgt: "Japan", tgtActor: "JPNGOV", code: "036" },
        {
          src: "China",
          srcActor: "CHNMIL",
          verb: "attacked",
          tgt: "Japan",
          tgtActor: "JPN",
          code: "190",
          quad: 4,
          goldstein: -10,
        },
        { src: "China", srcActor: "CHN", verb: "said", tgt: "Japan", tgtActor: "JPN", code: "010" },
      ],
      { date: "2025-02-03" },
    ),
  );
  await store.recluster();
  const events = await store.events({});
  await store.close();
  return events;
}

describe("exports", () => {
  const ctx = exportContext("test");

  it("writes GDELT 2.0 rows with all 61 columns and expands compound actors", async () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    const events = await storedEvents();
    const rows = events.flatMap((e) => formatEvent("gdelt", e, ctx));
    expect(rows).toHaveLength(4); // CHN+RUS → two rows
    for (const row of rows) expect(row.split("\t")).toHaveLength(61);
    const col = (row: string, name: string) => row.split("\t")[GDELT_COLUMNS.indexOf(name as never)];
    const [chn, rus, attack] = rows as [string, string, string];
    expect(col(chn, "Actor1Code")).toBe("CHN");
    expect(col(rus, "Actor1Code")).toBe("RUS");
    expect(col(chn, "Actor2Code")).toBe("JPNGOV");
    expect(col(chn, "Actor2Type1Code")).toBe("GOV");
    expect(col(chn, "EventCode")).toBe("036");
    expect(col(chn, "EventRootCode")).toBe("03");
    expect(col(chn, "SQLDATE")).toBe("20250203");
    expect(col(chn, "MonthYear")).toBe("202502");
    expect(col(chn, "IsRootEvent")).toBe("1");
    expect(col(attack, "GoldsteinScale")).toBe("-10");
    expect(col(attack, "QuadClass")).toBe("4");
    expect(col(attack, "Actor1Name")).toBe("CHINA");
    expect(col(attack, "NumMentions")).toBe("1");
    expect(col(attack, "SOURCEURL")).toBe("https://example.org/x1");
    expect(formatHeader("gdelt")).toBeNull();
  });

  it("writes Phoenix rows with the 0-4 quad class", async () => {
    const events = await storedEvents();
    const rows = events.flatMap((e) => formatEvent("phoenix", e, ctx));
    expect(formatHeader("phoenix")?.split("\t")).toEqual([...PHOENIX_COLUMNS]);
    for (const row of rows) expect(row.split("\t")).toHaveLength(PHOENIX_COLUMNS.length);
    const said = events.find((e) => e.code === "010")!;
    expect(phoenixQuad(said)).toBe(0);
    const attack = rows.find((r) => r.includes("\t190\t"))!.split("\t");
    expect(attack.slice(5, 9)).toEqual(["CHNMIL", "CHN", "MIL", ""]);
    expect(attack[PHOENIX_COLUMNS.indexOf("EventRootCode")]).toBe("19");
    expect(attack[PHOENIX_COLUMNS.indexOf("SentenceID")]).toBe("x1_1");
  });

  it("writes PLOVER records with the json_record_fields names", async () => {
    const events = await storedEvents();
    const rec = JSON.parse(formatEvent("plover", events[0]!, ctx)[0]!);
    for (const key of ["id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "quad_code"]) {
      expect(rec).toHaveProperty(key);
    }
    expect(rec.actor.map((a: { code: string }) => a.code)).toEqual(["CHN", "RUS"]);
    expect(rec.recipient[0]).toMatchObject({ code: "JPN", sector: "GOV", entity_text: "Japan" });
    expect(rec.date).toBe("2025-02-03");
  });

  it("writes CSV and JSONL with codes as strings", async () => {
    const events = await storedEvents();
    const csv = formatEvent("csv", events[0]!, ctx)[0]!;
    expect(csv.split(",")[3]).toBe("036");
    expect(JSON.parse(formatEvent("jsonl", events[0]!, ctx)[0]!).code).toBe("036");
  });
});
