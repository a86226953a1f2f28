import { parsedNoticeSchema, type ParsedNotice, type ParseWarning } from "../schema/parsed-issue.ts";
import { normalizeNewlines } from "./decode.ts";
import { ParseError } from "./errors.ts";
import { parseNoticeLines } from "./notice.ts";
import { extractLicensingDecisions, extractStandards } from "./records.ts";
import { splitLines } from "./text.ts";
import { validateOutput } from "./validate-output.ts";

/**
 * A single notice copied from elsewhere (a MOFCOM web page, a PDF): title/number line, body, issuers,
 * date. Same rules as inside an issue; the contents-derived fields (page, official English title)
 * are simply absent.
 */
export function parseStandaloneNotice(text: string, options: { file?: string } = {}): ParsedNotice {
  const file = options.file ?? "<input>";
  const lines = splitLines(normalizeNewlines(text));
  const start = lines.findIndex((l) => l.norm !== "");
  if (start < 0) throw new ParseError(file, 1, "empty file: expected the text of a notice");
  const draft = parseNoticeLines(lines.slice(start), file, "notice");
  const notice = { ...draft.notice, position: 1, titleEn: null, page: null };
  const warnings: ParseWarning[] = [];
  const nonBlank = lines.filter((l) => l.norm !== "");
  const unmapped = nonBlank.filter((l) => !draft.segmented.claims.has(l.no)).map((l) => l.no);
  for (const line of unmapped) warnings.push({ line, code: "unmapped-line", message: `line not mapped to any block or field` });
  const result = {
    notice,
    standards: extractStandards(notice, file),
    licensingDecisions: extractLicensingDecisions(notice),
    coverage: {
      sourceLines: nonBlank.length,
      mappedLines: nonBlank.length - unmapped.length,
      unmappedLines: unmapped,
      ratio: (nonBlank.length - unmapped.length) / nonBlank.length,
    },
    warnings,
  };
  return validateOutput(parsedNoticeSchema, result, file);
}
