// Typed by hand: the static export build leaves .server.ts routes out, so RouteContext has no entry for this path there.
import { apiJson, notFoundError, parsePath } from "@/lib/api/http";
import { noticeDetailSchema, noticeIdPathSchema } from "@/lib/api/schemas";
import { getNotice } from "@/lib/data/archive";
import { listLicences, listStandards } from "@/lib/data/records";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const path = parsePath(noticeIdPathSchema, await params, "notice");
  if (!path.ok) return path.response;
  const notice = await getNotice(path.data.id);
  if (!notice) return notFoundError("notice");
  const [standards, licences] = await Promise.all([listStandards({ noticeId: notice.id }), listLicences({ noticeId: notice.id })]);
  return apiJson(request, noticeDetailSchema, { ...notice, standards, licences });
}
