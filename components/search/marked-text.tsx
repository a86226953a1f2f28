import type { Range } from "@/lib/search/highlight";

/**
 * Text with the engine's highlight ranges as <mark>. No directive: it renders on the server for the
 * results page and inside the client search box alike. Ranges are sorted and disjoint (highlight.ts).
 */
export function MarkedText({
  text,
  ranges,
  clippedStart = false,
  clippedEnd = false,
}: {
  text: string;
  ranges: readonly Range[];
  clippedStart?: boolean;
  clippedEnd?: boolean;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="rounded-sm bg-mark px-0.5 text-ink">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {clippedStart ? "… " : null}
      {parts}
      {clippedEnd ? " …" : null}
    </>
  );
}
