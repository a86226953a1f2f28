"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { Locale } from "@/i18n/locales";
import type { SearchResponse } from "@/lib/search/client";
import { MarkedText } from "@/components/search/marked-text";
import type { StaticSearchLabels } from "@/messages/compiled";
import { formatCompiled } from "@/messages/format-compiled";
import { SEARCH_INDEX_BASE, hitHref } from "@/lib/routes";


/**
 * The results of /{locale}/search?q=… on a static host, where no server reads the query: the same
 * browser engine as the header box, run over the exported index (public/search/). The server build
 * renders this page on the server instead (page.server.tsx), which also works without JS.
 */
export function StaticSearchResults({ locale, labels }: { locale: Locale; labels: StaticSearchLabels }) {
  const query = (useSearchParams().get("q") ?? "").trim();
  const [state, setState] = useState<{ query: string; response: SearchResponse | null; failed: boolean } | null>(null);

  useEffect(() => {
    if (query === "") return;
    let live = true;
    import("@/lib/search/client")
      .then(({ createSearchClient }) => createSearchClient({ baseUrl: SEARCH_INDEX_BASE }).search(query, { locale, limit: 200 }))
      .then((response) => live && setState({ query, response, failed: false }))
      .catch(() => live && setState({ query, response: null, failed: true }));
    return () => {
      live = false;
    };
  }, [query, locale]);

  if (query === "") return null;
  const current = state?.query === query ? state : null;
  const groups = current?.response?.groups ?? [];
  return (
    <div className="mt-6 max-w-4xl">
      <p role="status" aria-live="polite" className="text-sm text-muted">
        {!current
          ? labels.searching
          : current.failed
            ? labels.failed
            : formatCompiled(groups.length === 0 ? labels.none : labels.found, locale, { query, count: groups.length })}
      </p>
      <ol className="mt-4 divide-y divide-rule border-y border-rule">
        {groups.map((group) => {
          const best = group.hits[0];
          return (
            <li key={group.noticeId} className="py-3">
              <a href={best ? hitHref(locale, locale, best, query) : `/${locale}/notices/${group.noticeId}`} className="font-medium">
                {group.noticeTitle}
              </a>
              {best ? (
                <p className="mt-1 text-sm">
                  <MarkedText text={best.snippet.text} ranges={best.snippet.highlights} clippedStart={best.snippet.clippedStart} clippedEnd={best.snippet.clippedEnd} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
