import { describe, expect, it } from "vitest";
import { summarize } from "./profile-summary.js";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

describe("profile summary", () => {
  it("sums self time by function and by the pipeline stage on the call stack", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)", ""), children: [2, 4] },
        { id: 2, callFrame: frame("buildDocument", "file:///x/dist/nlp/document.js"), children: [3] },
        { id: 3, callFrame: frame("accumulate", "file:///x/dist/nlp/perceptron.js") },
        { id: 4, callFrame: frame("run", "file:///x/dist/events/index.js"), children: [5] },
        { id: 5, callFrame: frame("accumulate", "file:///x/dist/nlp/perceptron.js") },
      ],
      samples: [3, 3, 5, 1],
      timeDeltas: [0, 1000, 1000, 1000],
    };
    const { total, byFunction, byStage } = summarize(profile);
    expect(total).toBe(4000);
    expect(byFunction.get("accumulate nlp/perceptron.js:1")).toBe(3000);
    expect(Object.fromEntries(byStage)).toEqual({ document: 2000, events: 1000, other: 1000 });
  });
});
