/**
 * Seeded, deterministic mutations of a gazette source file for the parser/ingest fuzz (issue 9).
 * Pure: bytes in, bytes out; case `i` of seed `s` is always the same mutant, on any machine.
 * tests/unit/fuzz.test.ts runs a fast size in `npm test`; `npm run fuzz -- --cases N` the full run.
 */
export const MUTATION_KINDS = [
  "truncate-bytes", "truncate-lines", "delete-lines", "duplicate-lines", "swap-lines", "flip-bytes",
  "invalid-utf8", "gbk-bytes", "crlf-bom", "width-swap", "foreign-line", "huge", "empty", "binary",
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export type Rng = { next: () => number; int: (n: number) => number };

/** mulberry32: small, fast, and the same sequence everywhere. */
export function rngFor(seed: number, index: number): Rng {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n) };
}

export type Mutant = { index: number; kind: MutationKind; bytes: Uint8Array; note: string };

/** The 10 MB case costs seconds; one case in HUGE_EVERY is one (the last of the 500 in npm test). */
export const HUGE_EVERY = 500;
const CHEAP = MUTATION_KINDS.filter((k) => k !== "huge");

/** The kind of case `index`: the cheap kinds take turns, and every HUGE_EVERY-th case is 10 MB. */
export function kindFor(index: number): MutationKind {
  return index % HUGE_EVERY === HUGE_EVERY - 1 ? "huge" : (CHEAP[index % CHEAP.length] ?? "empty");
}

/** Case `index` of `seed`: always the same mutant for the same source. */
export function mutantFor(source: Uint8Array, seed: number, index: number): Mutant {
  const kind = kindFor(index);
  const rng = rngFor(seed, index);
  const [bytes, note] = MUTATE[kind](source, rng);
  return { index, kind, bytes, note };
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);
const toLines = (b: Uint8Array) => dec.decode(b).split("\n");
const fromLines = (lines: string[]) => enc.encode(lines.join("\n"));

// "中华人民共和国商务部公告" as GBK bytes: what a file saved by a Windows editor in the wrong encoding holds.
const GBK = Uint8Array.from([0xd6, 0xd0, 0xbb, 0xaa, 0xc8, 0xcb, 0xc3, 0xf1, 0xb9, 0xb2, 0xba, 0xcd, 0xb9, 0xfa, 0xc9, 0xcc, 0xce, 0xf1, 0xb2, 0xbf, 0xb9, 0xab, 0xb8, 0xe6]);
const INVALID_UTF8 = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe4, 0xb8], [0x80]];
const FOREIGN = [
  "中华人民共和国商务部公告", "目 录", "中国对外经济贸易文告", "《中国对外经济贸易文告》简介", "8. 中华人民共和国商务部公告 2013 年第 9 号 (12)",
  "2013年 第99号", "<script>alert(1)</script>", "Lorem ipsum dolor sit amet.", "\t\t\t", "附件", "中华人民共和国海关总署",
  "2013年1月32日", "1\tSB/T 99999—2012\t不存在的标准\t2013年7月1日", "(稿件来源:某部)", "关于某事项的通知",
];
const HALF = "0123456789()[]:,.;ABCabc ";
const FULL = "０１２３４５６７８９（）［］：，．；ＡＢＣａｂｃ\u3000";

function lineSpan(lines: string[], rng: Rng): [number, number] {
  const start = rng.int(lines.length);
  return [start, Math.min(lines.length, start + 1 + rng.int(3))];
}

function widthSwap(line: string): string {
  return [...line].map((ch) => {
    const h = HALF.indexOf(ch);
    if (h >= 0) return FULL[h] ?? ch;
    const f = FULL.indexOf(ch);
    return f >= 0 ? (HALF[f] ?? ch) : ch;
  }).join("");
}

const MUTATE: Record<MutationKind, (s: Uint8Array, rng: Rng) => [Uint8Array, string]> = {
  "truncate-bytes": (s, rng) => {
    const at = rng.int(s.length);
    return [s.subarray(0, at), `first ${at} bytes`];
  },
  "truncate-lines": (s, rng) => {
    const lines = toLines(s);
    const at = rng.int(lines.length);
    return [fromLines(lines.slice(0, at)), `first ${at} lines`];
  },
  "delete-lines": (s, rng) => {
    const lines = toLines(s);
    const [a, b] = lineSpan(lines, rng);
    lines.splice(a, b - a);
    return [fromLines(lines), `lines ${a + 1}–${b} deleted`];
  },
  "duplicate-lines": (s, rng) => {
    const lines = toLines(s);
    const [a, b] = lineSpan(lines, rng);
    lines.splice(b, 0, ...lines.slice(a, b));
    return [fromLines(lines), `lines ${a + 1}–${b} duplicated`];
  },
  "swap-lines": (s, rng) => {
    const lines = toLines(s);
    const a = rng.int(lines.length);
    const b = rng.int(lines.length);
    [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
    return [fromLines(lines), `lines ${a + 1} and ${b + 1} swapped`];
  },
  "flip-bytes": (s, rng) => {
    const out = Uint8Array.from(s);
    const n = 1 + rng.int(4);
    for (let i = 0; i < n; i++) {
      const at = rng.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << rng.int(8));
    }
    return [out, `${n} bit flip(s)`];
  },
  "invalid-utf8": (s, rng) => {
    const at = rng.int(s.length);
    const bad = Uint8Array.from(INVALID_UTF8[rng.int(INVALID_UTF8.length)] ?? [0xff]);
    return [concat(s.subarray(0, at), bad, s.subarray(at)), `invalid UTF-8 at byte ${at}`];
  },
  "gbk-bytes": (s, rng) => {
    const lines = toLines(s);
    const at = rng.int(lines.length);
    const before = enc.encode(lines.slice(0, at).join("\n") + (at > 0 ? "\n" : ""));
    const after = enc.encode(`\n${lines.slice(at).join("\n")}`);
    return [concat(before, GBK, after), `a GBK line before line ${at + 1}`];
  },
  "crlf-bom": (s, rng) => {
    const text = dec.decode(s).replace(/\n/g, "\r\n");
    return [enc.encode(rng.int(2) ? `\uFEFF${text}` : text), "CRLF line ends (and maybe a BOM)"];
  },
  "width-swap": (s, rng) => {
    const lines = toLines(s);
    const [a, b] = lineSpan(lines, rng);
    for (let i = a; i < b; i++) lines[i] = widthSwap(lines[i] ?? "");
    return [fromLines(lines), `full/half width swapped on lines ${a + 1}–${b}`];
  },
  "foreign-line": (s, rng) => {
    const lines = toLines(s);
    const at = rng.int(lines.length + 1);
    const line = FOREIGN[rng.int(FOREIGN.length)] ?? "";
    lines.splice(at, 0, line);
    return [fromLines(lines), `"${line}" inserted at line ${at + 1}`];
  },
  huge: (s, rng) => {
    // 10 MB: one notice paragraph repeated into the first notice's body (a runaway copy/paste).
    const lines = toLines(s);
    const at = lines.findIndex((l) => l.includes("现予公布")) + 1 || rng.int(lines.length);
    const paragraph = "某企业经审核符合条件。\n\n";
    const filler = enc.encode(paragraph.repeat(Math.ceil((10 * 1024 * 1024) / enc.encode(paragraph).length)));
    return [concat(enc.encode(`${lines.slice(0, at).join("\n")}\n`), filler, enc.encode(lines.slice(at).join("\n"))), "10 MB of paragraphs in notice 1"];
  },
  empty: (_, rng) => {
    const choices = ["", "\n\n\n", " \t\u3000\n", "\uFEFF"];
    const pick = rng.int(choices.length);
    return [enc.encode(choices[pick] ?? ""), `empty/blank variant ${pick}`];
  },
  binary: (_, rng) => {
    const out = new Uint8Array(1 + rng.int(64 * 1024));
    for (let i = 0; i < out.length; i++) out[i] = rng.int(256);
    return [out, `${out.length} random bytes`];
  },
};
