import { routeParams } from "@/lib/data/archive-params";
import { z } from "zod";
import { CORPUS_FILES } from "@/lib/routes";
import { getNotice } from "@/lib/data/archive";
import { localeParamSchema, noticeIdParamSchema } from "@/lib/data/params";
import { downloadHeaders } from "@/lib/export/csv";
import { alignedPairs, toJsonl, toTmx } from "@/lib/export/parallel-corpus";

/**
 * /{locale}/notices/{id}/corpus/aligned.jsonl|.tmx — the notice's aligned Chinese/English pairs for
 * translation memories. Files of the same kind as the notice pages: prerendered for recent issues,
 * on first request for older ones, a 404 that writes nothing for anything else.
 */
export const dynamic = "force-static";
const fileSchema = z.enum(CORPUS_FILES);

// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/notices/[id]/corpus/[file]", "prerender");
}

const notFound = () => new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/notices/[id]/corpus/[file]">) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const id = noticeIdParamSchema.safeParse(raw.id);
  const file = fileSchema.safeParse(raw.file);
  if (!locale.success || !id.success || !file.success) return notFound();
  const notice = await getNotice(id.data);
  if (!notice) return notFound();
  const pairs = alignedPairs(notice);
  if (file.data === "aligned.jsonl") return new Response(toJsonl(pairs), { headers: downloadHeaders(`${notice.id}-aligned`, "jsonl") });
  const created = `${notice.issue.publishedOn.replaceAll("-", "")}T000000Z`;
  return new Response(toTmx(pairs, { created }), { headers: downloadHeaders(`${notice.id}-aligned`, "tmx") });
}
