import { describe, expect, it } from "vitest";
import { codeText } from "../test-support/code-text.js";

/** The name of the entity that speaks the article's first quote. */
function speakerName(text: string): { span: string | undefined; entity: string | undefined } {
  const article = codeText(text);
  const speaker = article.quotes[0]?.speaker;
  const entity = article.entities.find((e) => e.id === speaker?.entity);
  return { span: speaker?.text, entity: entity?.name };
}

// PolNeAR marks the relative pronoun as the source span; the speaker is the noun the relative clause modifies.
describe("a relative pronoun speaks for its antecedent", () => {
  it.each([
    ['The bill was drafted by Alex Greenwich who said on the floor, "It follows decades of work."', "Alex Greenwich"],
    ["The plan was opposed by Maria Lenz, who said the cost was too high.", "Maria Lenz"],
  ])("%s", (text, name) => {
    expect(speakerName(text)).toEqual({ span: "who", entity: name });
  });

  it("leaves a question's 'who' without a speaker", () => {
    expect(speakerName("Who said the cost was too high?").entity).toBeUndefined();
  });
});
