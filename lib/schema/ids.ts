import { z } from "zod";

/**
 * The archive's three public keys, each defined once. They appear in URLs (/issues/2013-11,
 * /notices/mofcom-2013-3#p-2), translation files, the database and the search index, so the parser
 * output, the translation schema, the DTOs and the route params all validate with these.
 */

/** 2013-11: the year and the issue's number within it (no leading zero). */
export const ISSUE_SLUG = /^\d{4}-[1-9]\d{0,2}$/;
/** p-1, p-2, …: a block's position in its notice, the #p-N permalink. */
export const BLOCK_ID = /^p-[1-9]\d*$/;
/** Issuer abbreviations, year, number (mofcom-gacc-2013-2): lower-case words joined by hyphens. */
export const NOTICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const issueSlugSchema = z.string().regex(ISSUE_SLUG, "issue slugs look like 2013-11 (year-number)");
export const blockIdSchema = z.string().regex(BLOCK_ID, "block ids look like p-1, p-2, …");
export const noticeIdSchema = z.string().regex(NOTICE_ID, "notice ids are lower-case words joined by hyphens");

/** The pattern without its ^…$ anchors, to embed in a longer pattern (p-6.csv). */
export function unanchored(pattern: RegExp): string {
  return pattern.source.replace(/^\^/, "").replace(/\$$/, "");
}
