import { createHash } from "node:crypto";
import { z } from "zod";
import { apiErrorSchema, type ApiError } from "@/lib/api/schemas";

/**
 * Request and response plumbing shared by every /api/v1 route handler: zod-validated query strings,
 * JSON bodies checked against their schema on the way out, ETag + Cache-Control, and errors that name
 * the parameter but never repeat what the client sent.
 */

/** The archive changes when an issue is ingested, not by the minute: let caches keep answers a while. */
const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
const SAFE_NAME = /^[a-z_]{1,30}$/;

export function apiError(status: 400 | 404, code: ApiError["error"]["code"], message: string, parameter?: string): Response {
  const body = apiErrorSchema.parse({ error: { status, code, message, ...(parameter ? { parameter } : {}) } });
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export const notFoundError = (what: string) => apiError(404, "not_found", `No ${what} with that key in the archive.`);

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/** Query string → the schema's output, or a 400 naming the first bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, url: URL): Parsed<z.output<S>> {
  const names = [...url.searchParams.keys()];
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated !== undefined) return badParameter(repeated, "is given more than once");
  const result = schema.safeParse(Object.fromEntries(url.searchParams));
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const name = issue?.code === "unrecognized_keys" ? issue.keys[0] : issue?.path[0];
  const message = issue?.code === "unrecognized_keys" ? "is not a parameter of this endpoint" : (issue?.message ?? "is invalid");
  return badParameter(typeof name === "string" ? name : undefined, message);
}

/** Path params (already split by the router) → the schema's output, or a 404: a bad key names nothing. */
export function parsePath<S extends z.ZodType>(schema: S, params: unknown, what: string): Parsed<z.output<S>> {
  const result = schema.safeParse(params);
  return result.success ? { ok: true, data: result.data } : { ok: false, response: notFoundError(what) };
}

function badParameter(name: string | undefined, problem: string): { ok: false; response: Response } {
  const safe = name !== undefined && SAFE_NAME.test(name) ? name : undefined;
  const message = safe ? `Parameter "${safe}" ${problem}.` : `A query parameter ${problem}.`;
  return { ok: false, response: apiError(400, "bad_parameter", message, safe) };
}

/** 200 with the body validated against `schema`, a strong ETag, and 304 when the client has it. */
export function apiJson<S extends z.ZodType>(request: Request, schema: S, body: z.input<S>): Response {
  const json = JSON.stringify(schema.parse(body));
  const etag = `"${createHash("sha256").update(json).digest("base64url").slice(0, 27)}"`;
  const headers = { "Cache-Control": CACHE_CONTROL, ETag: etag, "Content-Type": "application/json; charset=utf-8" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(json, { status: 200, headers });
}
