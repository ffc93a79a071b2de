/**
 * Contract section of `npm run eval`: codes every article of the shared news corpus and checks the output contract
 * on real text rather than on fixtures: each coded article validates against schema/coded-article.schema.json and
 * every span satisfies `text.slice(start, end) === span.text`. Also reports how much each article yields, so that a
 * change that silently drops a layer shows up here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import type { CodedArticle } from "../contract.js";
import { brokenSpans, collectSpans } from "../test-support/spans.js";
import { loadNewsCorpus, REPO_ROOT } from "./shared.js";
import type { EvalContext, EvalResult, Evaluator } from "./types.js";

const TITLE = "Output contract on the whole news corpus";
/** Problems listed in the report at most (the count covers them all). */
const SHOWN = 10;

interface Tally {
  articles: number;
  spans: number;
  schemaFailures: number;
  spanFailures: number;
  entities: number;
  quotes: number;
  attributions: number;
  events: number;
  problems: string[];
}

function checkArticle(coded: CodedArticle, validate: (x: unknown) => boolean, t: Tally, errors: () => string): void {
  t.articles++;
  t.spans += collectSpans(coded).length;
  t.entities += coded.entities.length;
  t.quotes += coded.quotes.length;
  t.attributions += coded.attributions.length;
  t.events += coded.events.length;
  if (!validate(coded)) {
    t.schemaFailures++;
    t.problems.push(`${coded.article.id}: schema: ${errors()}`);
  }
  const broken = brokenSpans(coded);
  t.spanFailures += broken.length;
  for (const b of broken) t.problems.push(`${coded.article.id}: ${b}`);
}

export const evaluateContract: Evaluator = async (ctx: EvalContext): Promise<EvalResult> => {
  const { articles, files } = loadNewsCorpus();
  if (files.length === 0) return { ok: false, title: TITLE, skipped: `no corpus/*.jsonl under ${ctx.shared}` };
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema", "coded-article.schema.json"), "utf8"));
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true });
  const validate = ajv.compile(schema);
  const errors = () => ajv.errorsText(validate.errors).slice(0, 300);
  const t: Tally = {
    articles: 0,
    spans: 0,
    schemaFailures: 0,
    spanFailures: 0,
    entities: 0,
    quotes: 0,
    attributions: 0,
    events: 0,
    problems: [],
  };
  for (const article of articles) checkArticle(ctx.pipeline.code(article), validate, t, errors);
  const per = (x: number) => (x / t.articles).toFixed(2);
  const markdown = [
    `Every article of ${files.join(", ")} coded with the default pipeline; each output validated against schema/coded-article.schema.json, and every span (mentions, speakers, sources, cues, content, event actors and triggers) checked to be exactly \`text.slice(start, end)\`.`,
    "",
    "| articles | spans checked | schema failures | broken spans | entities / article | quotes / article | attributions / article | events / article |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    `| ${t.articles} | ${t.spans} | ${t.schemaFailures} | ${t.spanFailures} | ${per(t.entities)} | ${per(t.quotes)} | ${per(t.attributions)} | ${per(t.events)} |`,
    ...(t.problems.length > 0 ? ["", "First problems:", "", ...t.problems.slice(0, SHOWN).map((p) => `- ${p}`)] : []),
  ].join("\n");
  return {
    ok: true,
    section: {
      title: TITLE,
      markdown,
      headline: {
        articles: t.articles,
        spans: t.spans,
        "schema failures": t.schemaFailures,
        "broken spans": t.spanFailures,
      },
    },
  };
};
