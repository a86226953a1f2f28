"use client";

import { useEffect } from "react";
// Type-only: i18n/routing also builds next-intl's routing object, which has no place in this bundle.
import type { Locale } from "@/i18n/routing";
import { isView } from "@/lib/data/views";
import { noticeViewPath } from "../format";


/**
 * Static export only (a static host serves /en/notices/x?view=parallel as /en/notices/x): when the
 * address asks for another reading mode than this page shows, replace it with that mode's own page,
 * keeping the rest of the query (?hl=) and the #p-N anchor. On the server build the rewrite in
 * next.config.ts has already picked the right page, so this renders nothing and does nothing.
 */
export function ViewQuerySwitch({ locale, id, view }: { locale: Locale; id: string; view: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    const wanted = url.searchParams.get("view");
    if (!wanted || wanted === view || !isView(wanted)) return;
    url.searchParams.delete("view");
    const path = wanted === locale ? `/${locale}/notices/${id}` : noticeViewPath(locale, id, wanted);
    window.location.replace(`${path}${url.search}${url.hash}`);
  }, [locale, id, view]);
  return null;
}
