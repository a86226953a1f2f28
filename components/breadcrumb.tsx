import Link from "next/link";

export function Breadcrumb({ label, items }: { label: string; items: { href?: string; label: string; lang?: string }[] }) {
  return (
    <nav aria-label={label} className="no-print text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => (
          <li key={index} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <Link href={item.href} lang={item.lang} className="inline-flex min-h-6 items-center">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" lang={item.lang} className="line-clamp-1">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
