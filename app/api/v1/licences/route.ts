import { apiJson, parseQuery } from "@/lib/api/http";
import { licenceListSchema, licencesQuerySchema, paginate } from "@/lib/api/schemas";
import { listLicences } from "@/lib/data/records";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const query = parseQuery(licencesQuerySchema, new URL(request.url));
  if (!query.ok) return query.response;
  const { page, per_page, ...filter } = query.data;
  return apiJson(request, licenceListSchema, paginate(await listLicences(filter), page, per_page));
}
