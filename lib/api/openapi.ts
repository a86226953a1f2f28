import type { z } from "zod";
import { API_BASE } from "@/lib/routes";
import { createDocument, type ZodOpenApiOperationObject } from "zod-openapi";
import {
  apiErrorSchema,
  issueDetailSchema,
  issueListSchema,
  issueSlugPathSchema,
  issuesQuerySchema,
  licenceListSchema,
  licencesQuerySchema,
  noticeDetailSchema,
  noticeIdPathSchema,
  noticeListSchema,
  noticesQuerySchema,
  standardListSchema,
  standardsQuerySchema,
} from "@/lib/api/schemas";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the schemas the route handlers validate with
 * (zod-openapi renders zod 4 schemas as JSON Schema 2020-12, which OpenAPI 3.1 uses). Never edited
 * by hand: a new endpoint is one entry in ENDPOINTS plus its route handler.
 */

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const errors = {
  "400": json(apiErrorSchema, "A query parameter is unknown, repeated or invalid; `error.parameter` names it."),
  "404": json(apiErrorSchema, "No such issue or notice."),
};

type Endpoint = { path: string; summary: string; op: Omit<ZodOpenApiOperationObject, "summary" | "responses">; ok: z.ZodType };

export const ENDPOINTS: Endpoint[] = [
  { path: "/issues", summary: "Issues, newest first", op: { requestParams: { query: issuesQuerySchema } }, ok: issueListSchema },
  { path: "/issues/{slug}", summary: "One issue with its contents", op: { requestParams: { path: issueSlugPathSchema } }, ok: issueDetailSchema },
  { path: "/notices", summary: "Notices, filtered by issuer, year, kind or title text", op: { requestParams: { query: noticesQuerySchema } }, ok: noticeListSchema },
  { path: "/notices/{id}", summary: "One notice: blocks, standards, licensing decisions", op: { requestParams: { path: noticeIdPathSchema } }, ok: noticeDetailSchema },
  { path: "/standards", summary: "Standards rows across the archive", op: { requestParams: { query: standardsQuerySchema } }, ok: standardListSchema },
  { path: "/licences", summary: "Licensing decisions across the archive", op: { requestParams: { query: licencesQuerySchema } }, ok: licenceListSchema },
];

export function openApiDocument(serverUrl: string) {
  const paths = Object.fromEntries(
    ENDPOINTS.map(({ path, summary, op, ok }) => [path, { get: { summary, ...op, responses: { "200": json(ok, "OK"), ...errors } } }]),
  );
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "China Foreign Trade and Economic Cooperation Gazette archive API",
      version: "1.0.0",
      description: "Read-only JSON API of the bilingual gazette archive. Responses carry ETag and Cache-Control; pages hold at most 100 rows.",
    },
    servers: [{ url: `${serverUrl}${API_BASE}` }],
    paths,
  });
}
