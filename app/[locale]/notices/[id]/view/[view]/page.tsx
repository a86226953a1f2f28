import { routeParams } from "@/lib/data/archive-params";
import type { Metadata } from "next";
import { NoticeRoute, noticeMetadata } from "@/components/notice/notice-route";

// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/notices/[id]/view/[view]", "prerender");
}

export async function generateMetadata({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">): Promise<Metadata> {
  return noticeMetadata(await params);
}

export default async function NoticeViewPage({ params }: PageProps<"/[locale]/notices/[id]/view/[view]">) {
  return <NoticeRoute raw={await params} />;
}
