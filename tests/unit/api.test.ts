import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as getIssue } from "@/app/api/v1/issues/[slug]/route.server";
import { GET as listIssues } from "@/app/api/v1/issues/route.server";
import { GET as getLicences } from "@/app/api/v1/licences/route.server";
import { GET as getNotice } from "@/app/api/v1/notices/[id]/route.server";
import { GET as listNotices } from "@/app/api/v1/notices/route.server";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getStandards } from "@/app/api/v1/standards/route.server";
import {
  apiErrorSchema,
  issueDetailSchema,
  issueListSchema,
  licenceListSchema,
  MAX_PER_PAGE,
  noticeDetailSchema,
  noticeListSchema,
  standardListSchema,
} from "@/lib/api/schemas";
import { useArchiveDb } from "@/tests/helpers/archive-db";
import type { TestDb } from "@/tests/helpers/test-db";

let db: TestDb;
// Ingesting the real issue takes seconds on a loaded 2-core machine.
beforeAll(async () => {
  db = await useArchiveDb("api");
}, 120_000);
afterAll(() => db.remove());

const req = (path: string, headers: Record<string, string> = {}) => new Request(`http://archive.test/api/v1${path}`, { headers });
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function body<S extends z.ZodType>(response: Response, schema: S, status = 200): Promise<z.output<S>> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return schema.parse(await response.json());
}

describe("GET /api/v1/issues", () => {
  it("lists the issues with page metadata", async () => {
    const list = await body(await listIssues(req("/issues")), issueListSchema);
    expect(list.data.map((i) => i.slug)).toEqual(["2013-11"]);
    expect(list.meta).toEqual({ page: 1, perPage: 20, total: 1, totalPages: 1 });
  });
  it("400 names a bad, unknown or repeated parameter", async () => {
    const tooMany = await body(await listIssues(req(`/issues?per_page=${MAX_PER_PAGE + 1}`)), apiErrorSchema, 400);
    expect(tooMany.error).toMatchObject({ status: 400, code: "bad_parameter", parameter: "per_page" });
    const unknown = await body(await listIssues(req("/issues?per_pag=5")), apiErrorSchema, 400);
    expect(unknown.error.parameter).toBe("per_pag");
    const twice = await body(await listIssues(req("/issues?page=1&page=2")), apiErrorSchema, 400);
    expect(twice.error.parameter).toBe("page");
  });
  it("never echoes a hostile parameter name", async () => {
    const hostile = await listIssues(req(`/issues?${encodeURIComponent("<script>alert(1)</script>")}=1`));
    const text = await hostile.text();
    expect(hostile.status).toBe(400);
    expect(text).not.toContain("script");
    expect(apiErrorSchema.parse(JSON.parse(text)).error.parameter).toBeUndefined();
  });
  it("sets ETag and Cache-Control and answers 304 to a matching If-None-Match", async () => {
    const first = await listIssues(req("/issues"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=300");
    const again = await listIssues(req("/issues", { "if-none-match": etag ?? "" }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("GET /api/v1/issues/{slug}", () => {
  it("200 with the contents", async () => {
    const issue = await body(await getIssue(req("/issues/2013-11"), params({ slug: "2013-11" })), issueDetailSchema);
    expect(issue.series).toBe(808);
    expect(issue.contents).toHaveLength(7);
  });
  it("404 for an unknown or malformed slug", async () => {
    for (const slug of ["2013-12", "x"]) {
      const error = await body(await getIssue(req(`/issues/${slug}`), params({ slug })), apiErrorSchema, 404);
      expect(error.error.code).toBe("not_found");
    }
  });
});

describe("GET /api/v1/notices", () => {
  it("filters by issuer, year, kind and title text", async () => {
    const all = await body(await listNotices(req("/notices")), noticeListSchema);
    expect(all.meta.total).toBe(7);
    const gacc = await body(await listNotices(req("/notices?issuer=gacc")), noticeListSchema);
    expect(gacc.data.map((n) => n.id)).toEqual(["mofcom-gacc-2013-2", "gacc-2013-2"]);
    const circulars = await body(await listNotices(req("/notices?kind=circular")), noticeListSchema);
    expect(circulars.data.map((n) => n.id)).toEqual(["mofcom-ndrc-2012-431"]);
    const y2012 = await body(await listNotices(req("/notices?year=2012")), noticeListSchema);
    expect(y2012.meta.total).toBe(0);
    const oil = await body(await listNotices(req(`/notices?q=${encodeURIComponent("成品油")}`)), noticeListSchema);
    expect(oil.data.map((n) => n.id)).toEqual(["mofcom-2013-3"]);
  });
  it("paginates", async () => {
    const second = await body(await listNotices(req("/notices?per_page=3&page=2")), noticeListSchema);
    expect(second.data).toHaveLength(3);
    expect(second.meta).toEqual({ page: 2, perPage: 3, total: 7, totalPages: 3 });
    // The database windows the rows: page 2 is rows 4–6 of the whole list, in the same order.
    const all = await body(await listNotices(req("/notices?per_page=100")), noticeListSchema);
    expect(second.data.map((n) => n.id)).toEqual(all.data.slice(3, 6).map((n) => n.id));
    // With a title filter too: 公告 is in 6 of the 7 titles (not the plan circular's).
    const titled = await body(await listNotices(req(`/notices?q=${encodeURIComponent("公告")}&per_page=4&page=2`)), noticeListSchema);
    expect(titled.meta).toEqual({ page: 2, perPage: 4, total: 6, totalPages: 2 });
    expect(titled.data.map((n) => n.id)).toEqual(all.data.filter((n) => n.titleZh.includes("公告")).slice(4).map((n) => n.id));
  });
  it("400 for a bad kind", async () => {
    const error = await body(await listNotices(req("/notices?kind=letter")), apiErrorSchema, 400);
    expect(error.error.parameter).toBe("kind");
  });
});

describe("GET /api/v1/notices/{id}", () => {
  it("200 with blocks and records", async () => {
    const notice = await body(await getNotice(req("/notices/mofcom-2013-1"), params({ id: "mofcom-2013-1" })), noticeDetailSchema);
    expect(notice.standards).toHaveLength(51);
    expect(notice.licences).toHaveLength(0);
    const oil = await body(await getNotice(req("/notices/mofcom-2013-3"), params({ id: "mofcom-2013-3" })), noticeDetailSchema);
    expect(oil.licences).toHaveLength(44);
  });
  it("404 for an unknown id", async () => {
    const error = await body(await getNotice(req("/notices/x-1"), params({ id: "x-1" })), apiErrorSchema, 404);
    expect(error.error.code).toBe("not_found");
  });
});

describe("GET /api/v1/standards", () => {
  it("filters by text, code and prefix", async () => {
    const banana = await body(await getStandards(req(`/standards?q=${encodeURIComponent("香蕉")}`)), standardListSchema);
    expect(banana.data.map((s) => s.codeNormalized)).toEqual(["SB/T 10885-2012"]);
    const code = await body(await getStandards(req("/standards?q=10885")), standardListSchema);
    expect(code.meta.total).toBe(1);
    const sbt = await body(await getStandards(req("/standards?prefix=SB/T&per_page=100")), standardListSchema);
    expect(sbt.meta.total).toBe(51);
  });
  it("400 for a malformed date", async () => {
    const error = await body(await getStandards(req("/standards?effective_from=2013-13-01")), apiErrorSchema, 400);
    expect(error.error.parameter).toBe("effective_from");
  });
});

describe("GET /api/v1/licences", () => {
  it("filters by action and kind", async () => {
    const all = await body(await getLicences(req("/licences?per_page=100")), licenceListSchema);
    expect(all.meta.total).toBe(44);
    const grants = await body(await getLicences(req("/licences?action=grant")), licenceListSchema);
    expect(grants.meta.total).toBe(15);
    // 注销 is cancellation (issue 15): the 29 PetroChina units' licences were cancelled, not revoked.
    const cancelled = await body(await getLicences(req("/licences?action=cancel&per_page=100")), licenceListSchema);
    expect(cancelled.meta.total).toBe(29);
    expect(new Set(cancelled.data.map((d) => d.notice.id))).toEqual(new Set(["mofcom-2013-3"]));
  });
  it("400 for an unknown licence kind", async () => {
    const error = await body(await getLicences(req("/licences?kind=gas")), apiErrorSchema, 400);
    expect(error.error.parameter).toBe("kind");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is an OpenAPI 3.1 document with every endpoint", async () => {
    const doc = await getOpenApi().json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(["/issues", "/issues/{slug}", "/licences", "/notices", "/notices/{id}", "/standards"]);
    for (const path of Object.values<{ get: { responses: Record<string, unknown> } }>(doc.paths)) {
      expect(Object.keys(path.get.responses)).toEqual(["200", "400", "404"]);
    }
  });

  // The OpenAPI 3.1 meta-schema (bundled by the validator, no network): a document zod generated can
  // still break it (a JSON-schema keyword OpenAPI does not allow where it sits, a bad $ref).
  it("validates against the OpenAPI 3.1 meta-schema, and a broken copy does not", async () => {
    const { Validator } = await import("@seriousme/openapi-schema-validator");
    const doc = await getOpenApi().json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const broken = await new Validator().validate({ ...doc, paths: { "/issues": { get: { responses: "none" } } } });
    expect(broken.valid).toBe(false);
  });
});
