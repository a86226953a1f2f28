import type { Metadata } from "next";
import { NoticeRoute, noticeMetadata } from "@/components/notice/notice-route";
import { LOCALES, VIEWS } from "@/i18n/locales";
import { listNoticeIds } from "@/lib/data/archive";

// /{locale}/notices/{id}?view=… is rewritten here (next.config.ts) so each reading mode is a static
// page; the static export links here directly. The locale's own language is its plain notice page,
// so that view is not generated again. Canonical points to the plain notice URL.
// Closed: only the params generateStaticParams lists exist; any other is a 404 with nothing rendered
// into the cache (README "Unknown URLs"; tests/unit/route-config.test.ts holds the rule).
export const dynamicParams = false;

export async function generateStaticParams() {
  const ids = await listNoticeIds();
  return LOCALES.flatMap((locale) =>
    ids.flatMap((id) => VIEWS.filter((view) => view !== locale).map((view) => ({ locale, id, view }))),
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">): Promise<Metadata> {
  return noticeMetadata(await params);
}

export default async function NoticeViewPage({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">) {
  return <NoticeRoute raw={await params} />;
}
