import "server-only";
import { cache } from "react";
import { z } from "zod";
import { LOCALES, VIEWS, type Locale } from "@/i18n/locales";
import { getDb } from "@/lib/db";
import { prerenderIssues } from "@/lib/env";
import { rendersOnDemand } from "@/lib/export/mode";
import { CORPUS_FILES, TABLE_FORMATS, fillRoute, tableFileName, type OnDemandRoute } from "@/lib/routes";

/**
 * The params of every archive route (ON_DEMAND_ROUTES), for two callers that must agree:
 * - each route's generateStaticParams ("prerender"): the newest PRERENDER_ISSUES issues in the
 *   server build, every issue in the static export;
 * - scripts/write-archive-paths.ts ("all"): every path the archive has, which the proxy lets
 *   through to render on demand (lib/http/known-paths.ts).
 */
export type ParamScope = "prerender" | "all";
export type RouteParams = Record<string, string>;

const archiveKeysSchema = z.object({
  issues: z.array(z.object({ slug: z.string().min(1) })),
  /** Every issue's series number, whatever the scope (see the issue route below). */
  series: z.array(z.number().int()),
  notices: z.array(z.object({ id: z.string().min(1) })),
  tables: z.array(z.object({ noticeId: z.string().min(1), blockId: z.string().min(1) })),
  plans: z.array(z.object({ noticeId: z.string().min(1) })),
});
type ArchiveKeys = z.infer<typeof archiveKeysSchema>;

const NEWEST_FIRST = [{ year: "desc" as const }, { number: "desc" as const }];

/**
 * The keys of the newest `newest` issues (all when undefined). The cut is a (year, number) bound, not
 * a list of ids: SQLite refuses queries with thousands of bound parameters.
 */
async function archiveKeys(newest: number | undefined): Promise<ArchiveKeys> {
  const db = getDb();
  const series = (await db.issue.findMany({ orderBy: NEWEST_FIRST, select: { series: true } })).map((i) => i.series);
  if (newest === 0) return { issues: [], series, notices: [], tables: [], plans: [] };
  const cut = newest === undefined ? null : await db.issue.findFirst({ orderBy: NEWEST_FIRST, skip: newest - 1, select: { year: true, number: true } });
  const issue = cut ? { OR: [{ year: { gt: cut.year } }, { year: cut.year, number: { gte: cut.number } }] } : {};
  const [issues, notices, tables, plans] = await Promise.all([
    db.issue.findMany({ where: issue, orderBy: NEWEST_FIRST, select: { slug: true } }),
    db.notice.findMany({ where: { issue }, orderBy: [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { position: "asc" }], select: { id: true } }),
    db.block.findMany({ where: { kind: "table", notice: { issue } }, orderBy: [{ noticeId: "asc" }, { order: "asc" }], select: { noticeId: true, blockId: true } }),
    db.plan.findMany({ where: { notice: { issue } }, orderBy: { noticeId: "asc" }, select: { noticeId: true } }),
  ]);
  return archiveKeysSchema.parse({ issues, series, notices, tables, plans });
}

const keysFor = cache(async (scope: ParamScope): Promise<ArchiveKeys> => {
  const limit = prerenderIssues();
  const everything = scope === "all" || !rendersOnDemand || limit === "all";
  return archiveKeys(everything ? undefined : limit);
});

/** Each route's own params (the locale is added by routeParams), from the archive's keys. */
const PARAMS: Record<OnDemandRoute, (keys: ArchiveKeys, locale: Locale) => RouteParams[]> = {
  // The series form (/zh/issues/808) is a page too: its answer is the permanent redirect to the
  // year-number URL. Prerendered for every issue: they are tiny, and Next 16.4 sends an on-demand
  // redirect's first answer with its Location header twice (measured; the cached answer has one).
  "/[locale]/issues/[issue]": (k) => [...k.issues.map((i) => ({ issue: i.slug })), ...k.series.map((n) => ({ issue: String(n) }))],
  "/[locale]/issues/[issue]/notes": (k) => k.issues.map((i) => ({ issue: i.slug })),
  "/[locale]/notices/[id]": (k) => k.notices.map(({ id }) => ({ id })),
  // The locale's own language is its plain notice page, so that view has no page of its own.
  "/[locale]/notices/[id]/view/[view]": (k, locale) =>
    k.notices.flatMap(({ id }) => VIEWS.filter((view) => view !== locale).map((view) => ({ id, view }))),
  "/[locale]/notices/[id]/tables/[file]": (k) =>
    k.tables.flatMap((t) => TABLE_FORMATS.map((format) => ({ id: t.noticeId, file: tableFileName(t.blockId, format) }))),
  "/[locale]/notices/[id]/corpus/[file]": (k) => k.notices.flatMap(({ id }) => CORPUS_FILES.map((file) => ({ id, file }))),
  "/[locale]/plans/[id]": (k) => k.plans.map(({ noticeId }) => ({ id: noticeId })),
};

export async function routeParams(route: OnDemandRoute, scope: ParamScope): Promise<RouteParams[]> {
  const keys = await keysFor(scope);
  return LOCALES.flatMap((locale) => PARAMS[route](keys, locale).map((params) => ({ locale, ...params })));
}

/** Every path of the route in the scope, as the proxy compares them (lib/routes.ts fillRoute). */
export async function routePaths(route: OnDemandRoute, scope: ParamScope): Promise<string[]> {
  return (await routeParams(route, scope)).map((params) => fillRoute(route, params));
}
