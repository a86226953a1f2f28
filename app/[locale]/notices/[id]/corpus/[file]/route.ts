import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { CORPUS_FILES } from "@/lib/routes";
import { getNotice, listNoticeIds } from "@/lib/data/archive";
import { localeParamSchema, noticeIdParamSchema } from "@/lib/data/params";
import { downloadHeaders } from "@/lib/export/csv";
import { alignedPairs, toJsonl, toTmx } from "@/lib/export/parallel-corpus";

/**
 * /{locale}/notices/{id}/corpus/aligned.jsonl|.tmx — the notice's aligned Chinese/English pairs for
 * translation memories. Built at build time for every notice; anything else is a 404 that writes
 * nothing (dynamicParams = false).
 */
export const dynamic = "force-static";
export const dynamicParams = false;

const fileSchema = z.enum(CORPUS_FILES);

export async function generateStaticParams() {
  const ids = await listNoticeIds();
  return LOCALES.flatMap((locale) => ids.flatMap((id) => CORPUS_FILES.map((file) => ({ locale, id, file }))));
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
