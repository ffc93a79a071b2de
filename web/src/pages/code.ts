import { useState } from "preact/hooks";
import type { CodedArticle } from "../../../src/contract.js";
import { AnnotatedArticle, Legend, type Selection } from "../annotated.js";
import { api, ErrorBox, html } from "../lib.js";
import { ArticleHeader } from "./article.js";

const MAX_BYTES = 2 * 1024 * 1024;

export function CodePage() {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [coded, setCoded] = useState<CodedArticle | null>(null);
  const [selection, setSelection] = useState<Selection>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = JSON.stringify({ text, title: title || undefined, date: date || undefined });
      const result = await api<CodedArticle>("/api/code", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      setCoded(result);
      setSelection(null);
    } catch (err) {
      setError(err as Error);
      setCoded(null);
    } finally {
      setBusy(false);
    }
  };

  const upload = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(new Error(`${file.name} is larger than 2 MB`));
      return;
    }
    setText(await file.text());
    if (!title) setTitle(file.name.replace(/\.[^.]+$/, ""));
  };

  return html`<section class="page">
    <header class="page-head">
      <h1>Code an article</h1>
      <p class="muted">Paste or upload a news article; it is coded at once and not stored.</p>
    </header>
    <form class="code-form" onSubmit=${submit}>
      <div class="row">
        <label>Title <input name="title" value=${title} onInput=${(e: Event) => setTitle((e.target as HTMLInputElement).value)} /></label>
        <label>Date <input name="date" type="date" value=${date} onInput=${(e: Event) => setDate((e.target as HTMLInputElement).value)} /></label>
        <label>Upload text file <input name="file" type="file" accept=".txt,text/plain" onChange=${upload} /></label>
      </div>
      <label class="block">Article text
        <textarea name="text" rows="10" placeholder="Paste the article here…" value=${text}
          onInput=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}></textarea>
      </label>
      <div class="row">
        <button type="submit" class="primary" disabled=${busy || text.trim() === ""}>${busy ? "Coding…" : "Code it"}</button>
        <span class="muted small">${text.length.toLocaleString("en")} characters</span>
      </div>
    </form>
    ${error ? html`<${ErrorBox} error=${error} />` : ""}
    ${
      coded
        ? html`<div class="result" data-testid="code-result">
            <${ArticleHeader} coded=${coded} />
            ${
              coded.diagnostics?.length
                ? html`<ul class="diagnostics">${coded.diagnostics.map((d) => html`<li><code>${d.code}</code> ${d.message}</li>`)}</ul>`
                : ""
            }
            <${Legend} />
            <${AnnotatedArticle} coded=${coded} selection=${selection} onSelect=${setSelection} />
          </div>`
        : ""
    }
  </section>`;
}
