import { apiJson, parseQuery } from "@/lib/api/http";
import { paginate, standardListSchema, standardsQuerySchema } from "@/lib/api/schemas";
import { listStandards } from "@/lib/data/records";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(standardsQuerySchema, new URL(request.url));
  if (!query.ok) return query.response;
  const { page, per_page, q, prefix, effective_from, effective_to } = query.data;
  const rows = await listStandards({ q, prefix, effectiveFrom: effective_from, effectiveTo: effective_to });
  return apiJson(request, standardListSchema, paginate(rows, page, per_page));
}
