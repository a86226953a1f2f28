import Link from "next/link";

/**
 * Previous/next links with a label in the middle: pages of an issuer, issues, years. Plain links,
 * so it works without JS and on a static host. `rel` tells crawlers and readers the order.
 */
export type PagerLink = { href: string; label: string; lang?: string };

export function Pager({
  label,
  previous,
  next,
  status,
}: {
  label: string;
  previous: PagerLink | null;
  next: PagerLink | null;
  status?: string;
}) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={label} className="no-print mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-rule pt-4">
      {previous ? (
        <Link href={previous.href} rel="prev" lang={previous.lang} className="inline-flex min-h-11 items-center">
          ← {previous.label}
        </Link>
      ) : (
        <span />
      )}
      {status ? <span className="text-sm text-muted">{status}</span> : null}
      {next ? (
        <Link href={next.href} rel="next" lang={next.lang} className="ml-auto inline-flex min-h-11 items-center">
          {next.label} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
