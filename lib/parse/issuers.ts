import { pinyin } from "pinyin-pro";

/**
 * Issuing bodies the gazette prints, with the names they appear under. Reference data, not parsing
 * logic: a new issuer in a later issue is one entry here. Codes are what notice ids are built from
 * (mofcom-gacc-2013-2), so an existing code must never change.
 */
export type IssuerInfo = {
  code: string;
  abbr: string;
  nameZh: string;
  nameEn: string;
  names: readonly string[];
  /** Forms printed only right before 公告/令 inside a text (总署公告2013年第26号), never alone. */
  short?: readonly string[];
  /** False for a body missing from this list: its code is derived from the printed name. */
  registered?: boolean;
};

export const ISSUERS: readonly IssuerInfo[] = [
  { code: "mofcom", abbr: "MOFCOM", nameZh: "中华人民共和国商务部", nameEn: "Ministry of Commerce of the People's Republic of China", names: ["中华人民共和国商务部", "商务部"] },
  { code: "gacc", abbr: "GACC", nameZh: "中华人民共和国海关总署", nameEn: "General Administration of Customs of the People's Republic of China", names: ["中华人民共和国海关总署", "海关总署"], short: ["总署"] },
  { code: "miit", abbr: "MIIT", nameZh: "中华人民共和国工业和信息化部", nameEn: "Ministry of Industry and Information Technology of the People's Republic of China", names: ["中华人民共和国工业和信息化部", "工业和信息化部", "工信部"] },
  { code: "sfda", abbr: "SFDA", nameZh: "国家食品药品监督管理局", nameEn: "State Food and Drug Administration", names: ["国家食品药品监督管理局", "食品药品监督管理局", "食品药品监管局"] },
  { code: "ndrc", abbr: "NDRC", nameZh: "国家发展和改革委员会", nameEn: "National Development and Reform Commission", names: ["中华人民共和国国家发展和改革委员会", "国家发展和改革委员会", "国家发展改革委", "发展改革委"] },
  { code: "mof", abbr: "MOF", nameZh: "中华人民共和国财政部", nameEn: "Ministry of Finance of the People's Republic of China", names: ["中华人民共和国财政部", "财政部"] },
  { code: "sat", abbr: "SAT", nameZh: "国家税务总局", nameEn: "State Administration of Taxation", names: ["国家税务总局"] },
  { code: "saic", abbr: "SAIC", nameZh: "国家工商行政管理总局", nameEn: "State Administration for Industry and Commerce", names: ["国家工商行政管理总局"] },
  { code: "aqsiq", abbr: "AQSIQ", nameZh: "国家质量监督检验检疫总局", nameEn: "General Administration of Quality Supervision, Inspection and Quarantine", names: ["国家质量监督检验检疫总局", "质检总局"] },
  { code: "safe", abbr: "SAFE", nameZh: "国家外汇管理局", nameEn: "State Administration of Foreign Exchange", names: ["国家外汇管理局"] },
  { code: "pboc", abbr: "PBOC", nameZh: "中国人民银行", nameEn: "People's Bank of China", names: ["中国人民银行"] },
  { code: "moa", abbr: "MOA", nameZh: "中华人民共和国农业部", nameEn: "Ministry of Agriculture of the People's Republic of China", names: ["中华人民共和国农业部", "农业部"] },
  { code: "mep", abbr: "MEP", nameZh: "中华人民共和国环境保护部", nameEn: "Ministry of Environmental Protection of the People's Republic of China", names: ["中华人民共和国环境保护部", "环境保护部"] },
  { code: "most", abbr: "MOST", nameZh: "中华人民共和国科学技术部", nameEn: "Ministry of Science and Technology of the People's Republic of China", names: ["中华人民共和国科学技术部", "科学技术部", "科技部"] },
  { code: "stcn", abbr: "State Council", nameZh: "中华人民共和国国务院", nameEn: "State Council of the People's Republic of China", names: ["中华人民共和国国务院", "国务院"] },
];

const byName = ISSUERS.flatMap((info) => info.names.map((name) => ({ name, info }))).sort(
  (a, b) => b.name.length - a.name.length,
);

export type MatchedIssuer = { info: IssuerInfo; printed: string };

/** The registered issuer printed under `name` (full or short form), if any. */
export function registeredIssuer(name: string): IssuerInfo | null {
  return ISSUERS.find((i) => i.names.includes(name) || i.short?.includes(name)) ?? null;
}

/** 合成氨行业准入公告管理暂行办法 → hcahyzrggglzxbf (letters only, for ids made from a title). */
export function pinyinInitials(text: string): string {
  return pinyin(text, { pattern: "first", toneType: "none", type: "array", nonZh: "removed" }).join("").replace(/[^a-z]/g, "").slice(0, 40) || "x";
}

/**
 * A body missing from ISSUERS (国务院办公厅, 海口市水务局, a provincial bureau): the printed name is
 * kept and the code is its toneless pinyin (haikoushishuiwuju), so the same name always gives the
 * same code without anyone registering it. pinyin-pro is pinned, so the reading of a polyphonic
 * character cannot change under an existing id.
 */
export function unregisteredIssuer(name: string): IssuerInfo {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "removed" }).map((s) => s.replace(/[^a-z]/g, ""));
  const code = syllables.join("") || "issuer";
  const nameEn = syllables.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(" ");
  return { code, abbr: name, nameZh: name, nameEn: nameEn || name, names: [name], registered: false };
}

/**
 * Reads a run of issuer names at the start of `norm` (already folded: simplified, half-width).
 * Returns the issuers found and the rest of the string, or null if the text does not start with one.
 */
export function matchIssuers(norm: string): { issuers: MatchedIssuer[]; rest: string } | null {
  const issuers: MatchedIssuer[] = [];
  let rest = norm.trimStart();
  for (;;) {
    const hit = byName.find(({ name }) => rest.startsWith(name));
    if (!hit) break;
    issuers.push({ info: hit.info, printed: hit.name });
    rest = rest.slice(hit.name.length).replace(/^[\s、,，和与及]+/, "");
  }
  return issuers.length ? { issuers, rest } : null;
}

/** A line that is nothing but issuer names (a signature line). */
export function isIssuerLine(norm: string): boolean {
  const m = matchIssuers(norm);
  return m !== null && m.rest.trim() === "";
}

/** A plausible but unregistered issuing body (…部 / …局 / …署 / …委员会), for signature detection. */
export function looksLikeBodyName(norm: string): boolean {
  return norm.length <= 30 && /^[\u4e00-\u9fff()（）]+(部|局|署|委员会|委|办公厅|办公室|政府|总局|银行|院)$/.test(norm);
}
