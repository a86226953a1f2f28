import { mutantFor, MUTATION_KINDS, type MutationKind } from "@/lib/fuzz/mutations";
import { runParseCase, VERDICTS, type CaseResult, type Verdict } from "@/lib/fuzz/run-case";

export type KindRow = Record<Verdict, number> & { maxMs: number; maxCpuMs: number };

/** Tally of a fuzz run by mutation kind and verdict, plus every case that is a bug. */
export type FuzzTally = {
  cases: number;
  byKind: Map<MutationKind, KindRow>;
  bugs: { index: number; kind: MutationKind; note: string; verdict: Verdict; detail: string }[];
  maxMs: number;
};

export function emptyTally(): FuzzTally {
  const row = (): KindRow => ({ accepted: 0, "renamed-notice": 0, refused: 0, "dropped-notice": 0, crash: 0, maxMs: 0, maxCpuMs: 0 });
  return { cases: 0, byKind: new Map(MUTATION_KINDS.map((k) => [k, row()])), bugs: [], maxMs: 0 };
}

/**
 * Runs cases [from, to) of `seed` against `source`; `onCase` sees each mutant and its result (the
 * tests use it for round-trip checks, the CLI for progress).
 */
export function fuzzParse(
  source: Uint8Array,
  listedNoticeIds: readonly string[],
  { seed, from = 0, to }: { seed: number; from?: number; to: number },
  tally: FuzzTally = emptyTally(),
  onCase: (mutant: ReturnType<typeof mutantFor>, result: CaseResult) => void = () => {},
): FuzzTally {
  for (let i = from; i < to; i++) {
    const mutant = mutantFor(source, seed, i);
    const result = runParseCase(mutant.bytes, `mutant-${i}.txt`, listedNoticeIds);
    const row = tally.byKind.get(mutant.kind);
    if (!row) throw new Error(`no tally row for ${mutant.kind}`);
    row[result.verdict]++;
    row.maxMs = Math.max(row.maxMs, result.ms);
    row.maxCpuMs = Math.max(row.maxCpuMs, result.cpuMs);
    tally.maxMs = Math.max(tally.maxMs, result.ms);
    tally.cases++;
    if (result.verdict === "crash" || result.verdict === "dropped-notice") {
      tally.bugs.push({ index: i, kind: mutant.kind, note: mutant.note, verdict: result.verdict, detail: result.detail });
    }
    onCase(mutant, result);
  }
  return tally;
}

/** Adds `part` (a tally of other cases, e.g. from a child process) into `total`. */
export function mergeTally(total: FuzzTally, part: { cases: number; maxMs: number; bugs: FuzzTally["bugs"]; byKind: Record<string, KindRow> }): FuzzTally {
  total.cases += part.cases;
  total.maxMs = Math.max(total.maxMs, part.maxMs);
  total.bugs.push(...part.bugs);
  for (const [kind, row] of total.byKind) {
    const add = part.byKind[kind];
    if (!add) continue;
    for (const verdict of VERDICTS) row[verdict] += add[verdict];
    row.maxMs = Math.max(row.maxMs, add.maxMs);
    row.maxCpuMs = Math.max(row.maxCpuMs, add.maxCpuMs ?? 0);
  }
  return total;
}
