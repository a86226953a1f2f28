import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Block, Notice, ParsedIssue } from "@/lib/schema/parsed-issue";
import type { EnglishOverlay } from "@/lib/ingest/english-overlay";

/**
 * ParsedIssue (+ optional English overlay) → the rows ingest writes, as plain objects. Pure: no I/O,
 * no database. Surrogate keys are left out; the rows that need a parent's surrogate id carry the
 * parent's natural key instead (plan rows carry noticeId) and the writer maps it.
 */

type Row<T, Omitted extends keyof T = never> = Omit<T, Omitted>;
type PlanChild<T> = Omit<T, "id" | "planId"> & { noticeId: string };

export type IssueRows = {
  issue: Row<Prisma.IssueCreateManyInput, "id" | "ingestedAt">;
  issuers: Prisma.IssuerCreateManyInput[];
  matter: Row<Prisma.IssueMatterCreateManyInput, "id" | "issueId">[];
  notices: Row<Prisma.NoticeCreateManyInput, "issueId">[];
  contents: Row<Prisma.ContentsEntryCreateManyInput, "id" | "issueId">[];
  noticeIssuers: Row<Prisma.NoticeIssuerCreateManyInput, "id">[];
  attachments: Row<Prisma.NoticeAttachmentCreateManyInput, "id">[];
  blocks: Row<Prisma.BlockCreateManyInput, "id">[];
  standards: Row<Prisma.StandardCreateManyInput, "id">[];
  licensingDecisions: Row<Prisma.LicensingDecisionCreateManyInput, "id">[];
  references: Row<Prisma.NoticeReferenceCreateManyInput, "id">[];
  plans: Row<Prisma.PlanCreateManyInput, "id">[];
  planOutline: PlanChild<Prisma.PlanOutlineEntryCreateManyInput>[];
  planTargets: PlanChild<Prisma.PlanTargetCreateManyInput>[];
  planCities: PlanChild<Prisma.PlanCityCreateManyInput>[];
  glossary: PlanChild<Prisma.GlossaryEntryCreateManyInput>[];
  warnings: Row<Prisma.ParseWarningCreateManyInput, "id" | "issueId">[];
};

export type ToRowsInput = {
  parsed: ParsedIssue;
  /** Project-relative path of the source, stored on the issue. */
  sourceFile: string;
  sourceSha256: string;
  english?: EnglishOverlay | null;
};

export type ToRowsResult = {
  rows: IssueRows;
  /** Overlay entries whose key matches no row: a translation made for a different parse. */
  unmatchedEnglish: string[];
};

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

export function toRows({ parsed, sourceFile, sourceSha256, english }: ToRowsInput): ToRowsResult {
  const en = englishLookup(english ?? null);
  const notices = parsed.notices;
  const { noticeIssuers, attachments, blocks, references } = noticeChildRows(notices, en);
  const { standards, licensingDecisions } = recordRows(parsed, en);
  // Key order is part of rowsSha256 below: reordering these keys would mark every stored issue changed.
  const rows: Omit<IssueRows, "issue"> = {
    issuers: issuerRows(notices),
    matter: matterRows(parsed, en),
    notices: notices.map((notice) => noticeRow(notice, en)),
    contents: contentsRows(parsed, en),
    noticeIssuers,
    attachments,
    blocks,
    standards,
    licensingDecisions,
    references,
    ...planRows(parsed, en),
    warnings: parsed.warnings.map((w, i) => ({ seq: i + 1, line: w.line, code: w.code, message: w.message })),
  };
  const issueRow = issueRowOf(parsed, sourceFile, sourceSha256, english ?? null);
  // Hash of everything written, so an unchanged issue is skipped and a parser or translation change
  // is not (the source hash alone would miss both).
  const rowsSha256 = sha256(JSON.stringify([issueRow, rows]));
  return { rows: { issue: { ...issueRow, rowsSha256 }, ...rows }, unmatchedEnglish: en.unmatched() };
}

function issueRowOf(parsed: ParsedIssue, sourceFile: string, sourceSha256: string, english: EnglishOverlay | null) {
  const { issue, coverage } = parsed;
  return {
    slug: issue.slug,
    year: issue.year,
    number: issue.number,
    series: issue.series,
    publishedOn: issue.publishedOn,
    titleZh: issue.titleZh,
    titleEn: issue.titleEn,
    publisherZh: issue.publisherZh,
    publisherEn: issue.publisherEn,
    supervisorZh: issue.supervisorZh,
    supervisorEn: english?.issue.supervisorEn ?? null,
    website: issue.website,
    sourceFile,
    sourceSha256,
    translationSha256: english?.translationSha256 ?? null,
    sourceLines: coverage.sourceLines,
    mappedLines: coverage.mappedLines,
    coverageRatio: coverage.ratio,
    unmappedLines: coverage.unmappedLines,
  };
}

function issuerRows(notices: Notice[]): IssueRows["issuers"] {
  const issuers = new Map<string, Prisma.IssuerCreateManyInput>();
  for (const notice of notices) {
    for (const { code, abbr, nameZh, nameEn } of notice.issuers) issuers.set(code, { code, abbr, nameZh, nameEn });
  }
  return [...issuers.values()];
}

function matterRows(parsed: ParsedIssue, en: EnglishLookup): IssueRows["matter"] {
  return [
    ...parsed.frontMatter.map((m, i) => ({ part: "front", order: i + 1, m })),
    ...parsed.backMatter.map((m, i) => ({ part: "back", order: i + 1, m })),
  ].map(({ part, order, m }) => ({
    part,
    order,
    role: m.role,
    text: m.text,
    textEn: en.matter.get(key(part, order))?.textEn ?? null,
    lineStart: m.lines.start,
    lineEnd: m.lines.end,
  }));
}

function contentsRows(parsed: ParsedIssue, en: EnglishLookup): IssueRows["contents"] {
  return parsed.contents.map((c) => ({
    position: c.position,
    titleZh: c.titleZh,
    titleEnOfficial: c.titleEn,
    titleEnTranslated: en.contents.get(key(c.position))?.titleEnTranslated ?? null,
    page: c.page,
    lineZh: c.lineZh,
    lineEn: c.lineEn,
    noticeId: c.noticeId,
  }));
}

function noticeChildRows(notices: Notice[], en: EnglishLookup): Pick<IssueRows, "noticeIssuers" | "attachments" | "blocks" | "references"> {
  return {
    noticeIssuers: notices.flatMap((notice) =>
      notice.issuers.map((issuer, i) => ({ noticeId: notice.id, issuerCode: issuer.code, order: i + 1, printed: issuer.printed })),
    ),
    attachments: notices.flatMap((notice) =>
      notice.attachments.map((a, i) => ({
        noticeId: notice.id,
        order: i + 1,
        title: a.title,
        titleEn: en.attachments.get(key(notice.id, i + 1))?.titleEn ?? null,
        blockId: a.blockId,
        line: a.line,
      })),
    ),
    blocks: notices.flatMap((notice) => notice.blocks.map((block, i) => blockRow(notice.id, block, i + 1, en))),
    references: notices.flatMap((n) =>
      n.references.map((r, i) => ({ noticeId: n.id, seq: i + 1, kind: r.kind, printed: r.printed, target: r.target, blockId: r.blockId, line: r.line })),
    ),
  };
}

function recordRows(parsed: ParsedIssue, en: EnglishLookup): Pick<IssueRows, "standards" | "licensingDecisions"> {
  return {
    standards: parsed.standards.map((s) => ({
      noticeId: s.noticeId,
      blockId: s.blockId,
      row: s.row,
      seq: s.seq,
      code: s.code,
      codeNormalized: s.codeNormalized,
      nameZh: s.nameZh,
      nameEn: en.standards.get(key(s.noticeId, s.seq))?.nameEn ?? null,
      effectiveDateText: s.effectiveDateText,
      effectiveDate: s.effectiveDate,
      line: s.line,
    })),
    licensingDecisions: parsed.licensingDecisions.map((d) => ({
      noticeId: d.noticeId,
      blockId: d.blockId,
      seq: d.seq,
      company: d.company,
      companyEn: en.licensingDecisions.get(key(d.noticeId, d.seq))?.companyEn ?? null,
      licenceKind: d.licenceKind,
      action: d.action,
      line: d.line,
    })),
  };
}

function planRows(parsed: ParsedIssue, en: EnglishLookup): Pick<IssueRows, "plans" | "planOutline" | "planTargets" | "planCities" | "glossary"> {
  return {
    plans: parsed.plans.map((p) => ({
      noticeId: p.noticeId,
      titleZh: p.titleZh,
      titleEn: en.plans.get(key(p.noticeId))?.titleEn ?? null,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
    })),
    planOutline: parsed.plans.flatMap((p) =>
      p.outline.map((o) => ({
        noticeId: p.noticeId,
        seq: o.seq,
        level: o.level,
        numbering: o.numbering,
        title: o.title,
        titleEn: en.planOutline.get(key(p.noticeId, o.seq))?.titleEn ?? null,
        page: o.page,
        line: o.line,
        blockId: o.blockId,
      })),
    ),
    planTargets: parsed.plans.flatMap((p) =>
      p.targets.map((t) => {
        const tEn = en.planTargets.get(key(p.noticeId, t.seq));
        return {
          noticeId: p.noticeId,
          seq: t.seq,
          measure: t.measure,
          measureEn: tEn?.measureEn ?? null,
          value: t.value,
          valueMax: t.valueMax,
          unit: t.unit,
          unitEn: tEn?.unitEn ?? null,
          comparator: t.comparator,
          targetYear: t.targetYear,
          clause: t.clause,
          clauseEn: tEn?.clauseEn ?? null,
          goal: t.goal,
          goalEn: tEn?.goalEn ?? null,
          blockId: t.blockId,
          line: t.line,
        };
      }),
    ),
    planCities: parsed.plans.flatMap((p) =>
      p.cities.map((c) => ({
        noticeId: p.noticeId,
        seq: c.seq,
        name: c.name,
        nameEn: en.planCities.get(key(p.noticeId, c.seq))?.nameEn ?? null,
        blockId: c.blockId,
      })),
    ),
    glossary: parsed.plans.flatMap((p) =>
      p.glossary.map((g) => ({
        noticeId: p.noticeId,
        seq: g.seq,
        numbering: g.numbering,
        term: g.term,
        termEn: en.glossary.get(key(p.noticeId, g.seq))?.termEn ?? null,
        headingBlockId: g.headingBlockId,
        blockIds: g.blockIds,
      })),
    ),
  };
}

function noticeRow(notice: Notice, en: EnglishLookup): IssueRows["notices"][number] {
  const nEn = en.notices.get(key(notice.id));
  return {
    id: notice.id,
    position: notice.position,
    kind: notice.kind,
    numberYear: notice.number?.year ?? null,
    numberNo: notice.number?.number ?? null,
    numberText: notice.number?.text ?? null,
    numberLine: notice.number?.line ?? null,
    docNumberText: notice.documentNumber?.text ?? null,
    docNumberNormalized: notice.documentNumber?.normalized ?? null,
    docNumberPrefix: notice.documentNumber?.prefix ?? null,
    docNumberYear: notice.documentNumber?.year ?? null,
    docNumberNo: notice.documentNumber?.number ?? null,
    docNumberLine: notice.documentNumber?.line ?? null,
    headerText: notice.headerText,
    headerTextEn: nEn?.headerTextEn ?? null,
    titleZh: notice.titleZh,
    titleEnOfficial: notice.titleEn,
    titleEnTranslated: nEn?.titleEnTranslated ?? null,
    // Left out, not null, when there are none: a nullable Json column takes no plain null, and the
    // bulk insert stores a missing key as SQL NULL.
    ...(nEn?.otherTitlesEn ? { otherTitlesEn: nEn.otherTitlesEn } : {}),
    subject: notice.subject,
    subjectEn: nEn?.subjectEn ?? null,
    signingDates: notice.signingDates,
    sourceNote: notice.sourceNote,
    sourceNoteEn: nEn?.sourceNoteEn ?? null,
    page: notice.page,
    lineStart: notice.lines.start,
    lineEnd: notice.lines.end,
  };
}

function blockRow(noticeId: string, block: Block, order: number, en: EnglishLookup): IssueRows["blocks"][number] {
  const bEn = en.blocks.get(key(noticeId, block.id));
  const row: IssueRows["blocks"][number] = {
    noticeId,
    blockId: block.id,
    order,
    kind: block.kind,
    text: block.text,
    textEn: bEn?.textEn ?? null,
    enSourceHash: bEn?.enSourceHash ?? null,
    titleEn: bEn?.titleEn ?? null,
    lineStart: block.lines.start,
    lineEnd: block.lines.end,
  };
  switch (block.kind) {
    case "heading":
      return { ...row, level: block.level, numbering: block.numbering, title: block.title };
    case "paragraph":
      return { ...row, numbering: block.numbering };
    case "list-item":
      return { ...row, marker: block.marker };
    case "table":
      return {
        ...row,
        caption: block.caption,
        captionEn: bEn?.captionEn ?? null,
        captionLine: block.captionLine,
        tableHeader: block.header,
        tableRows: block.rows,
        tableHeaderEn: bEn?.tableHeaderEn,
        tableRowsEn: bEn?.tableRowsEn,
        repeatedHeaderLines: block.repeatedHeaderLines,
      };
    case "signature":
      return { ...row, signers: block.signers, signersEn: bEn?.signersEn, signDateText: block.dateText, signDate: block.date };
  }
}

// ---- English overlay lookup: entries by natural key, remembering which ones were used ----

const key = (...parts: (string | number)[]): string => parts.join(" ");

function indexBy<T>(list: string, entries: readonly T[], keyOf: (entry: T) => string) {
  const byKey = new Map(entries.map((entry) => [keyOf(entry), entry]));
  const used = new Set<string>();
  return {
    get(k: string): T | undefined {
      const entry = byKey.get(k);
      if (entry !== undefined) used.add(k);
      return entry;
    },
    unmatched: (): string[] => [...byKey.keys()].filter((k) => !used.has(k)).map((k) => `${list} ${k}`),
  };
}

type EnglishLookup = ReturnType<typeof englishLookup>;

function englishLookup(overlay: EnglishOverlay | null) {
  const bySeq = (e: { noticeId: string; seq: number }) => key(e.noticeId, e.seq);
  const lists = {
    matter: indexBy("matter", overlay?.matter ?? [], (e) => key(e.part, e.order)),
    contents: indexBy("contents", overlay?.contents ?? [], (e) => key(e.position)),
    notices: indexBy("notices", overlay?.notices ?? [], (e) => key(e.noticeId)),
    attachments: indexBy("attachments", overlay?.attachments ?? [], (e) => key(e.noticeId, e.order)),
    blocks: indexBy("blocks", overlay?.blocks ?? [], (e) => key(e.noticeId, e.blockId)),
    standards: indexBy("standards", overlay?.standards ?? [], bySeq),
    licensingDecisions: indexBy("licensingDecisions", overlay?.licensingDecisions ?? [], bySeq),
    plans: indexBy("plans", overlay?.plans ?? [], (e) => key(e.noticeId)),
    planOutline: indexBy("planOutline", overlay?.planOutline ?? [], bySeq),
    planTargets: indexBy("planTargets", overlay?.planTargets ?? [], bySeq),
    planCities: indexBy("planCities", overlay?.planCities ?? [], bySeq),
    glossary: indexBy("glossary", overlay?.glossary ?? [], bySeq),
  };
  return { ...lists, unmatched: () => Object.values(lists).flatMap((list) => list.unmatched()) };
}
