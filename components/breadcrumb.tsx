import Link from "next/link";

/**
 * One line, never wrapped: a wrapped trail left a lone "›" at the start of the second line on phones
 * (issue 14). Each separator ends the item before it, and the current page's title, last, is the one
 * that shrinks and is cut with an ellipsis (its full text is the h1 just below).
 */
export function Breadcrumb({ label, items }: { label: string; items: { href?: string; label: string; lang?: string }[] }) {
  return (
    <nav aria-label={label} className="no-print text-sm text-muted">
      <ol className="flex min-w-0 flex-nowrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className={`flex items-center gap-1 ${item.href ? "shrink-0" : "min-w-0"}`}>
            {item.href ? (
              <Link href={item.href} lang={item.lang} className="inline-flex min-h-6 items-center whitespace-nowrap">
                {item.label}
              </Link>
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
