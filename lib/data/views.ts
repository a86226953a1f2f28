/**
 * The reading modes of a notice (`?view=`). No imports, so next.config.ts (the rewrite) and client
 * leaves (the static export's ?view= switch) can read it without pulling in zod or next-intl.
 */
export const VIEWS = ["zh", "en", "parallel"] as const;
export type View = (typeof VIEWS)[number];

export function isView(value: string): value is View {
  return VIEWS.some((view) => view === value);
}
