import { LANG_TAG, type Locale, type View } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { BlockDto } from "@/lib/data/dto";

type Entry = { id: string; level: number; text: string; lang: string };

/** Headings worth an outline: a notice with fewer than two has nothing to navigate. */
export function outlineEntries(blocks: BlockDto[], view: View, locale: Locale): Entry[] {
  const entries: Entry[] = [];
  for (const block of blocks) {
    if (block.kind !== "heading") continue;
    const english = block.text.en !== null && (view === "en" || (view === "parallel" && locale === "en"));
    const text = (english ? block.text.en : null) ?? block.text.zh;
    entries.push({ id: block.id, level: block.level, text: text.replace(/\*\*/g, ""), lang: english ? LANG_TAG.en : LANG_TAG.zh });
  }
  return entries.length >= 2 ? entries : [];
}

/**
 * The in-page outline of a long notice (the plan is ≈ 46,000 px tall on a desktop): plain #p-N links,
 * so it works without JS; notice-enhancements.tsx only adds aria-current on the heading being read.
 * `variant` "column" is the sticky side column of wide screens, "details" the collapsible box above
 * the text on narrow ones; CSS shows one of them.
 */
export function Outline({
  entries,
  t,
  variant,
  className,
}: {
  entries: Entry[];
  t: Translator<"notice">;
  variant: "column" | "details";
  className: string;
}) {
  const list = (
    <ol className="mt-2 space-y-0.5 text-sm">
      {entries.map((e) => (
        <li key={e.id} className={e.level >= 3 ? "pl-6" : e.level === 2 ? "pl-3" : ""}>
          <a
            href={`#${e.id}`}
            lang={e.lang}
            className="outline-link block border-l-2 border-transparent py-1 pl-2 text-muted no-underline hover:text-accent"
          >
            {e.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === "column") {
    return (
      <nav data-outline="" aria-label={t("outline")} className={className}>
        <p className="text-xs font-semibold uppercase tracking-wide text-muted">{t("outline")}</p>
        {list}
      </nav>
    );
  }
  return (
    <details data-outline="" className={className}>
      <summary className="cursor-pointer py-1 text-sm font-semibold">{t("outlineCount", { count: entries.length })}</summary>
      <nav aria-label={t("outline")}>{list}</nav>
    </details>
  );
}
