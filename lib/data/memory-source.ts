import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { decodeSource } from "@/lib/parse/decode";
import { parseIssue } from "@/lib/parse/parse-issue";
import type { IssueDto, NoticeDto } from "./dto";
import { mapParsedIssue, type EnglishLookup } from "./map-parsed";
import type { ArchiveSource } from "./source";
import { loadDraftTranslations } from "./translations";

/**
 * Temporary source: parses content/<year>-<number>/gazette.zh.txt on first use (once per process)
 * and serves DTOs from memory. Used when no database is configured; see lib/data/archive.ts.
 */
const CONTENT_DIR = path.join(process.cwd(), "content");

type Loaded = { issues: IssueDto[]; notices: Map<string, NoticeDto> };
let loading: Promise<Loaded> | null = null;

async function loadAll(): Promise<Loaded> {
  const dirs = (await readdir(CONTENT_DIR, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && /^\d{4}-\d{1,3}$/.test(d.name))
    .map((d) => d.name);
  const issues: IssueDto[] = [];
  const notices = new Map<string, NoticeDto>();
  for (const dir of dirs) {
    const file = path.join(CONTENT_DIR, dir, "gazette.zh.txt");
    const text = decodeSource(await readFile(file), file);
    const parsed = parseIssue(text, { file });
    const drafts = await loadDraftTranslations(path.join(CONTENT_DIR, dir));
    const english: EnglishLookup = {
      text: (line) => (line == null ? null : (drafts.get(line)?.en ?? null)),
      cells: (line) => (line == null ? null : (drafts.get(line)?.cells ?? null)),
    };
    const mapped = mapParsedIssue(parsed, english, text.split("\n"));
    issues.push(mapped.issue);
    for (const notice of mapped.notices) notices.set(notice.id, notice);
  }
  return { issues, notices };
}

function loaded(): Promise<Loaded> {
  loading ??= loadAll().catch((error: unknown) => {
    // Forget a failed load so the next request can retry (e.g. a content file mid-write in dev).
    loading = null;
    throw error;
  });
  return loading;
}

export const memorySource: ArchiveSource = {
  name: "memory",
  async listIssues() {
    return (await loaded()).issues.map(({ slug, year, number, series, publishedOn }) => ({ slug, year, number, series, publishedOn }));
  },
  async getIssue(slug) {
    return (await loaded()).issues.find((i) => i.slug === slug) ?? null;
  },
  async findIssueBySeries(series) {
    const hit = (await loaded()).issues.find((i) => i.series === series);
    return hit ? { slug: hit.slug, year: hit.year, number: hit.number, series: hit.series, publishedOn: hit.publishedOn } : null;
  },
  async listNoticeIds() {
    return [...(await loaded()).notices.keys()];
  },
  async getNotice(id) {
    return (await loaded()).notices.get(id) ?? null;
  },
};
