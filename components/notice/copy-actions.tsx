"use client";

import { useEffect, useState } from "react";

/**
 * One listener for every copy-link / cite button on the page (a notice can have 170 blocks; one
 * client component per block would ship 170 sets of props). The server puts the citation text and
 * canonical path on the <article> and each block's citation part on its Cite button; the block id
 * comes from the clicked button's block.
 */
export function CopyActions({ copiedLabel }: { copiedLabel: string }) {
  const [status, setStatus] = useState("");
  useEffect(() => {
    document.documentElement.dataset.js = "";
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
      const article = button?.closest("article[data-cite]");
      if (!button || !(article instanceof HTMLElement)) return;
      const { cite = "", joiner = ", ", path = "" } = article.dataset;
      const blockId = button.closest("[id^='p-']")?.id;
      const url = `${window.location.origin}${path}${blockId ? `#${blockId}` : ""}`;
      // A block's Cite button carries its own part of the citation ("para. 3"), formatted on the server.
      const citeBlock = blockId ? button.getAttribute("data-cite-block") : null;
      const text =
        button.getAttribute("data-copy") === "cite" ? [cite, ...(citeBlock ? [citeBlock] : []), url].join(joiner) : url;
      void copy(text).then(() => {
        setStatus(`${copiedLabel}: ${text}`);
        button.setAttribute("data-copied", copiedLabel);
        window.setTimeout(() => button.removeAttribute("data-copied"), 2000);
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [copiedLabel]);
  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (insecure origin, no permission): the old selection trick still works.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}
