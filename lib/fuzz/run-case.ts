import { decodeSource } from "@/lib/parse/decode";
import { ParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";

/**
 * One fuzz case through decode + parse. The verdicts the fuzz counts: refused (a ParseError, the
 * right answer to damage), accepted (parsed with every notice the original lists), renamed-notice
 * (every listed notice is there, but one lost what its id is made of, e.g. a deleted 文号 line, and
 * parsed under a fallback id: ingest refuses to replace a stored issue that would lose a notice id
 * unless --force), dropped-notice (accepted with fewer notices or contents entries than the
 * original: the bug issue 9 is about), crash (anything thrown that is not a ParseError).
 */
export const VERDICTS = ["accepted", "renamed-notice", "refused", "dropped-notice", "crash"] as const;
export type Verdict = (typeof VERDICTS)[number];
/** `ms` wall time; `cpuMs` this process's CPU time, which a loaded shared machine does not inflate. */
export type CaseResult = { verdict: Verdict; ms: number; cpuMs: number; detail: string; parsed: ParsedIssue | null };

export function runParseCase(bytes: Uint8Array, file: string, listedNoticeIds: readonly string[]): CaseResult {
  const listed = listedNoticeIds.length;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const done = (verdict: Verdict, detail: string, parsed: ParsedIssue | null = null): CaseResult => {
    const cpu = process.cpuUsage(c0);
    return { verdict, ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, detail, parsed };
  };
  try {
    const parsed = parseIssue(decodeSource(bytes, file), { file });
    const ids = new Set(parsed.notices.map((n) => n.id));
    const lost = listedNoticeIds.filter((id) => !ids.has(id));
    if (parsed.notices.length < listed || parsed.contents.length < listed) return done("dropped-notice", `accepted without ${lost.join(", ")}`, parsed);
    if (lost.length > 0) return done("renamed-notice", `${lost.join(", ")} parsed under another id`, parsed);
    return done("accepted", `${parsed.notices.length} notices`, parsed);
  } catch (error) {
    if (error instanceof ParseError) return done("refused", `${error.line}: ${error.message}`);
    return done("crash", error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}
