import { openApiDocument } from "@/lib/api/openapi";
import { SITE_URL } from "@/lib/data/site-url";

// The document only changes with the code: build it once, at build time.
export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument(SITE_URL));
}
