import { scoreSlot, type ScoreContext } from "@/lib/search/engine";
import type { SearchDoc } from "@/lib/search/format";
import { indexTerms } from "@/lib/search/tokenize";

/**
 * The term → score slot → doc numbers map that FlexSearch builds from our terms and `score`
 * callback (`Index.add` with tokenize "strict": each distinct term of a doc, in order of first
 * occurrence, pushes the doc number into slot `score(term)` of that term), computed here without
 * FlexSearch. Why: at 1,000 issues the build kept every doc's term array (tens of millions of
 * strings) for the average-length pass, FlexSearch's Map of arrays, and its export as JSON text
 * parsed back — 3.6 GB. Here a doc is tokenized once and kept as distinct term ids with counts,
 * and the postings as one packed integer each. postings.test.ts checks the result against what
 * FlexSearch itself exports, which stays the source of truth.
 */

/** One term's postings in shard form: [[slot, firstDoc, gap, …], …] for its non-empty slots. */
export type TermPostings = { term: string; docCount: number; slots: number[][] };

export type PostingsTable = {
  /** Every term, sorted by UTF-16 code units (the order the shards list them in). */
  terms: string[];
  /** Documents holding terms[i]: its number of postings. */
  docCounts: number[];
  /** The postings of terms[i], built on demand so only one common term's arrays live at a time. */
  postingsOf: (i: number) => TermPostings;
};

// A posting is slot × DOC_STRIDE + doc, so sorting a term's postings numerically orders them by
// slot, then doc — the order of the encoded slots. Slots are < 16 (engine.ts RESOLUTION), so this
// fits a Uint32 for up to 2^27 docs.
const DOC_STRIDE = 2 ** 27;

/** Growable Uint32 list: a posting costs 4 bytes instead of a JS array slot (8) and its growth. */
class Uint32List {
  private data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  add(i: number, delta: number): void {
    this.data[i] = (this.data[i] ?? 0) + delta;
  }
  at(i: number): number {
    return this.data[i] ?? 0;
  }
}

type DocTerms = {
  /** Distinct terms of all docs, doc after doc, each in order of first occurrence (ids into `vocab`). */
  ids: Uint32List;
  counts: Uint32List;
  /** Doc n's terms are ids[end[n-1] … end[n]). */
  end: Uint32Array;
  /** Number of terms of doc n, repeats included (BM25's document length). */
  length: Uint32Array;
  vocab: string[];
};

function collectDocTerms(docs: SearchDoc[]): DocTerms {
  const index = new Map<string, number>();
  const out: DocTerms = { ids: new Uint32List(), counts: new Uint32List(), end: new Uint32Array(docs.length), length: new Uint32Array(docs.length), vocab: [] };
  // Per term id: the last doc it was seen in and where in `ids` that doc's entry is. Counting by id
  // instead of a Map per doc took a third off this loop (which is most of the build's CPU).
  const lastDoc: number[] = [];
  const entry: number[] = [];
  docs.forEach((doc, n) => {
    const terms = indexTerms(doc.text);
    for (const term of terms) {
      let id = index.get(term);
      if (id === undefined) {
        id = out.vocab.push(checkedTerm(term)) - 1;
        index.set(term, id);
      }
      if (lastDoc[id] === n) out.counts.add(entry[id] ?? 0, 1);
      else {
        lastDoc[id] = n;
        entry[id] = out.ids.length;
        out.ids.push(id);
        out.counts.push(1);
      }
    }
    out.end[n] = out.ids.length;
    out.length[n] = terms.length;
  });
  return out;
}

// The index hands FlexSearch the terms joined by spaces and it splits them again (engine.ts
// splitTerms), so an empty term or one with a space would be stored differently from here.
// tokenize.ts never makes one; this is checked once per distinct term.
function checkedTerm(term: string): string {
  if (term === "" || term.includes(" ")) throw new Error(`index term ${JSON.stringify(term)} would be split by FlexSearch`);
  return term;
}

export function buildPostings(docs: SearchDoc[]): PostingsTable {
  if (docs.length >= DOC_STRIDE) throw new Error(`${docs.length} docs: postings are packed for fewer than ${DOC_STRIDE}`);
  const docTerms = collectDocTerms(docs);
  const { offsets, packed } = packPostings(docs, docTerms);
  const { vocab } = docTerms;
  const order = vocab.map((_, id) => id).sort((a, b) => compareTerms(vocab[a] ?? "", vocab[b] ?? ""));
  return {
    terms: order.map((id) => vocab[id] ?? ""),
    docCounts: order.map((id) => (offsets[id + 1] ?? 0) - (offsets[id] ?? 0)),
    postingsOf: (i) => {
      const id = order[i] ?? 0;
      const own = packed.subarray(offsets[id], offsets[id + 1]).sort();
      return { term: vocab[id] ?? "", docCount: own.length, slots: encodePacked(own) };
    },
  };
}

/** Scores every (doc, term) and groups the postings by term: term id t owns packed[offsets[t] … offsets[t+1]). */
function packPostings(docs: SearchDoc[], docTerms: DocTerms): { offsets: Uint32Array; packed: Uint32Array } {
  const { ids, counts, end, length, vocab } = docTerms;
  const offsets = new Uint32Array(vocab.length + 1);
  for (let k = 0; k < ids.length; k++) offsets[ids.at(k) + 1] = (offsets[ids.at(k) + 1] ?? 0) + 1;
  for (let t = 0; t < vocab.length; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const cursor = offsets.slice(0, vocab.length);
  const packed = new Uint32Array(ids.length);
  const total = length.reduce((sum, l) => sum + l, 0);
  const averageLength = docs.length > 0 ? total / docs.length : 1;
  docs.forEach((doc, n) => {
    const ctx: ScoreContext = { kind: doc.kind, length: Math.max(1, length[n] ?? 0), averageLength };
    for (let k = n === 0 ? 0 : (end[n - 1] ?? 0); k < (end[n] ?? 0); k++) {
      const id = ids.at(k);
      const at = cursor[id] ?? 0;
      packed[at] = scoreSlot(ctx, vocab[id] ?? "", counts.at(k)) * DOC_STRIDE + n;
      cursor[id] = at + 1;
    }
  });
  return { offsets, packed };
}

/** Sorted packed postings of one term → [[slot, firstDoc, gap, …], …]. */
function encodePacked(own: Uint32Array): number[][] {
  const slots: number[][] = [];
  let current: number[] = [];
  let slot = -1;
  let previous = 0;
  for (const value of own) {
    const s = Math.floor(value / DOC_STRIDE);
    const doc = value % DOC_STRIDE;
    if (s !== slot) {
      slot = s;
      current = [slot, doc];
      slots.push(current);
    } else current.push(doc - previous);
    previous = doc;
  }
  return slots;
}

export function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
