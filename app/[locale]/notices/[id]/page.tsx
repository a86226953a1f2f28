import type { Metadata } from "next";
import { NoticeRoute, noticeMetadata } from "@/components/notice/notice-route";
import { LOCALES } from "@/i18n/locales";
import { listNoticeIds } from "@/lib/data/archive";

// Closed: only the params generateStaticParams lists exist; any other is a 404 with nothing rendered
// into the cache (README "Unknown URLs"; tests/unit/route-config.test.ts holds the rule).
export const dynamicParams = false;

export async function generateStaticParams() {
  const ids = await listNoticeIds();
  return LOCALES.flatMap((locale) => ids.map((id) => ({ locale, id })));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/notices/[id]">): Promise<Metadata> {
  return noticeMetadata(await params);
}

export default async function NoticePage({ params }: PageProps<"/[locale]/notices/[id]">) {
  return <NoticeRoute raw={await params} />;
}
