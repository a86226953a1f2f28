import { apiJson, parseQuery } from "@/lib/api/http";
import { noticeListSchema, noticesQuerySchema, paginate } from "@/lib/api/schemas";
import { listNoticeSummaries } from "@/lib/data/notice-list";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(noticesQuerySchema, new URL(request.url));
  if (!query.ok) return query.response;
  const { page, per_page, ...filter } = query.data;
  return apiJson(request, noticeListSchema, paginate(await listNoticeSummaries(filter), page, per_page));
}
