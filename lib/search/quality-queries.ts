/**
 * The query-quality set for the seed issue (2013-11). `top` lists the docs acceptable at rank 1
 * (a key, or a notice id followed by "#*" for any doc of that notice); `must` lists docs that must
 * be in the top 10. For text queries quality.test.ts also checks recall against ground truth: every
 * doc whose folded text contains the query contiguously is relevant, and the top 10 must be filled
 * with relevant docs (recall@10 = 1), so scattered-bigram matches may never push out real ones.
 *
 * The English queries run against content/2013-11/translation.en.json (through translation-overlay.ts)
 * and the gazette's own English contents titles.
 */
export type QualityCategory =
  | "zh-word"
  | "zh-compound"
  | "zh-1char"
  | "code"
  | "variant"
  | "mixed"
  | "en"
  | "en-multi"
  | "zh-question"
  | "cross";

/** The categories added for issue 14 (queries as people type them): top-1 ≥ 0.9 on them alone. */
export const TYPED_CATEGORIES: QualityCategory[] = ["en-multi", "zh-question", "cross"];

export type QualityQuery = {
  q: string;
  category: QualityCategory;
  locale?: "zh" | "en";
  /**
   * Run as typed on this page's search box (searchAcross: the query's script picks the language, the
   * other language's notices follow) instead of one language's index.
   */
  page?: "zh" | "en";
  top: string[];
  must?: string[];
  /** Relevance is the contiguous occurrence of this folded string (defaults to q for Han queries). */
  substring?: string | null;
};

export const QUALITY_QUERIES: QualityQuery[] = [
  // Words and compounds from the brief and the probe (REPORT.md §2).
  { q: "成品油", category: "zh-compound", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title"] },
  { q: "自动进口许可证", category: "zh-compound", top: ["mofcom-gacc-2013-2#title"] },
  { q: "深加工结转", category: "zh-compound", top: ["gacc-2013-2#*"] },
  { q: "香蕉", category: "zh-word", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "合成氨", category: "zh-word", top: ["miit-2012-64#*"] },
  { q: "医疗器械", category: "zh-word", top: ["sfda-2013-1#title"] },
  { q: "暂缓检测", category: "zh-compound", top: ["sfda-2013-1#*"], must: ["sfda-2013-1#title"] },
  { q: "服务外包", category: "zh-compound", top: ["mofcom-ndrc-2012-431#*"], must: ["mofcom-ndrc-2012-431#title"] },
  { q: "外包", category: "zh-compound", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "再生资源", category: "zh-compound", top: ["mofcom-2013-1#*"], must: ["mofcom-2013-1#p-6:r1", "mofcom-2013-1#p-1"] },
  { q: "原油", category: "zh-word", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title"] },
  { q: "石油", category: "zh-word", top: ["mofcom-2013-3#*"] },
  { q: "天然气", category: "zh-word", top: ["miit-2012-64#*", "mofcom-2013-3#*"] },
  { q: "许可证", category: "zh-word", top: ["mofcom-gacc-2013-2#*"] },
  { q: "海关总署", category: "zh-word", top: ["gacc-2013-2#title", "mofcom-gacc-2013-2#title"] },
  { q: "准入条件", category: "zh-compound", top: ["miit-2012-64#p-5"] },
  { q: "联网核查", category: "zh-compound", top: ["mofcom-gacc-2013-2#*"] },
  { q: "境外医疗器械", category: "zh-compound", top: ["sfda-2013-1#*"] },
  { q: "加工贸易", category: "zh-word", top: ["gacc-2013-2#*"] },
  { q: "示范城市", category: "zh-compound", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "离岸外包", category: "zh-compound", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "云计算", category: "zh-word", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "动漫", category: "zh-word", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "流通规范", category: "zh-compound", top: ["mofcom-2013-1#*"] },
  { q: "香蕉流通规范", category: "zh-compound", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "火龙果", category: "zh-word", top: ["mofcom-2013-1#p-6:r38"] },
  { q: "二手叉车", category: "zh-compound", top: ["mofcom-2013-1#p-6:r12"] },
  { q: "华星", category: "zh-compound", top: ["mofcom-2013-3#p-1:d2"], must: ["mofcom-2013-3#p-1"] },
  { q: "典当", category: "zh-word", top: ["mofcom-2013-1#p-6:r51"] },
  { q: "吐鲁番", category: "zh-word", top: ["mofcom-2013-3#p-4:d16", "mofcom-2013-3#p-4"] },
  // Single characters: found through the unigram terms.
  { q: "油", category: "zh-1char", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title"] },
  { q: "氨", category: "zh-1char", top: ["miit-2012-64#*"] },
  { q: "蕉", category: "zh-1char", top: ["mofcom-2013-1#p-6:r39"] },
  // Codes: identifier keys, ranked first.
  { q: "SB/T 10885", category: "code", top: ["mofcom-2013-1#p-6:r39"], substring: null },
  { q: "10885", category: "code", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "SB/T 10885—2012", category: "code", top: ["mofcom-2013-1#p-6:r39"], substring: null },
  { q: "SB/T 10870.1", category: "code", top: ["mofcom-2013-1#p-6:r22"], substring: null },
  { q: "GB21344", category: "code", top: ["miit-2012-64#p-18", "miit-2012-64#p-20"], must: ["miit-2012-64#p-17"] },
  { q: "431号", category: "code", top: ["mofcom-ndrc-2012-431#title"], substring: null },
  { q: "2013年第3号", category: "code", top: ["mofcom-2013-3#title"], substring: null },
  { q: "〔2012〕431号", category: "code", top: ["mofcom-ndrc-2012-431#title"], substring: null },
  { q: "商服贸发〔2012〕431号", category: "code", top: ["mofcom-ndrc-2012-431#title"], substring: null },
  { q: "2013 年第 3 号", category: "code", top: ["mofcom-2013-3#title"], substring: null },
  // Width and script variants.
  { q: "ＳＢ／Ｔ　１０８８５", category: "variant", top: ["mofcom-2013-1#p-6:r39"], substring: null },
  { q: "ＧＢ２１３４４", category: "variant", top: ["miit-2012-64#p-18", "miit-2012-64#p-20"], substring: null },
  { q: "進口許可證", category: "variant", top: ["mofcom-gacc-2013-2#*"], substring: "进口许可证" },
  { q: "醫療器械", category: "variant", top: ["sfda-2013-1#title"], substring: "医疗器械" },
  { q: "標準", category: "variant", top: ["mofcom-2013-1#title"], substring: "标准" },
  { q: "深加工結轉", category: "variant", top: ["gacc-2013-2#*"], substring: "深加工结转" },
  // Mixed: a part that matches nothing together with one that matches much.
  { q: "成品油 SB/T", category: "mixed", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title"], substring: null },
  { q: "成品油 SB/T 10885", category: "mixed", top: ["mofcom-2013-1#p-6:r39", "mofcom-2013-3#*"], must: ["mofcom-2013-1#p-6:r39", "mofcom-2013-3#title"], substring: null },
  { q: "服务 外包", category: "mixed", top: ["mofcom-ndrc-2012-431#*"], substring: null },
  // English (locale en): gazette contents titles + the test overlay.
  { q: "outsourcing", category: "en", locale: "en", top: ["mofcom-ndrc-2012-431#*"], must: ["mofcom-ndrc-2012-431#p-145"] },
  { q: "Service Outsourcing", category: "en", locale: "en", top: ["mofcom-ndrc-2012-431#title"] },
  { q: "customs", category: "en", locale: "en", top: ["gacc-2013-2#title", "mofcom-gacc-2013-2#title"], must: ["gacc-2013-2#title", "mofcom-gacc-2013-2#title"] },
  { q: "crude oil", category: "en", locale: "en", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#p-3:d14", "mofcom-2013-3#title"] },
  { q: "automatic import licence", category: "en", locale: "en", top: ["mofcom-gacc-2013-2#*"], must: ["mofcom-gacc-2013-2#title"] },
  { q: "medical devices", category: "en", locale: "en", top: ["sfda-2013-1#*"], must: ["sfda-2013-1#title"] },
  { q: "ammonia", category: "en", locale: "en", top: ["miit-2012-64#p-5"] },
  { q: "Bananas", category: "en", locale: "en", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "SB/T 10885", category: "en", locale: "en", top: ["mofcom-2013-1#p-6:r39"], substring: null },
  { q: "Huaxing", category: "en", locale: "en", top: ["mofcom-2013-3#p-1:d2"] },
  { q: "No. 3 of 2013", category: "en", locale: "en", top: ["mofcom-2013-3#title"], substring: null },
  // US spellings find the archive's British English (licence, optimisation, centre, labour).
  { q: "automatic import license", category: "variant", locale: "en", top: ["mofcom-gacc-2013-2#*"], must: ["mofcom-gacc-2013-2#title"], substring: null },
  { q: "structural optimization", category: "variant", locale: "en", top: ["miit-2012-64#p-6"], substring: null },
  { q: "call center", category: "variant", locale: "en", top: ["mofcom-ndrc-2012-431#*"], must: ["mofcom-ndrc-2012-431#p-95"], substring: null },
  { q: "division of labor", category: "variant", locale: "en", top: ["mofcom-ndrc-2012-431#*"], must: ["mofcom-ndrc-2012-431#p-14"], substring: null },
  // 注销 is "cancel" in the archive's English (issue 15); a reader's "revoked" still finds the notice
  // and its decisions through the search synonym (synonyms.ts), not through a mistranslation.
  { q: "revoked", category: "en", locale: "en", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title", "mofcom-2013-3#p-4:d16"], substring: null },
  { q: "revocation", category: "en", locale: "en", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title", "mofcom-2013-3#p-4:d16"], substring: null },
  { q: "revoked Turpan", category: "en", locale: "en", top: ["mofcom-2013-3#p-4:d16"], must: ["mofcom-2013-3#p-4"], substring: null },
  { q: "cancelled", category: "en", locale: "en", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title", "mofcom-2013-3#p-4:d16"], substring: "cancel" },
  // Multi-word English as people type it (issue 14); "licence revoked" is answered by the 29
  // cancelled oil-wholesale qualifications, whose text says neither word (synonyms.ts).
  { q: "licence revoked", category: "en-multi", locale: "en", top: ["mofcom-2013-3#*"] },
  { q: "oil wholesale licence", category: "en-multi", locale: "en", top: ["mofcom-2013-3#*"] },
  { q: "deep processing carry-over", category: "en-multi", locale: "en", top: ["gacc-2013-2#*"] },
  { q: "medical devices inspection postponed", category: "en-multi", locale: "en", top: ["sfda-2013-1#*"] },
  { q: "synthetic ammonia industry access conditions", category: "en-multi", locale: "en", top: ["miit-2012-64#*"] },
  { q: "service outsourcing demonstration cities", category: "en-multi", locale: "en", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "domestic trade industry standards", category: "en-multi", locale: "en", top: ["mofcom-2013-1#*"] },
  { q: "banana circulation", category: "en-multi", locale: "en", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "crude oil storage", category: "en-multi", locale: "en", top: ["mofcom-2013-3#*"] },
  { q: "second-hand forklift", category: "en-multi", locale: "en", top: ["mofcom-2013-1#p-6:r12"] },
  { q: "cloud computing", category: "en-multi", locale: "en", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "energy consumption limits", category: "en-multi", locale: "en", top: ["miit-2012-64#*"] },
  { q: "networked verification system", category: "en-multi", locale: "en", top: ["mofcom-gacc-2013-2#*"] },
  // Long Chinese questions: no passage holds the whole question; the longest runs found rank.
  { q: "哪些企业被注销成品油批发经营资格", category: "zh-question", top: ["mofcom-2013-3#*"] },
  { q: "香蕉流通规范的标准号是什么", category: "zh-question", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "合成氨行业准入条件有哪些要求", category: "zh-question", top: ["miit-2012-64#*"] },
  { q: "境外医疗器械暂缓检测的情况怎么样", category: "zh-question", top: ["sfda-2013-1#*"] },
  { q: "服务外包示范城市有哪些", category: "zh-question", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "自动进口许可证联网核查系统什么时候上线运行", category: "zh-question", top: ["mofcom-gacc-2013-2#*"] },
  { q: "加工贸易企业如何办理深加工结转", category: "zh-question", top: ["gacc-2013-2#*"] },
  // Typed on the other language's page: the query's script decides which text is searched.
  { q: "oil wholesale licence", category: "cross", page: "zh", top: ["mofcom-2013-3#*"] },
  { q: "medical devices", category: "cross", page: "zh", top: ["sfda-2013-1#*"] },
  { q: "ammonia", category: "cross", page: "zh", top: ["miit-2012-64#*"] },
  { q: "outsourcing", category: "cross", page: "zh", top: ["mofcom-ndrc-2012-431#*"] },
  { q: "深加工结转", category: "cross", page: "en", top: ["gacc-2013-2#*"] },
  { q: "成品油", category: "cross", page: "en", top: ["mofcom-2013-3#*"], must: ["mofcom-2013-3#title"] },
  { q: "香蕉", category: "cross", page: "en", top: ["mofcom-2013-1#p-6:r39"] },
  { q: "哪些企业被注销成品油批发经营资格", category: "cross", page: "en", top: ["mofcom-2013-3#*"] },
];
