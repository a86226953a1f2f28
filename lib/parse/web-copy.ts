import type { Notice, ParseWarning, SourceMetadata } from "@/lib/schema/parsed-issue";
import type { MatchedIssuer } from "@/lib/parse/issuers";
import { readGazetteFront, readNoticeHeader, type NoticeFront } from "@/lib/parse/notice";
import { NO_RE, parseDocumentNumber, parseNoticeNumber, splitIssuerRun, YEAR_RE } from "@/lib/parse/numbers";
import { compactChinese, findAnyDate, findNumericDate, foldForMatching, stripPinyinGlosses, type SourceLine } from "@/lib/parse/text";

/**
 * A notice as another website reprinted it: site metadata lines (【发布日期】…, 颁布时间:…, 来源:…),
 * clutter (</span>, CSS from a Word export, 【打印本页】), a one-line title (商务部公告2013年第2号--…,
 * 海关总署公告2017年第26号(关于…的公告), …关于…的通知 printed twice), a 文号 line under it, or no
 * title at all. Site lines are kept as source metadata or counted as noise, so coverage stays 100 %.
 */

const KEYS = [
  "原文链接", "原文地址", "颁布时间", "发布时间", "发布日期", "生效日期", "实施日期", "时效性", "效力级别", "发文字号",
  "发布文号", "发布单位", "发文机关", "信息来源", "文章来源", "来源", "作者", "浏览次数", "点击次数", "阅读次数",
  "访问次数", "点击数", "责任编辑", "字号",
];
const KEY_AT = new RegExp(`(${KEYS.join("|")})\\s*[:：]\\s*`, "g");
const BRACKET_KEY = /^【([^】]{1,10})】\s*(.*)$/;
const NOISE: { re: RegExp; reason: string }[] = [
  { re: /^(<\/?[a-z][^>]*>\s*)+$/i, reason: "HTML tag" },
  { re: /^(&[a-z]+;|&#\d+;|\s)+$/i, reason: "HTML entity" },
  { re: /(^[\w.#@\s,:-]*\{)|(^\})|(^[\w-]+\s*:\s*[^;：]+;\s*$)|mso-/i, reason: "CSS from a Word export" },
  { re: /^[[【]?(打印本页|打印|关闭窗口|关闭|返回顶部|返回|分享到|收藏|字体[:：]?.*)[\]】]?(\s*[[【]?(打印本页|打印|关闭窗口|关闭|返回顶部|分享到|收藏)[\]】]?)*$/, reason: "page control" },
  { re: /\.(xlsx?|docx?|pdf|wps)\s*(附件预览|附件下载|下载)$/i, reason: "attachment preview link" },
  { re: /^(上一篇|下一篇)[:：]/, reason: "page navigation" },
];

export type SiteLines = {
  /** The lines with site lines blanked (norm and text ""), line numbers unchanged. */
  lines: SourceLine[];
  metadata: SourceMetadata[];
  claims: Map<number, string>;
  warnings: ParseWarning[];
};

function metadataOf(line: SourceLine): SourceMetadata[] | null {
  const bracket = BRACKET_KEY.exec(line.norm);
  if (bracket?.[1]) {
    // The value as printed (商務部 海關總署公告2013年第2號); the key folded, so 【發布日期】 is 发布日期.
    const value = line.text.replace(/^[【[]?[^】\]]*[】\]]\s*/, "");
    return [{ key: bracket[1], value, line: line.no, date: findAnyDate(bracket[2] ?? "")?.iso ?? null }];
  }
  const hits = [...line.norm.matchAll(KEY_AT)];
  const first = hits[0];
  if (!first) return null;
  const before = line.norm.slice(0, first.index).trim();
  // 来源 after a date or a site name (2018-04-03 来源:海关总署, 农资网 2011年9月19日 17:39 来源:…).
  if (before !== "" && !(findAnyDate(before) && before.length <= 40)) return null;
  const out: SourceMetadata[] = [];
  if (before !== "") out.push({ key: "页面日期", value: before, line: line.no, date: findAnyDate(before)?.iso ?? null });
  hits.forEach((m, k) => {
    const value = line.norm.slice(m.index + m[0].length, hits[k + 1]?.index ?? line.norm.length).trim();
    out.push({ key: m[1] ?? "", value, line: line.no, date: findAnyDate(value)?.iso ?? null });
  });
  return out;
}

const blank = (line: SourceLine): SourceLine => ({ ...line, raw: "", text: "", norm: "" });

/** Takes site metadata and clutter out of the text, keeping each as metadata or noise with its line. */
export function separateSiteLines(lines: readonly SourceLine[]): SiteLines {
  const metadata: SourceMetadata[] = [];
  const claims = new Map<number, string>();
  const warnings: ParseWarning[] = [];
  // A date alone in the site's header (2018-04-03, 05/17/2013 near the top) is the page's date; the
  // gazette prints signing dates in Chinese under the signature, never first.
  const top = new Set(lines.filter((l) => l.norm !== "").slice(0, 3).map((l) => l.no));
  const out = lines.map((line) => {
    if (line.norm === "") return line;
    const numeric = findNumericDate(line.norm);
    if (top.has(line.no) && numeric && line.norm.replace(numeric.text, "").trim() === "") {
      metadata.push({ key: "页面日期", value: line.text, line: line.no, date: numeric.iso });
      claims.set(line.no, "source-metadata:页面日期");
      return blank(line);
    }
    const noise = NOISE.find((n) => n.re.test(line.norm));
    if (noise) {
      claims.set(line.no, `source-noise:${noise.reason}`);
      warnings.push({ line: line.no, code: "source-noise", message: `${noise.reason} from the copying website, not part of the notice: "${line.text.slice(0, 40)}"` });
      return blank(line);
    }
    const meta = metadataOf(line);
    if (meta) {
      metadata.push(...meta);
      claims.set(line.no, `source-metadata:${meta[0]?.key ?? ""}`);
      return blank(line);
    }
    return line;
  });
  return { lines: out, metadata, claims, warnings };
}

const TITLE_NUMBERED = new RegExp(`^(.+?)公告\\s*(${YEAR_RE}年第?${NO_RE}号)\\s*(?:[-—–]+|[:：])?\\s*(?:[(（](.+)[)）]|(.+))?$`);
const TITLE_ABOUT = /^(.*?)关于(.+)的(通知|公告|通告|决定|批复|函|意见|通报)$/;
const YEAR_LINE = /^[(（]\d{4}年?[)）]$/;

function kindOf(word: string): Notice["kind"] {
  return ["通知", "函", "意见", "通报", "批复"].includes(word) ? "circular" : "announcement";
}

/** Bodies named by a title's issuer part, or null when it is not (only) issuing bodies. */
function issuersOf(text: string): MatchedIssuer[] | null {
  const run = splitIssuerRun(text);
  const joined = run.map((i) => i.printed).join("");
  return run.length && joined === text.replace(/[\s、,，和与及]+/g, "") ? run : null;
}

type Cursor = { nonBlank: SourceLine[]; k: number; claims: Map<number, string> };

/** The lines right under a title: its repeat, a (2020年) line, the number or the 文号. */
function readUnderTitle(c: Cursor, title: SourceLine, number: Notice["number"]): { number: Notice["number"]; documentNumber: Notice["documentNumber"] } {
  let documentNumber: Notice["documentNumber"] = null;
  for (;;) {
    const line = c.nonBlank[c.k];
    if (!line) break;
    const compact = compactChinese(line.norm);
    if (compact === compactChinese(title.norm)) c.claims.set(line.no, "title-repeated");
    else if (YEAR_LINE.test(compact)) c.claims.set(line.no, "title-year");
    else if (!number && parseNoticeNumber(line.norm, line.no)) {
      number = { ...(parseNoticeNumber(line.norm, line.no) ?? { year: 0, number: 0, line: line.no }), text: line.text };
      c.claims.set(line.no, "number");
    } else if (!documentNumber && parseDocumentNumber(line.norm, line.text, line.no)) {
      documentNumber = parseDocumentNumber(line.norm, line.text, line.no);
      c.claims.set(line.no, "document-number");
    } else break;
    c.k++;
  }
  return { number, documentNumber };
}

function frontFromTitle(lines: readonly SourceLine[], c: Cursor): NoticeFront | null {
  const title = c.nonBlank[c.k];
  if (!title) return null;
  const compact = stripPinyinGlosses(compactChinese(title.norm));
  const numbered = TITLE_NUMBERED.exec(compact);
  const about = numbered ? null : TITLE_ABOUT.exec(compact);
  const issuers = issuersOf((numbered?.[1] ?? about?.[1] ?? "").trim()) ?? [];
  let number: Notice["number"] = null;
  let subject: string | null = null;
  let kind: Notice["kind"] = "announcement";
  if (numbered && issuers.length) {
    number = parseNoticeNumber(numbered[2] ?? "", title.no);
    // The number as printed (2017年第26號), not as folded.
    const printed = /[0-9０-９〇○O零一二三四五六七八九]{4}\s*年\s*第?\s*[0-9０-９一二三四五六七八九十百]+\s*[号號]/.exec(title.text);
    if (number && printed) number = { ...number, text: printed[0] };
    // The subject as printed: what follows the number, without the -- or the brackets around it.
    const tail = printed ? title.text.slice(printed.index + printed[0].length).replace(/^[\s\-—–:：]+/, "") : "";
    subject = numbered[5] ?? numbered[6] ?? null;
    if (subject && tail) subject = tail.replace(/^[(（](.+)[)）]$/, "$1");
  } else if (about) {
    kind = kindOf(about[3] ?? "");
  } else if (!isBareTitle(compact)) return null;
  c.claims.set(title.no, "header");
  c.k++;
  const under = readUnderTitle(c, title, number);
  return {
    kind, issuers, number: under.number, documentNumber: under.documentNumber, headerText: title.text, titleZh: compact, subject,
    bodyStart: bodyIndex(lines, c), claims: c.claims, first: title,
  };
}

// What a document's own title ends with; a headline (…发布《…》, …上线运行) does not.
const DOCUMENT_ENDING = /(办法|条例|规定|细则|规则|准则|条件|公告|通知|通告|决定|意见|目录|名单|标准|方案|规划|纲要|批复|函|令)$/;

/** A short line without sentence punctuation that ends like a document (合成氨行业准入公告管理暂行办法). */
function isBareTitle(compact: string): boolean {
  return compact.length >= 4 && compact.length <= 40 && !/[，,。；;：:！？!?]/.test(compact) && !/^[\d(（]/.test(compact) && DOCUMENT_ENDING.test(compact);
}

/** A headline above the gazette's header: short, no sentence punctuation, possibly ending in 》. */
function isHeadline(compact: string): boolean {
  return compact.length <= 40 && !/[，,。；;！？!?]/.test(compact);
}

function bodyIndex(lines: readonly SourceLine[], c: Cursor): number {
  const line = c.nonBlank[c.k];
  return line ? lines.indexOf(line) : lines.length;
}

/** Issuers and number a site's header block gives (【发布单位】, 【发布文号】, 【标题】). */
function frontFromMetadata(front: NoticeFront, metadata: readonly SourceMetadata[]): NoticeFront {
  const value = (...keys: string[]) => metadata.find((m) => keys.includes(m.key) && m.value !== "");
  const unit = value("发布单位", "发文机关");
  const docNo = value("发布文号", "发文字号");
  let { issuers, number, documentNumber, titleZh, headerText, kind } = front;
  if (!issuers.length && unit) issuers = splitIssuerRun(foldForMatching(unit.value));
  if (!number && !documentNumber && docNo) {
    const folded = foldForMatching(docNo.value);
    const m = TITLE_NUMBERED.exec(compactChinese(folded)) ?? null;
    number = parseNoticeNumber(m?.[2] ?? folded, docNo.line);
    if (number) number = { ...number, text: docNo.value };
    documentNumber = number ? null : parseDocumentNumber(folded, docNo.value, docNo.line);
    if (!issuers.length && m?.[1]) issuers = issuersOf(m[1]) ?? [];
  }
  const titled = value("标题", "法规标题", "文章标题");
  if (titleZh === null && titled) {
    titleZh = stripPinyinGlosses(compactChinese(titled.value));
    headerText = titled.value;
    const about = TITLE_ABOUT.exec(titleZh);
    if (about) kind = kindOf(about[3] ?? "");
  }
  return { ...front, issuers, number, documentNumber, titleZh, headerText, kind };
}

/**
 * The front of a web copy. The gazette's own header wins when it is there, also under a site
 * headline (工业和信息化部发布《…》 above 中华人民共和国工业和信息化部公告); then a one-line title;
 * then the site's header block; with none of these the body starts at the first line.
 */
export function readWebFront(lines: readonly SourceLine[], metadata: SourceMetadata[], file: string): NoticeFront {
  const nonBlank = lines.filter((l) => l.norm !== "");
  const first = nonBlank[0];
  if (!first) return readGazetteFront(lines, file);
  const headerAt = nonBlank.slice(0, 4).findIndex((l, i) => readNoticeHeader(l.norm) || (i < 3 && readNoticeHeader(`${l.norm}${nonBlank[i + 1]?.norm ?? ""}`)?.kind === "circular"));
  const before = nonBlank.slice(0, Math.max(0, headerAt));
  if (headerAt >= 0 && before.every((l) => isHeadline(stripPinyinGlosses(compactChinese(l.norm))))) {
    const front = readGazetteFront(lines.slice(lines.indexOf(nonBlank[headerAt] ?? first)), file);
    for (const l of before) metadata.push({ key: "页面标题", value: l.text, line: l.no, date: null });
    const claims = new Map(front.claims);
    for (const l of before) claims.set(l.no, "source-metadata:页面标题");
    const offset = lines.indexOf(nonBlank[headerAt] ?? first);
    return { ...front, claims, bodyStart: front.bodyStart + offset };
  }
  const c: Cursor = { nonBlank, k: 0, claims: new Map() };
  const titled = frontFromTitle(lines, c);
  const base: NoticeFront = titled ?? {
    kind: "announcement", issuers: [], number: null, documentNumber: null, headerText: null, titleZh: null, subject: null,
    bodyStart: lines.indexOf(first), claims: new Map(), first,
  };
  return frontFromMetadata(base, metadata);
}
