/**
 * A linear scan of HTML tags, and two uses of it: bounding the nesting depth before a DOM is built, and reading
 * the text of pages too large for a DOM.
 *
 * Why by hand: the HTML parser under linkedom (htmlparser2) keeps its open elements in an array it grows with
 * unshift, so parsing costs time proportional to size × depth (a 2 MB page of nested <div>s takes minutes), and
 * Readability and any recursive walk cost as much again or overflow the stack; a linkedom DOM also takes about
 * a kilobyte per element, too much for a 20 MB page of tags. Browsers cap the depth for the same reason (Blink
 * at 512). No library rewrites HTML to a bounded depth in one linear pass, so this scan does: it models the
 * parser's stack of open elements (void elements, raw-text elements, self-closing tags in SVG and MathML, the
 * common implied end tags) in constant time per tag.
 *
 * The model never thinks the page shallower than the parser does (it closes an element only where the parser
 * also would), so after capNesting the parser never sees more than the cap.
 */

/** Deepest element kept. Real news pages stay well under 60; Readability's cost grows with depth. */
export const MAX_HTML_DEPTH = 128;

const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is text up to their own end tag (the parser reads no tags inside them). */
const RAW_TEXT = new Set(["script", "style", "title", "textarea"]);
/** Roots of foreign content, where `<x/>` really closes x, and the elements inside it that switch back to HTML. */
const FOREIGN = new Set(["svg", "math"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/** Block elements: dropping one leaves a line break. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

/** Open elements that a new start tag closes when one of them is the innermost (as the parser does). */
function impliedClosers(name: string): ReadonlySet<string> | null {
  if (name === "li") return LI;
  if (name === "option") return OPTION;
  if (name === "dd" || name === "dt") return DD_DT;
  if (name === "tr") return TR;
  if (name === "td") return CELL;
  if (name === "th") return TH;
  return BLOCK.has(name) || /^h[1-6]$/.test(name) ? P : null;
}
const LI = new Set(["li"]);
const OPTION = new Set(["option"]);
const DD_DT = new Set(["dd", "dt"]);
const TR = new Set(["tr", "th", "td"]);
const CELL = new Set(["th", "td"]);
const TH = new Set(["th"]);
const P = new Set(["p"]);

/** The end of a tag starting at `from` (index just past its `>`), skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = "";
  for (let i = from; i < html.length; i++) {
    const c = html[i] as string;
    if (quote) {
      if (c === quote) quote = "";
    } else if ((c === '"' || c === "'") && /=\s*$/.test(html.slice(Math.max(from, i - 8), i))) {
      quote = c;
    } else if (c === ">") {
      return i + 1;
    }
  }
  return html.length;
}

/** Index just past the end tag `</name …>` of a raw-text element, or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const end = new RegExp(`</${name}[\\s/>]`, "ig");
  end.lastIndex = from;
  const m = end.exec(html);
  return m ? tagEnd(html, m.index + 2) : html.length;
}

/** What the scan reports, in document order. `depth` counts the element itself (a child of <body> in <html> is 3). */
export interface ScanEvents {
  /** Character data between tags, as written (entities not decoded). */
  text?(from: number, to: number): void;
  /** A start tag that opens an element. */
  open?(name: string, from: number, to: number, depth: number): void;
  /** An element closed by its end tag at [from, to), or implied (from === to: by a later tag or the input's end). */
  close?(name: string, from: number, to: number, depth: number): void;
  /** A void or self-closed element (br, img, <path/> in SVG). */
  empty?(name: string, from: number, to: number, depth: number): void;
  /** A script, style, title or textarea element whole, from its start tag to past its end tag. */
  raw?(name: string, from: number, to: number, depth: number, contentFrom: number, contentTo: number): void;
}

const tagName = (html: string, from: number, end: number) =>
  (/^[^\s/>]+/.exec(html.slice(from, Math.min(end, from + 64)))?.[0] ?? "").toLowerCase();

/**
 * Scans the tags of a page in one pass, in time linear in its length whatever its nesting. Comments, doctypes and
 * processing instructions are skipped; stray end tags are ignored, as the parser ignores them.
 */
export function scanHtml(html: string, on: ScanEvents): void {
  // Names of the open elements, outermost first, and how many of each are open, so that an end tag with no open
  // element is known stray in constant time.
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  /** For each open svg/math (true) or integration point (false): whether `<x/>` closes x there. */
  const foreign: boolean[] = [];
  const pop = (from: number, to: number): string => {
    const depth = stack.length;
    const name = stack.pop() as string;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
    on.close?.(name, from, to, depth);
    return name;
  };
  let at = 0;
  for (let i = html.indexOf("<"); i >= 0 && i < html.length; i = html.indexOf("<", at)) {
    if (i > at) on.text?.(at, i);
    const next = html[i + 1] ?? "";
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      at = close < 0 ? html.length : close + 3;
    } else if (next === "!" || next === "?") {
      at = tagEnd(html, i + 2);
    } else if (next === "/" && /[a-z]/i.test(html[i + 2] ?? "")) {
      at = tagEnd(html, i + 2);
      const name = tagName(html, i + 2, at);
      if ((openCount.get(name) ?? 0) > 0) {
        // Elements left open inside it close with it (implied), then it closes at its end tag.
        while (stack[stack.length - 1] !== name) pop(i, i);
        pop(i, at);
      }
    } else if (/[a-z]/i.test(next)) {
      at = tagEnd(html, i + 1);
      const name = tagName(html, i + 1, at);
      const closers = impliedClosers(name);
      while (closers && stack.length > 0 && closers.has(stack[stack.length - 1] as string)) pop(i, i);
      // "<x/>" closes x only in foreign content; elsewhere it opens x, and a "<title/>" or "<script/>" opens
      // an element whose content the parser reads as markup, not as raw text.
      // An svg or math element opens foreign content and an integration point (title, desc…) leaves it, before
      // the parser decides whether "/>" closes the element itself.
      const slash = html[at - 2] === "/";
      const context = FOREIGN.has(name) ? true : INTEGRATION.has(name) ? false : foreign[foreign.length - 1] === true;
      const selfClosed = context && slash;
      const depth = stack.length + 1;
      if (RAW_TEXT.has(name) && !slash) {
        const after = rawTextEnd(html, name, at);
        on.raw?.(name, i, after, depth, at, Math.max(at, html.lastIndexOf("<", after - 1)));
        at = after;
      } else if (VOID.has(name) || selfClosed) {
        on.empty?.(name, i, at, depth);
      } else {
        stack.push(name);
        openCount.set(name, (openCount.get(name) ?? 0) + 1);
        if (FOREIGN.has(name)) foreign.push(true);
        else if (INTEGRATION.has(name)) foreign.push(false);
        on.open?.(name, i, at, depth);
      }
    } else {
      // A "<" that starts no tag is text.
      on.text?.(i, i + 1);
      at = i + 1;
    }
  }
  if (at < html.length) on.text?.(at, html.length);
  while (stack.length > 0) pop(html.length, html.length);
}

export interface CappedHtml {
  /** The HTML, the very input string when nothing was deeper than the cap. */
  html: string;
  /**
   * Sum over the characters of the (capped) page of the number of elements around them: what a reader that looks
   * at each element's whole text, as Readability does, pays. A flat page has a few times its length.
   */
  depthWeight: number;
}

/**
 * The HTML with every element deeper than `maxDepth` unwrapped: its tags dropped, its content kept (a dropped
 * block element leaves a <br>, so its text does not run into its neighbour's; a script or style that deep is
 * dropped whole). Returns the input itself when nothing is that deep, so ordinary pages are read as before.
 */
export function capNesting(html: string, maxDepth = MAX_HTML_DEPTH): CappedHtml {
  const out: string[] = [];
  let copied = 0;
  let depthWeight = 0;
  let weighed = 0;
  let depth = 0;
  const weigh = (to: number) => {
    depthWeight += (to - weighed) * Math.min(depth, maxDepth);
    weighed = to;
  };
  const drop = (from: number, to: number, replacement: string) => {
    out.push(html.slice(copied, from), replacement);
    copied = to;
  };
  scanHtml(html, {
    open(name, from, to, d) {
      weigh(from);
      depth = d;
      if (d > maxDepth) drop(from, to, BLOCK.has(name) ? "<br>" : "");
    },
    close(name, from, to, d) {
      weigh(from);
      depth = d - 1;
      if (d > maxDepth && to > from) drop(from, to, BLOCK.has(name) ? "<br>" : "");
    },
    empty(name, from, to, d) {
      if (d > maxDepth && !VOID.has(name)) drop(from, to, "");
    },
    raw(_name, from, to, d) {
      if (d > maxDepth) drop(from, to, "");
    },
  });
  weigh(html.length);
  if (out.length === 0) return { html, depthWeight };
  out.push(html.slice(copied));
  return { html: out.join(""), depthWeight };
}
