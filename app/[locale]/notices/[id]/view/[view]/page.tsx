import type { Metadata } from "next";
import { NoticeRoute, noticeMetadata } from "@/components/notice/notice-route";
import { LOCALES, VIEWS } from "@/i18n/locales";
import { listNoticeIds } from "@/lib/data/archive";

// Internal: /{locale}/notices/{id}?view=… is rewritten here (next.config.ts) so each reading mode is
// a static page. The public URL is always the ?view= form; canonical points to the plain notice URL.
export async function generateStaticParams() {
  const ids = await listNoticeIds();
  return LOCALES.flatMap((locale) => ids.flatMap((id) => VIEWS.map((view) => ({ locale, id, view }))));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">): Promise<Metadata> {
  return noticeMetadata(await params);
}

export default async function NoticeViewPage({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">) {
  return <NoticeRoute raw={await params} />;
}
