import { parsedNoticeSchema, type Notice, type ParsedNotice, type ParseWarning } from "@/lib/schema/parsed-issue";
import { normalizeNewlines } from "@/lib/parse/decode";
import { ParseError } from "@/lib/parse/errors";
import { assembleNotice } from "@/lib/parse/notice";
import { extractLicensingDecisions, extractStandards } from "@/lib/parse/records";
import { resolveReferences } from "@/lib/parse/references";
import { findCollapsedDates, splitLines } from "@/lib/parse/text";
import { validateOutput } from "@/lib/parse/validate-output";
import { readWebFront, separateSiteLines } from "@/lib/parse/web-copy";

/**
 * A single notice copied from elsewhere (a MOFCOM web page, a PDF, another website): title/number
 * line, body, issuers, date. Same rules as inside an issue, plus what web copies bring: site
 * metadata and clutter lines, one-line titles, no title at all. The contents-derived fields (page,
 * official English title) are simply absent.
 */
export type StandaloneOptions = {
  file?: string;
  /** Ids of the notices in the archive: citations of them get `noticeId` (see resolveReferences). */
  knownNoticeIds?: ReadonlySet<string>;
};

export function parseStandaloneNotice(text: string, options: StandaloneOptions = {}): ParsedNotice {
  const file = options.file ?? "<input>";
  const all = splitLines(normalizeNewlines(text));
  if (!all.some((l) => l.norm !== "")) throw new ParseError(file, 1, "empty file: expected the text of a notice");
  const site = separateSiteLines(all);
  const start = site.lines.findIndex((l) => l.norm !== "");
  if (start < 0) throw new ParseError(file, 1, "expected the text of a notice, found only website metadata and clutter lines");
  const lines = site.lines.slice(start);
  const front = readWebFront(lines, site.metadata, file);
  const draft = assembleNotice(front, lines, file, { fallbackId: null, sourceMetadata: site.metadata.sort((a, b) => a.line - b.line) });
  const references = resolveReferences(draft.notice.references, options.knownNoticeIds ?? new Set());
  const notice = { ...draft.notice, references, position: 1, titleEn: null, page: null };
  const claims = new Map([...site.claims, ...draft.segmented.claims]);
  const warnings: ParseWarning[] = [...site.warnings, ...draft.warnings, ...textWarnings(notice)];
  const nonBlank = all.filter((l) => l.norm !== "");
  const unmapped = nonBlank.filter((l) => !claims.has(l.no)).map((l) => l.no);
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
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
  };
  return validateOutput(parsedNoticeSchema, result, file);
}

/** Collapsed dates (自2013115日起) and attachments the copy does not print. */
function textWarnings(notice: Notice): ParseWarning[] {
  const out: ParseWarning[] = [];
  for (const b of notice.blocks) {
    for (const d of findCollapsedDates(b.text)) {
      out.push({ line: b.lines.start, code: "collapsed-date", message: `"${d}" lost its 年/月: kept as printed, no date read from it` });
    }
  }
  for (const a of notice.attachments) {
    if (a.blockId === null) out.push({ line: a.line, code: "attachment-missing", message: `attachment "${a.title}" is referred to but not printed in this copy` });
  }
  return out;
}
