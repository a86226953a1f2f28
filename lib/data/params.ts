import { z } from "zod";
import { LOCALES, VIEWS } from "@/i18n/locales";
import { TABLE_FORMATS } from "@/lib/routes";
import { BLOCK_ID, ISSUE_SLUG, noticeIdSchema, unanchored } from "@/lib/schema/ids";

/**
 * Route params and query strings, validated at the edge of every route. A value that does not parse
 * is a 404 (pages) or a 400 naming the parameter (route handlers), never a thrown 500.
 */
export const localeParamSchema = z.enum(LOCALES);

/** /issues/2013-11 (year-number, the public key) or /issues/808 (series number, redirected). */
export const issueParamSchema = z.union([
  z
    .string()
    .regex(ISSUE_SLUG)
    .transform((slug) => ({ kind: "slug" as const, slug })),
  z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform((s) => ({ kind: "series" as const, series: Number(s) })),
]);

export const noticeIdParamSchema = noticeIdSchema.max(80);

export const viewSchema = z.enum(VIEWS);

/** p-12.csv / p-12.json */
export const tableFileParamSchema = z
  .string()
  .regex(new RegExp(`^${unanchored(BLOCK_ID)}\\.(?:${TABLE_FORMATS.join("|")})$`))
  .transform((file) => {
    const dot = file.lastIndexOf(".");
    return { blockId: file.slice(0, dot), format: z.enum(TABLE_FORMATS).parse(file.slice(dot + 1)) };
  });
