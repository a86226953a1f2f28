import { z } from "zod";
import { issueDtoSchema, issueRefSchema, noticeDtoSchema } from "@/lib/data/dto";
import { noticeSummarySchema } from "@/lib/data/notice-list";
import { licenceRowSchema, standardRowSchema } from "@/lib/data/records";
import { licenceActionSchema, licenceKindSchema } from "@/lib/schema/parsed-issue";

/**
 * The JSON API's contract (/api/v1/…): query parameters in, bodies out. Route handlers validate with
 * these, and lib/api/openapi.ts renders the OpenAPI document from the very same schemas, so the
 * document cannot drift from what the API does. Query objects are strict: an unknown parameter is a
 * 400, not silently ignored (a typo such as `per_pag=100` would otherwise return 20 rows).
 */

export const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 20;

const pageParams = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: "1-based page number." }),
  per_page: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE).meta({ description: `Rows per page, at most ${MAX_PER_PAGE}.` }),
};
const text = z.string().trim().min(1).max(200);
const isoDate = z.iso.date();

export const issuesQuerySchema = z.strictObject({ ...pageParams });

export const noticesQuerySchema = z.strictObject({
  ...pageParams,
  issuer: z.string().regex(/^[a-z0-9-]{2,40}$/).optional().meta({ description: "Issuer code, e.g. mofcom, gacc.", example: "mofcom" }),
  year: z.coerce.number().int().min(1949).max(2100).optional().meta({ description: "Year of the issue." }),
  kind: z.enum(["announcement", "circular"]).optional(),
  q: text.optional().meta({ description: "Text the Chinese or English title contains." }),
});

export const standardsQuerySchema = z.strictObject({
  ...pageParams,
  q: text.optional().meta({ description: "Text the code or the Chinese/English name contains.", example: "香蕉" }),
  prefix: z.string().trim().min(1).max(40).optional().meta({ description: "Code prefix.", example: "SB/T" }),
  effective_from: isoDate.optional().meta({ description: "Effective on or after this date." }),
  effective_to: isoDate.optional().meta({ description: "Effective on or before this date." }),
});

export const licencesQuerySchema = z.strictObject({
  ...pageParams,
  kind: licenceKindSchema.optional(),
  action: licenceActionSchema.optional(),
  q: text.optional().meta({ description: "Text the company name (Chinese or English) contains." }),
});

export const issueSlugPathSchema = z.object({ slug: z.string().regex(/^\d{4}-[1-9]\d{0,2}$/).meta({ example: "2013-11" }) });
export const noticeIdPathSchema = z.object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120).meta({ example: "mofcom-2013-3" }) });

export const pageMetaSchema = z.object({
  page: z.number().int().positive(),
  perPage: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
});

const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ data: z.array(item), meta: pageMetaSchema }).meta({ id });

export const issueListSchema = listOf(issueRefSchema, "IssueList");
export const issueDetailSchema = issueDtoSchema.meta({ id: "Issue" });
export const noticeListSchema = listOf(noticeSummarySchema, "NoticeList");
export const noticeDetailSchema = noticeDtoSchema
  .extend({ standards: z.array(standardRowSchema), licences: z.array(licenceRowSchema) })
  .meta({ id: "Notice" });
export const standardListSchema = listOf(standardRowSchema, "StandardList");
export const licenceListSchema = listOf(licenceRowSchema, "LicenceList");

export const apiErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      code: z.enum(["bad_parameter", "not_found"]),
      message: z.string().min(1),
      /** The offending parameter's name, when it is one of ours (never an echo of arbitrary input). */
      parameter: z.string().min(1).optional(),
    }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Slices one page out of a full list. */
export function paginate<T>(rows: T[], page: number, perPage: number): { data: T[]; meta: z.infer<typeof pageMetaSchema> } {
  const start = (page - 1) * perPage;
  return { data: rows.slice(start, start + perPage), meta: pageMeta(rows.length, page, perPage) };
}

/** The meta of one page when the rows were already windowed by the database. */
export function pageMeta(total: number, page: number, perPage: number): z.infer<typeof pageMetaSchema> {
  return { page, perPage, total, totalPages: Math.ceil(total / perPage) };
}

/** The database window (skip, take) of a 1-based page. */
export function pageWindow(page: number, perPage: number): { skip: number; take: number } {
  return { skip: (page - 1) * perPage, take: perPage };
}
