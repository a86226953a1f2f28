import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns of an IssueRef (slug, number, date): one select for every query that links to an issue. */
export const issueRefSelect = { slug: true, year: true, number: true, series: true, publishedOn: true } satisfies Prisma.IssueSelect;
