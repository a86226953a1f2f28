"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect } from "react";

/**
 * Marks the search terms a result link carried (`?hl=…`) inside the block it points at (#p-N), or in
 * the notice header when the hit was the title. Renders nothing. The page stays static: the query
 * is read in the browser, under its own Suspense so only this leaf waits for it, and the marking
 * code (the engine's query folding and highlighter, with zod/mini) is imported only when `hl` is
 * there, so a notice opened any other way loads none of it.
 */
export function HighlightTerms() {
  return (
    <Suspense fallback={null}>
      <Marker />
    </Suspense>
  );
}

function Marker() {
  const hl = useSearchParams().get("hl");
  useEffect(() => {
    if (!hl) return;
    let cancelled = false;
    let undo: (() => void) | null = null;
    const apply = () => {
      void import("@/components/search/mark-terms").then(({ markQuery }) => {
        if (cancelled) return;
        undo?.();
        undo = markQuery(hl, targetOf(window.location.hash));
      });
    };
    apply();
    // A later #p-N link on the page moves the marks with the reader.
    window.addEventListener("hashchange", apply);
    return () => {
      cancelled = true;
      window.removeEventListener("hashchange", apply);
      undo?.();
    };
  }, [hl]);
  return null;
}

function targetOf(hash: string): Element | null {
  const id = decodeURIComponent(hash.slice(1));
  // A block (#p-6) or one table row of it (#p-6-r39): the marks go where the reader landed.
  const block = /^p-[1-9]\d*(?:-r[1-9]\d*)?$/.test(id) ? document.getElementById(id) : null;
  return block ?? document.querySelector("main article > header, main h1");
}
