"use client";

import { useEffect } from "react";
import { VIEWS, type Locale } from "@/i18n/locales";
import { noticeModePath, noticePath } from "@/lib/routes";

/**
 * Static export only (a static host serves /en/notices/x?view=parallel as /en/notices/x): when the
 * address asks for another reading mode than this page shows, replace it with that mode's own page,
 * keeping the rest of the query (?hl=) and the #p-N anchor. The server build rewrites ?view= itself
 * (next.config.ts) and does not render this.
 */
export function ViewQuerySwitch({ locale, id, view }: { locale: Locale; id: string; view: string }) {
  useEffect(() => {
    const url = new URL(window.location.href);
    const wanted = VIEWS.find((v) => v === url.searchParams.get("view"));
    if (!wanted || wanted === view) return;
    url.searchParams.delete("view");
    const path = wanted === locale ? noticePath(locale, id) : noticeModePath(locale, id, wanted);
    window.location.replace(`${path}${url.search}${url.hash}`);
  }, [locale, id, view]);
  return null;
}
