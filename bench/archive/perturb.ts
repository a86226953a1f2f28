import type { Rng } from "@/bench/archive/random";

/**
 * Text perturbations of the synthetic archive (bench/archive/generate-archive.ts). Each keeps the
 * typography the parser reads (sentence ends, numbering at line start, tabs in table rows), so a
 * perturbed block is still the same kind of block: only its words and figures change.
 */

const HAN = /[\u4e00-\u9fff]/;
// Characters a continuation line must not start with: numbering (一、), attachment/table/appendix
// labels (附件, 表1, 附录) — the parser would rightly read those as a new unit.
const UNIT_START = /^[一二三四五六七八九十附表（(《“"—•·0-9]/;
const FIELD_LIKE = /^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]/;

/**
 * Splits one printed line at a page break ("A\n\nB"), as the PDF extraction prints a paragraph that
 * runs onto the next page; null when no split point keeps the line one paragraph.
 */
export function pageBreak(line: string, r: Rng): string[] | null {
  if (line.length < 40 || line.includes("\t")) return null;
  const from = Math.floor(line.length * (0.3 + r.next() * 0.4));
  for (let i = from; i < line.length - 12; i++) {
    const before = line[i - 1] ?? "";
    const after = line.slice(i);
    if (!(HAN.test(before) || before === "、") || !HAN.test(after[0] ?? "")) continue;
    if (UNIT_START.test(after) || FIELD_LIKE.test(after)) continue;
    return [line.slice(0, i), "", after];
  }
  return null;
}

const isYear = (s: string) => /^(19|20)\d\d$/.test(s);

/** Same digits count, different value; years move by `yearShift`. Leading numbering is kept. */
export function perturbNumbers(line: string, r: Rng, yearShift: number): string {
  return line.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (m, offset: number) => {
    if (offset === 0) return m;
    if (isYear(m)) return String(Number(m) + yearShift);
    if (m.includes(".")) return (Number(m) * (0.5 + r.next())).toFixed(m.split(".")[1]?.length ?? 1);
    const digits = m.length;
    return String(r.int(digits === 1 ? 1 : 10 ** (digits - 1), 10 ** digits - 1));
  });
}

/** Every figure of a plan target scaled by one factor, so ranges (1-2家) keep their order. */
export function scaleFigures(line: string, factor: number): string {
  return line.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (m, offset: number, all: string) => {
    if (isYear(m) && all.slice(offset + m.length).startsWith("年")) return m;
    const decimals = m.split(".")[1]?.length ?? 0;
    const value = Math.max(decimals ? 0.1 : 1, Number(m) * factor);
    return decimals ? value.toFixed(decimals) : String(Math.round(value));
  });
}

const PROVINCES = ["河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南", "陕西", "甘肃", "新疆", "宁夏", "青海", "海南"];
const NAME_CHARS = [..."华泰鑫源恒达安通海昌盛隆兴宏远丰祥瑞金龙天汇中新永嘉宇明德利港鹏辉晟福嘉润博"];
const INDUSTRIES = ["石油化工", "能源", "石化储运", "燃料", "物流", "贸易", "油品销售", "石油制品", "化工"];
const SUFFIXES = ["有限公司", "有限责任公司", "股份有限公司"];

/** Company names, unique across the whole archive (each answers exactly one search query). */
export function companyNamer(r: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (let tries = 0; ; tries++) {
      const chars = tries < 20 ? 2 : 3;
      const name = `${r.pick(PROVINCES)}${Array.from({ length: chars }, () => r.pick(NAME_CHARS)).join("")}${r.pick(INDUSTRIES)}${r.pick(SUFFIXES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/** Standard names recombined from the real ones' heads and tails, unique across the archive. */
export function standardNamer(r: Rng, realNames: readonly string[]): () => string {
  const used = new Set<string>(realNames);
  const heads = realNames.map((n) => n.slice(0, Math.max(2, Math.floor(n.length / 2))));
  const tails = realNames.map((n) => n.slice(Math.max(2, Math.floor(n.length / 2))));
  return () => {
    for (let tries = 0; ; tries++) {
      const extra = tries < 10 ? "" : `第${r.int(1, 99)}部分：`;
      const name = `${r.pick(heads)}${r.pick(tails)}${extra ? ` ${extra}${r.pick(heads)}` : ""}`;
      if (!used.has(name) && !/\s$/.test(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
