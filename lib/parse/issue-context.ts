import type { ParsedIssue, ParseWarning } from "@/lib/schema/parsed-issue";
import type { SourceLine } from "@/lib/parse/text";

/**
 * What the steps of parseIssue share while they read one issue: the lines, which line each step has
 * claimed (coverage), the warnings and the cover/back lines kept as front matter.
 */
export type IssueContext = {
  file: string;
  lines: SourceLine[];
  nonBlank: SourceLine[];
  claims: Map<number, string>;
  warnings: ParseWarning[];
  frontMatter: ParsedIssue["frontMatter"];
};

export function newIssueContext(file: string, lines: SourceLine[]): IssueContext {
  return { file, lines, nonBlank: lines.filter((l) => l.norm !== ""), claims: new Map(), warnings: [], frontMatter: [] };
}

/** A cover or front-matter line: kept with its role and counted as mapped. */
export function addMatter(ctx: IssueContext, line: SourceLine, role: string): void {
  ctx.frontMatter.push({ lines: { start: line.no, end: line.no }, text: line.text, role });
  ctx.claims.set(line.no, `front:${role}`);
}
