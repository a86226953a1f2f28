import type { Locale } from "@/i18n/locales";
import type { NoticeDto } from "@/lib/data/dto";
import { siteUrl } from "@/lib/env";
import { issuePath, noticePath } from "@/lib/routes";

/** schema.org Legislation for a notice page (search engines, citation managers). */
export function legislationJsonLd(notice: NoticeDto, locale: Locale): Record<string, unknown> {
  const origin = siteUrl();
  const url = `${origin}${noticePath(locale, notice.id)}`;
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: notice.titleZh,
    ...(notice.titleEn ? { alternateName: notice.titleEn.text } : {}),
    legislationIdentifier: notice.documentNumber?.zh ?? notice.number?.text.zh ?? notice.id,
    legislationType: notice.kind === "announcement" ? "公告 (Announcement)" : "通知 (Circular)",
    ...(notice.signingDates[0] ? { legislationDate: notice.signingDates[0] } : {}),
    datePublished: notice.issue.publishedOn,
    inLanguage: "zh-Hans",
    legislationJurisdiction: "CN",
    legislationPassedBy: notice.issuers.map((i) => ({
      "@type": "GovernmentOrganization",
      name: i.nameZh,
      alternateName: i.nameEn,
    })),
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: String(notice.issue.number),
      datePublished: notice.issue.publishedOn,
      url: `${origin}${issuePath(locale, notice.issue.slug)}`,
      isPartOf: {
        "@type": "Periodical",
        name: "中国对外经济贸易文告",
        alternateName: "China Foreign Trade and Economic Cooperation Gazette",
        publisher: { "@type": "GovernmentOrganization", name: "中华人民共和国商务部" },
      },
    },
  };
}
