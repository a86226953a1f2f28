// Typed by hand: the static export build leaves .server.ts routes out, so RouteContext has no entry for this path there.
import { apiJson, notFoundError, parsePath } from "@/lib/api/http";
import { issueDetailSchema, issueSlugPathSchema } from "@/lib/api/schemas";
import { getIssue } from "@/lib/data/archive";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const path = parsePath(issueSlugPathSchema, await params, "issue");
  if (!path.ok) return path.response;
  const issue = await getIssue(path.data.slug);
  return issue ? apiJson(request, issueDetailSchema, issue) : notFoundError("issue");
}
