import { normalizeNewlines } from "@/lib/parse/decode";
import { ISSUERS, type IssuerInfo } from "@/lib/parse/issuers";
import { parseIssue } from "@/lib/parse/parse-issue";
import type { Block, Notice, ParsedIssue } from "@/lib/schema/parsed-issue";
import type { TranslationFile } from "@/lib/translations/schema";
import { companyNamer, pageBreak, perturbNumbers, scaleFigures, standardNamer } from "@/bench/archive/perturb";
import { rng, type Rng } from "@/bench/archive/random";
import { englishFor } from "@/bench/archive/translation";

/**
 * SYNTHETIC archive for benchmarks and tests (never written into content/): N issues in the real
 * gazette text format, built by recombining and perturbing the real seed issue — issue years,
 * numbers, series and dates; which notices an issue carries and how many; issuers; notice numbers
 * and signing dates; standards codes, names and counts; licensed companies; plan target figures;
 * other figures; page breaks. Deterministic for a given seed. Every issue is parsed by the real
 * parser before it is returned and must come out with coverage 100 % and the notices it was built
 * from, so a generator change that breaks the format fails here, not in a benchmark.
 */

export type SeedIssue = { text: string; translation: TranslationFile };
export type ArchiveOptions = { issues: number; seed: number; firstYear?: number };
export type GeneratedIssue = { slug: string; text: string; parsed: ParsedIssue; translation: TranslationFile };

type Role = "standards" | "licensing" | "plan" | "generic";
export type Template = { notice: Notice; role: Role; lines: string[]; contentsZh: string; contentsEn: string | null };
export type Seed = { lines: string[]; parsed: ParsedIssue; translation: TranslationFile; templates: Template[] };

export function prepareSeed(seed: SeedIssue): Seed {
  const text = normalizeNewlines(seed.text);
  const parsed = parseIssue(text, { file: "seed" });
  const lines = text.split("\n");
  const planIds = new Set(parsed.plans.map((p) => p.noticeId));
  const templates = parsed.notices.map((notice, i): Template => {
    const role: Role = parsed.standards.some((s) => s.noticeId === notice.id) ? "standards"
      : parsed.licensingDecisions.some((d) => d.noticeId === notice.id) ? "licensing"
      : planIds.has(notice.id) ? "plan" : "generic";
    const contents = parsed.contents[i];
    return {
      notice, role, lines: lines.slice(notice.lines.start - 1, notice.lines.end),
      contentsZh: contents?.titleZh ?? notice.titleZh, contentsEn: contents?.titleEn ?? null,
    };
  });
  return { lines, parsed, translation: seed.translation, templates };
}

type IssueMeta = { year: number; number: number; series: number; date: Date };

/** Issue calendar: years from `firstYear`, 50–80 issues a year as the gazette prints (fewer for small N). */
function calendar(n: number, r: Rng, firstYear: number, skipSlug: string): IssueMeta[] {
  const years = Math.max(Math.min(3, n), Math.ceil(n / 65));
  const perYear = Math.ceil(n / years);
  const out: IssueMeta[] = [];
  let series = r.int(200, 400);
  for (let year = firstYear; out.length < n; year++) {
    const count = Math.max(1, Math.min(n - out.length, perYear + r.int(-Math.floor(perYear / 8), Math.floor(perYear / 8))));
    for (let number = 1; number <= count; number++) {
      series++;
      if (`${year}-${number}` === skipSlug) continue;
      const day = Math.floor(((number - 0.5) * 360) / count) + r.int(0, 3);
      out.push({ year, number, series, date: new Date(Date.UTC(year, 0, 1 + day)) });
    }
  }
  return out.slice(0, n);
}

const zhDate = (d: Date, spaced: boolean) =>
  spaced ? `${d.getUTCFullYear()} 年 ${d.getUTCMonth() + 1} 月 ${d.getUTCDate()} 日` : `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const enDate = (d: Date) => `${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** The cover lines with this issue's year, number, series and dates. */
function coverLine(line: string, m: IssueMeta): string {
  return line
    .replace(/\d{4}(\s*年第\s*)\d+(\s*期\(\s*总第\s*)\d+/, (_x, a: string, b: string) => `${m.year}${a}${m.number}${b}${m.series}`)
    .replace(/^第(\s*)\d+(\s*期\(\s*总第\s*)\d+/, (_x, a: string, b: string) => `第${a}${m.number}${b}${m.series}`)
    .replace(/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/, zhDate(m.date, false))
    .replace(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/, enDate(m.date))
    .replace(/^No\.\s*\d+(\s*\(Series Issue No\.\s*)\d+/, (_x, a: string) => `No. ${m.number}${a}${m.series}`);
}

/** Archive-wide state: notice numbers and names must never repeat across issues. */
type Archive = {
  r: Rng;
  seedYear: number;
  /** Texts of the seed plan's target paragraphs (the figures a plan's readers look up). */
  targets: Set<string>;
  used: Set<string>;
  counters: Map<string, number>;
  company: () => string;
  standardName: () => string;
  standardCode: () => number;
  /** Announcements generated so far, in the form a later notice cites them (商务部公告2013年第3号). */
  announced: string[];
};

function nextNumber(a: Archive, codes: string[], year: number, start: number): number {
  const key = `${codes.join("-")}-${year}`;
  let n = a.counters.get(key) ?? start;
  do n += a.r.int(1, 3);
  while (a.used.has(`${key}-${n}`));
  a.counters.set(key, n);
  a.used.add(`${key}-${n}`);
  return n;
}

const ANNOUNCING = ISSUERS.filter((i) => i.code !== "stcn");

type Placed = { template: Template; lines: string[]; contentsZh: string; contentsEn: string | null; id: string };

/** One notice: new issuers (announcements), number, signing date, records and figures. */
function renderNotice(t: Template, a: Archive, m: IssueMeta): Placed {
  const { r } = a;
  const signed = addDays(m.date, -r.int(7, 60));
  const year = r.chance(0.1) ? signed.getUTCFullYear() - 1 : signed.getUTCFullYear();
  const circular = t.notice.kind === "circular";
  const issuers: IssuerInfo[] = circular || t.role !== "generic"
    ? t.notice.issuers.map((i) => ISSUERS.find((x) => x.code === i.code) ?? r.pick(ANNOUNCING))
    : [...new Set([r.pick(ANNOUNCING), ...(r.chance(0.3) ? [r.pick(ANNOUNCING)] : [])])];
  const codes = issuers.map((i) => i.code);
  const number = nextNumber(a, codes, year, circular ? r.int(100, 400) : 0);
  const lines = [...t.lines];
  const at = (lineNo: number) => lineNo - t.notice.lines.start;
  const standards = t.role === "standards" ? standardsRows(a, m, year) : [];

  // Blocks from the last to the first, so earlier line offsets stay valid while ranges change length.
  for (const block of [...t.notice.blocks].reverse()) {
    const start = at(block.lines.start);
    const old = lines.slice(start, at(block.lines.end) + 1);
    lines.splice(start, old.length, ...renderBlock(block, old, { t, a, m, issuers, signed, standards }));
  }
  lines[0] = headerLine(t, issuers);
  const numberLine = t.notice.number?.line ?? t.notice.documentNumber?.line;
  if (numberLine !== undefined) {
    const renumber = (_m: string, _y: string, between: string) => `${year}${between}${number}`;
    lines[at(numberLine)] = (lines[at(numberLine)] ?? "").replace(/(\d{4})(\s*年\s*第\s*)\d+/, renumber).replace(/(\d{4})(\s*[〕\]]\s*)\d+/, renumber);
  }
  let contentsZh = circular ? t.contentsZh : `${issuers.map((i) => i.nameZh).join(" ")}公告 ${year} 年第 ${number} 号${t.contentsZh.replace(/^.*?号/, "")}`;
  if (standards.length > 0) {
    const realCount = t.notice.blocks.filter((b) => b.kind === "table").flatMap((b) => (b.kind === "table" ? b.rows : [])).length;
    const realFirst = /《([^》]+)》等/.exec(lines.join("\n"))?.[1];
    const swap = (s: string) => s.replace(new RegExp(`${realCount}(\\s*)项`, "g"), `${standards.length}$1项`).replace(`《${realFirst}》等`, `《${standards[0]?.name}》等`);
    for (let i = 0; i < lines.length; i++) lines[i] = swap(lines[i] ?? "");
    contentsZh = swap(contentsZh);
  }
  const names = issuers.map((i) => i.nameEn);
  const contentsEn = circular ? t.contentsEn : `Announcement No. ${number}, ${year} of the ${names.join(" , the ")}`;
  const cited = circular ? lines : withRepeal(lines, a);
  if (!circular) a.announced.push(`${issuers.map((i) => i.nameZh).join("、")}公告${year}年第${number}号`);
  return { template: t, lines: cited, contentsZh, contentsEn, id: `${codes.join("-")}-${year}-${number}` };
}

// Announcements often repeal an earlier one in a closing clause; the archive needs such citations
// between its own notices, so that references resolve to links and notices list "cited by" at scale.
const CLOSING = /^特此公告。$/;
function withRepeal(lines: string[], a: Archive): string[] {
  const at = lines.findIndex((l) => CLOSING.test(l));
  if (at < 0 || a.announced.length === 0 || !a.r.chance(0.4)) return lines;
  const earlier = a.announced[a.r.int(Math.max(0, a.announced.length - 40), a.announced.length - 1)];
  return [...lines.slice(0, at), `自本公告发布之日起，${earlier}同时废止。`, "", ...lines.slice(at)];
}

function headerLine(t: Template, issuers: IssuerInfo[]): string {
  const first = t.lines[0] ?? "";
  if (t.notice.kind === "circular") return first;
  let rest = first;
  for (const i of t.notice.issuers) rest = rest.slice(rest.indexOf(i.printed) + i.printed.length);
  return `${issuers.map((i) => i.nameZh).join(" ")}${rest}`;
}

type StandardRow = { code: string; name: string; date: string };

function standardsRows(a: Archive, m: IssueMeta, year: number): StandardRow[] {
  const count = a.r.int(5, 80);
  const effective = zhDate(new Date(Date.UTC(m.year, a.r.int(3, 11), 1)), false);
  return Array.from({ length: count }, () => {
    const part = a.r.chance(0.05) ? `.${a.r.int(1, 4)}` : "";
    return { code: `SB/T ${a.standardCode()}${part}—${year - a.r.int(0, 1)}`, name: a.standardName(), date: effective };
  });
}

type BlockContext = { t: Template; a: Archive; m: IssueMeta; issuers: IssuerInfo[]; signed: Date; standards: StandardRow[] };

function renderBlock(block: Block, old: string[], c: BlockContext): string[] {
  const { r } = c.a;
  if (block.kind === "signature") {
    const spaced = /\d\s+年/.test(old[old.length - 1] ?? "");
    const signers = c.t.notice.kind === "circular" ? block.signers : c.issuers.map((i) => i.nameZh);
    return [...signers, zhDate(c.signed, spaced)];
  }
  if (block.kind === "table" && c.standards.length > 0) return standardsTable(old[0] ?? "", c.standards, r);
  if (block.kind === "table" && c.t.role === "generic" && r.chance(0.5)) return old.map((l) => perturbNumbers(l, r, 0));
  if (block.kind !== "paragraph" && block.kind !== "list-item") return old;
  let lines = old;
  if (c.t.role === "licensing" && /经营资格/.test(block.text)) lines = [licensing(block.text, c.a)];
  else if (c.t.role === "plan" && c.a.targets.has(block.text)) {
    const factor = 0.6 + r.next();
    lines = old.map((l) => scaleFigures(l, factor));
  } else if (c.t.role === "generic" && r.chance(0.25)) lines = old.map((l) => perturbNumbers(l, r, c.m.year - c.a.seedYear));
  if (lines.length === 1 && r.chance(0.12)) return pageBreak(lines[0] ?? "", r) ?? lines;
  return lines;
}

const DECISION = /(赋予|注销)([^。；]*?)((?:成品油|原油)(?:批发|仓储)经营资格)/g;

function licensing(text: string, a: Archive): string {
  return text.replace(DECISION, (_m, verb: string, list: string, kind: string) => {
    const lead = /^(.*?决定)?/.exec(list)?.[0] ?? "";
    const count = verb === "赋予" ? a.r.int(1, 12) : a.r.int(1, 25);
    return `${verb}${lead}${Array.from({ length: count }, () => a.company()).join("、")}${kind}`;
  });
}

function standardsTable(header: string, rows: StandardRow[], r: Rng): string[] {
  const out = [header];
  let onPage = r.int(12, 20);
  rows.forEach((row, i) => {
    if (onPage-- === 0) {
      // A page break inside the table: the PDF repeats the header row on the next page.
      out.push("", header);
      onPage = r.int(25, 35);
    }
    out.push(`${i + 1}\t${row.code}\t${row.name}\t${row.date}`);
  });
  return out;
}

function newArchive(seed: Seed, options: ArchiveOptions): Archive {
  const r = rng(options.seed);
  let code = 11_000 + r.int(0, 500);
  const targetBlocks = new Set(seed.parsed.plans.flatMap((p) => p.targets.map((t) => t.blockId)));
  const targets = new Set(seed.parsed.notices.flatMap((n) => n.blocks.filter((b) => targetBlocks.has(b.id) && seed.parsed.plans.some((p) => p.noticeId === n.id)).map((b) => b.text)));
  return {
    r,
    seedYear: seed.parsed.issue.year,
    targets,
    // Real ids are reserved, so a generated archive can be ingested beside content/.
    used: new Set(seed.parsed.notices.map((n) => n.id)),
    counters: new Map(),
    company: companyNamer(r),
    standardName: standardNamer(r, seed.parsed.standards.map((s) => s.nameZh)),
    standardCode: () => (code += r.int(1, 3)),
    announced: [],
  };
}

/** Which seed notices an issue carries: 2–9, at most one plan (it is most of an issue's text). */
function pickTemplates(seed: Seed, r: Rng): Template[] {
  const plan = seed.templates.filter((t) => t.role === "plan");
  const others = seed.templates.filter((t) => t.role !== "plan");
  const count = r.int(2, 9);
  const chosen = Array.from({ length: count }, () => r.pick(others));
  if (plan.length > 0 && r.chance(0.8)) chosen.push(r.pick(plan));
  return chosen;
}

function assemble(seed: Seed, m: IssueMeta, placed: Placed[]): string {
  const p = seed.parsed;
  const firstZh = p.contents[0]?.lineZh ?? 1;
  const lastZh = p.contents[p.contents.length - 1]?.lineZh ?? firstZh;
  const enLines = p.contents.flatMap((c) => (c.lineEn === null ? [] : [c.lineEn]));
  const firstNotice = p.notices[0]?.lines.start ?? lastZh + 1;
  const back = p.backMatter[0]?.lines.start;
  const slice = (from: number, to: number) => seed.lines.slice(from - 1, to - 1).map((l) => coverLine(l, m));
  let page = 3;
  const pages = placed.map((n) => {
    const at = page;
    page += Math.max(1, Math.round(n.lines.join("").length / 1600));
    return at;
  });
  const zh = placed.map((n, i) => `${i + 1}. ${n.contentsZh} (${pages[i]})`);
  const en = placed.map((n, i) => `${i + 1}. ${n.contentsEn ?? n.contentsZh} (${pages[i]})`);
  const between = enLines.length > 0 ? [...slice(lastZh + 1, enLines[0] ?? lastZh + 1), ...en.flatMap((l) => [l, ""]), ...slice((enLines[enLines.length - 1] ?? 0) + 1, firstNotice)] : slice(lastZh + 1, firstNotice);
  return [
    ...slice(1, firstZh),
    ...zh.flatMap((l) => [l, ""]),
    ...between,
    ...placed.flatMap((n) => [...n.lines, ""]),
    ...(back === undefined ? [] : seed.lines.slice(back - 1)),
  ].join("\n");
}

/** Generates the archive one issue at a time (a 1,000-issue archive need not sit in memory). */
export function* generateArchive(seed: Seed, options: ArchiveOptions): Generator<GeneratedIssue> {
  const a = newArchive(seed, options);
  for (const m of calendar(options.issues, a.r, options.firstYear ?? 2000, seed.parsed.issue.slug)) {
    const placed = pickTemplates(seed, a.r).map((t) => renderNotice(t, a, m));
    const slug = `${m.year}-${m.number}`;
    const text = assemble(seed, m, placed);
    const parsed = parseIssue(text, { file: `${slug}/gazette.zh.txt` });
    const ids = parsed.notices.map((n) => n.id).join(" ");
    if (parsed.coverage.ratio !== 1 || ids !== placed.map((n) => n.id).join(" ") || parsed.issue.slug !== slug) {
      const lines = parsed.coverage.unmappedLines.slice(0, 5).join(", ");
      throw new Error(`generated issue ${slug} does not parse as built (coverage ${parsed.coverage.ratio}, unmapped lines ${lines}; notices ${ids})`);
    }
    yield { slug, text, parsed, translation: englishFor(seed, parsed, placed.map((n) => n.template)) };
  }
}
