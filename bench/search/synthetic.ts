import type { SearchDoc } from "@/lib/search/format";

/**
 * SYNTHETIC benchmark corpus. Recombines the real seed issue's documents into ~1,000 made-up issues
 * (~10,000 docs): sentences shuffled and dropped, numbers and years replaced, standards renumbered
 * and renamed from the real names' halves, companies regenerated. Every doc is marked
 * `synthetic: true` and has a `syn…` notice id; it is written only under bench/out/ and never shipped.
 */

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ["河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南", "陕西", "甘肃", "新疆"];
const NAME_CHARS = "华泰鑫源恒达安通海昌盛隆兴宏远丰祥瑞金龙天汇中新永嘉宇明德利";
const INDUSTRIES = ["石油化工", "能源", "石化储运", "燃料", "物流", "贸易", "油品销售"];
const SUFFIXES = ["有限公司", "有限责任公司", "股份有限公司"];

export type SyntheticOptions = { issues: number; docsPerIssue: number; seed: number };

export function syntheticDocs(real: SearchDoc[], options: SyntheticOptions): SearchDoc[] {
  const rnd = seededRandom(options.seed);
  const pick = <T>(xs: T[]): T => {
    const x = xs[Math.floor(rnd() * xs.length)];
    if (x === undefined) throw new Error("empty pick");
    return x;
  };
  const zh = real.filter((d) => d.locale === "zh");
  const notices = [...new Set(zh.map((d) => d.noticeId))];
  const byNotice = new Map(notices.map((n) => [n, zh.filter((d) => d.noticeId === n)]));
  const standardNames = zh.filter((d) => d.kind === "standard").map((d) => d.label ?? "");
  const out: SearchDoc[] = [];

  const renumber = (text: string) =>
    text
      .replace(/20[01]\d/g, () => String(2005 + Math.floor(rnd() * 16)))
      .replace(/(?<![0-9.])\d{1,3}(?![0-9])/g, (m) => String(1 + Math.floor(rnd() * (m.length === 1 ? 9 : m.length === 2 ? 99 : 999))));
  const shuffleSentences = (text: string) => {
    const sentences = text.split(/(?<=[。；;])/).filter((s) => s !== "");
    if (sentences.length < 2) return text;
    const kept = sentences.filter(() => rnd() > 0.12);
    for (let i = kept.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [kept[i], kept[j]] = [kept[j] ?? "", kept[i] ?? ""];
    }
    return kept.join("") || text;
  };
  const company = () =>
    `${pick(PROVINCES)}${pick([...NAME_CHARS])}${pick([...NAME_CHARS])}${pick(INDUSTRIES)}${pick(SUFFIXES)}`;

  for (let i = 1; i <= options.issues; i++) {
    const realNotice = pick(notices);
    const source = byNotice.get(realNotice) ?? [];
    const noticeId = `syn${i}-${realNotice}`;
    const year = 2005 + Math.floor(rnd() * 16);
    const number = 1 + Math.floor(rnd() * 80);
    const title = source.find((d) => d.kind === "title");
    const sample = source.filter((d) => d.kind !== "title").sort(() => rnd() - 0.5).slice(0, options.docsPerIssue - 1);
    const noticeTitle = (title?.text ?? realNotice).replace(/\d{4}\s*年\s*第\s*\d+\s*号/, `${year}年第${number}号`);
    const base = { issue: `syn-${i}`, noticeId, noticeTitle, noticeKind: title?.noticeKind ?? "announcement", issuers: title?.issuers ?? [], year, synthetic: true };
    if (title) out.push({ ...title, ...base, key: `${noticeId}#title`, text: noticeTitle });
    for (const d of sample) {
      let text = d.text;
      let label = d.label;
      if (d.kind === "standard") {
        if (rnd() > 0.25) {
          const name = `${pick(standardNames).slice(0, 3)}${pick(standardNames).slice(-4)}`;
          const code = `SB/T ${11000 + Math.floor(rnd() * 9000)}—${year}`;
          text = `${Math.floor(rnd() * 60) + 1} ${code} ${name} ${year}年${1 + Math.floor(rnd() * 12)}月1日`;
          label = name;
        }
      } else if (d.kind === "licence") {
        const c = company();
        text = text.replace(d.label ?? "", c);
        label = c;
      } else {
        text = renumber(shuffleSentences(text));
      }
      out.push({ ...d, ...base, key: d.key.replace(d.noticeId, noticeId), text, label });
    }
  }
  return out;
}
