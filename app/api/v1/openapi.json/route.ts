import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/lib/env";

// The document only changes with the code: build it once, at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(siteUrl()));
}
