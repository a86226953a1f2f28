import type { Locale } from "@/i18n/locales";
import type { SearchBoxLabels as Labels } from "@/messages/compiled";
import { formatCompiled } from "@/messages/format-compiled";
import { MarkedText } from "@/components/search/marked-text";
import type { Option, Shown } from "@/components/search/use-search-box";

/** The combobox's popup: a status line, what was searched, and the options (listbox). */
export function SearchPopup({
  locale,
  labels,
  listId,
  popupRef,
  hidden,
  message,
  shown,
  all,
  active,
  setActive,
  go,
}: {
  locale: Locale;
  labels: Labels;
  listId: string;
  popupRef: React.RefObject<HTMLDivElement | null>;
  hidden: boolean;
  message: string | null;
  shown: Shown | null;
  all: Option[];
  active: number;
  setActive: (i: number) => void;
  go: (href: string) => void;
}) {
  const notes = [
    shown && shown.scope !== locale ? (shown.scope === "zh" ? labels.fromZh : labels.fromEn) : null,
    shown?.notFound.length ? formatCompiled(labels.notFound, locale, { parts: shown.notFound.join(locale === "zh" ? "、" : ", ") }) : null,
  ].filter((n) => n !== null);
  return (
    <div
      ref={popupRef}
      hidden={hidden}
      className="absolute left-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border border-rule bg-paper text-left shadow-lg"
    >
      {message ? <p className="px-3 py-2 text-sm text-muted">{message}</p> : null}
      {notes.map((note) => (
        <p key={note} className="border-b border-rule px-3 py-2 text-xs text-muted">
          {note}
        </p>
      ))}
      <ul role="listbox" id={listId} aria-label={labels.results} className="py-1">
        {all.map((option, i) => (
          <li
            key={option.href + i}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 text-sm ${i === active ? "bg-panel outline-2 -outline-offset-2 outline-accent" : ""} ${
              option.snippet === null ? "border-t border-rule font-medium text-accent" : ""
            }`}
            // Keep focus in the input (the combobox pattern), so blur does not close before the click.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => go(option.href)}
          >
            <OptionBody option={option} locale={locale} labels={labels} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function OptionBody({ option, locale, labels }: { option: Option; locale: Locale; labels: Labels }) {
  const lang = option.lang === "zh" ? "zh-Hans" : "en";
  const s = option.snippet;
  if (!s) return <span>{option.title}</span>;
  const marked = <MarkedText text={s.text} ranges={s.highlights} clippedStart={s.clippedStart} clippedEnd={s.clippedEnd} />;
  return (
    <span className="block">
      {option.lang !== locale ? (
        <span className="block text-xs text-muted">{option.lang === "zh" ? labels.matchedZh : labels.matchedEn}</span>
      ) : null}
      <span lang={lang} className="block">
        <span className="line-clamp-2 block font-medium text-ink">{option.inTitle ? marked : option.title}</span>
        {option.inTitle ? null : <span className="line-clamp-2 block text-muted">{marked}</span>}
      </span>
    </span>
  );
}
