import * as z from "zod/mini";
import { highlightRanges, type Range } from "@/lib/search/highlight";
import { planQuery } from "@/lib/search/tokenize";

/**
 * Wraps what a query matches inside one element in <mark>, with the engine's own highlighter, so the
 * notice page marks exactly what the result snippet marked (folded widths, 2013 年第 3 号 with the
 * PDF's stray spaces, bigrams of a scattered Chinese term). Loaded on demand by HighlightTerms.
 */

const hlSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

/** Text is matched per cell, so a term never spans the Chinese and English columns of a block. */
const CELLS = "[data-cell], td, th";
/** Controls inside a block (copy link, cite) are not its text. */
const SKIP = "button, [aria-hidden='true'], script, style, mark[data-hl]";

export function markQuery(raw: string, root: Element | null): () => void {
  const hl = hlSchema.safeParse(raw);
  if (!hl.success || !root) return () => {};
  const plan = planQuery(hl.data);
  const cells = [...root.querySelectorAll(CELLS)].filter((el) => !el.querySelector(CELLS));
  const undos = (cells.length > 0 ? cells : [root]).map((el) => markElement(el, (text) => highlightRanges(text, plan)));
  return () => undos.forEach((undo) => undo());
}

/**
 * Marks ranges of an element's text. Each text node touched keeps its identity (it is shortened and
 * the marks inserted after it), because React owns these nodes: the undo restores them exactly, so a
 * later render or navigation never finds a node it did not create in its place.
 */
export function markElement(el: Element, rangesOf: (text: string) => Range[]): () => void {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n instanceof Text) nodes.push(n);
  const ranges = rangesOf(nodes.map((n) => n.data).join(""));
  const undos: Array<() => void> = [];
  let offset = 0;
  for (const node of nodes) {
    const start = offset;
    const end = start + node.data.length;
    offset = end;
    const local: Range[] = ranges
      .filter(([s, e]) => e > start && s < end)
      .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
    if (local.length > 0) undos.push(wrapRanges(node, local));
  }
  return () => undos.forEach((undo) => undo());
}

function wrapRanges(node: Text, ranges: Range[]): () => void {
  const original = node.data;
  const added: Node[] = [];
  let tail: Node | null = node.nextSibling;
  // Right to left, so earlier offsets stay valid while the node is cut.
  for (const [s, e] of [...ranges].reverse()) {
    if (e < node.data.length) {
      const after = document.createTextNode(node.data.slice(e));
      node.parentNode?.insertBefore(after, tail);
      added.push(after);
      tail = after;
    }
    const mark = document.createElement("mark");
    mark.dataset.hl = "";
    // Stronger than bg-mark: the #p-N block itself is bg-mark while it is :target (globals.css).
    mark.className = "rounded-sm bg-[color-mix(in_srgb,var(--mark)_70%,var(--accent)_30%)] px-0.5 text-ink";
    mark.textContent = node.data.slice(s, e);
    node.parentNode?.insertBefore(mark, tail);
    added.push(mark);
    tail = mark;
    node.data = node.data.slice(0, s);
  }
  return () => {
    added.forEach((n) => n.parentNode?.removeChild(n));
    node.data = original;
  };
}
