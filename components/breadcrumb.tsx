/**
 * One line, never wrapped: a wrapped trail left a lone "›" at the start of the second line on phones
 * (issue 14). Each separator ends the item before it, and the current page's title, last, is the one
 * that shrinks and is cut with an ellipsis (its full text is the h1 just below). Plain <a>, not
 * next/link: the breadcrumb is on every notice page, and next/link alone is 3.3 kB gzip of client JS
 * there (issue 14's 8 kB budget) for a client-side hop a reader never notices on a static page.
 */
export function Breadcrumb({ label, items }: { label: string; items: { href?: string; label: string; lang?: string }[] }) {
  return (
    <nav aria-label={label} className="no-print text-sm text-muted">
      <ol className="flex min-w-0 flex-nowrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className={`flex items-center gap-1 ${item.href ? "shrink-0" : "min-w-0"}`}>
            {item.href ? (
              <a href={item.href} lang={item.lang} className="inline-flex min-h-6 items-center whitespace-nowrap">
                {item.label}
              </a>
            ) : (
              <span aria-current="page" lang={item.lang} className="truncate">
                {item.label}
              </span>
            )}
            {index < items.length - 1 ? <span aria-hidden="true">›</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
