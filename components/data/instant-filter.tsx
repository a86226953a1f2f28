"use client";

import { useEffect } from "react";

/**
 * Instant filtering for a server-rendered data table: as the reader types in the form's text field,
 * rows whose text does not contain it are hidden. Without JS the same field submits the GET form and
 * the server filters, so this only saves a round trip.
 */
function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-—–]+/g, "");
}

export function InstantFilter({ inputId, statusId, template }: { inputId: string; statusId: string; template: string }) {
  useEffect(() => {
    const input = document.getElementById(inputId);
    const status = document.getElementById(statusId);
    const rows = Array.from(document.querySelectorAll<HTMLTableRowElement>("[data-records-table] tbody tr"));
    if (!(input instanceof HTMLInputElement) || !status) return;
    const apply = () => {
      const needle = fold(input.value);
      let shown = 0;
      for (const row of rows) {
        const visible = fold(row.dataset.filter ?? "").includes(needle);
        row.hidden = !visible;
        if (visible) shown++;
      }
      status.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    };
    // On a static host the GET form reloads the same unfiltered page: apply its ?q= here.
    const q = new URLSearchParams(window.location.search).get("q");
    if (q && input.value === "") input.value = q;
    if (input.value !== "") apply();
    input.addEventListener("input", apply);
    return () => input.removeEventListener("input", apply);
  }, [inputId, statusId, template]);
  return null;
}
