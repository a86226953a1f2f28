import { apiJson, parseQuery } from "@/lib/api/http";
import { issueListSchema, issuesQuerySchema, paginate } from "@/lib/api/schemas";
import { listIssues } from "@/lib/data/archive";

// Query strings vary per request: rendered on demand, never written to the route cache.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(issuesQuerySchema, new URL(request.url));
  if (!query.ok) return query.response;
  return apiJson(request, issueListSchema, paginate(await listIssues(), query.data.page, query.data.per_page));
}
