import type { Metadata } from "next";
import { NoticeRoute, noticeMetadata } from "@/components/notice/notice-route";
import { LOCALES } from "@/i18n/locales";
import { listNoticeIds } from "@/lib/data/archive";

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
