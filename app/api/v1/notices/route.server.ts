import { apiJson, parseQuery } from "@/lib/api/http";
import { noticeListSchema, noticesQuerySchema, pageMeta, pageWindow } from "@/lib/api/schemas";
import { listNoticeSummaries } from "@/lib/data/notice-list";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(noticesQuerySchema, new URL(request.url));
  if (!query.ok) return query.response;
  const { page, per_page, ...filter } = query.data;
  const { total, rows } = await listNoticeSummaries(filter, pageWindow(page, per_page));
  return apiJson(request, noticeListSchema, { data: rows, meta: pageMeta(total, page, per_page) });
}
