"use client";

import { useEffect, useState } from "react";

/**
 * The notice page's one client leaf. Every reading feature works without it; with it:
 * - copy link / cite (one document listener for every block: a notice can have 170 blocks, and one
 *   client component per block would ship 170 sets of props; the server puts the citation text and
 *   canonical path on the <article>, the block comes from the clicked button's block);
 * - the arrow keys move between ¶N and its copy / cite buttons (one tab stop per block, block-view.tsx);
 * - links marked data-keep-hash (the reading-mode switch) carry the live #p-N along;
 * - the outline marks the heading being read (aria-current="location").
 * One component rather than four, because each client boundary costs bytes (budget: 8 kB gzip).
 */
export function NoticeEnhancements({ copiedLabel }: { copiedLabel: string }) {
  const [status, setStatus] = useState("");
  useEffect(() => {
    document.documentElement.dataset.js = "";
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const keep = target?.closest("a[data-keep-hash]");
      if (keep instanceof HTMLAnchorElement) keep.hash = window.location.hash;
      const button = target?.closest("button[data-copy]");
      const article = button?.closest("article[data-cite]");
      if (!button || !(article instanceof HTMLElement)) return;
      const text = copyText(button, article);
      void copy(text).then(() => {
        setStatus(`${copiedLabel}: ${text}`);
        button.setAttribute("data-copied", copiedLabel);
        window.setTimeout(() => button.removeAttribute("data-copied"), 2000);
      });
    };
    const stopOutline = markOutline();
    document.addEventListener("click", onClick, true);
    document.addEventListener("keydown", onToolbarKey);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("keydown", onToolbarKey);
      stopOutline();
    };
  }, [copiedLabel]);
  return (
    <p role="status" className="sr-only">
      {status}
    </p>
  );
}

function copyText(button: Element, article: HTMLElement): string {
  const { cite = "", joiner = ", ", path = "" } = article.dataset;
  const blockId = button.closest(".permalink-block")?.id;
  const url = `${window.location.origin}${path}${blockId ? `#${blockId}` : ""}`;
  // A block's Cite button carries its own part of the citation ("para. 3"), formatted on the server.
  const citeBlock = blockId ? button.getAttribute("data-cite-block") : null;
  return button.getAttribute("data-copy") === "cite" ? [cite, ...(citeBlock ? [citeBlock] : []), url].join(joiner) : url;
}

/** WAI-ARIA toolbar: arrows move focus among ¶N, Copy link and Cite; Tab leaves for the next block. */
function onToolbarKey(event: KeyboardEvent) {
  const keys = ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End"];
  const bar = event.target instanceof Element ? event.target.closest(".block-actions[role=toolbar]") : null;
  if (!bar || !keys.includes(event.key)) return;
  const items = [...bar.querySelectorAll<HTMLElement>("a, button")];
  const at = items.findIndex((item) => item === event.target);
  const step = event.key === "ArrowRight" || event.key === "ArrowDown" ? 1 : -1;
  const next = event.key === "Home" ? 0 : event.key === "End" ? items.length - 1 : (at + step + items.length) % items.length;
  event.preventDefault();
  items[next]?.focus();
}

/**
 * The outline's "you are here": the last heading whose top has reached the top of the window (48 px:
 * a heading an outline link scrolled to sits at its 24 px scroll margin, and the sub-heading right
 * under it must not take the mark).
 */
function markOutline(): () => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("[data-outline] a[href^='#p-']")];
  if (links.length === 0) return () => {};
  const ids = [...new Set(links.map((a) => a.hash.slice(1)))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h) => h !== null);
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = 48;
    let current = headings[0]?.id;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
    for (const a of links) {
      if (a.hash === `#${current}`) a.setAttribute("aria-current", "location");
      else a.removeAttribute("aria-current");
    }
  };
  const onScroll = () => {
    frame ||= window.requestAnimationFrame(update);
  };
  update();
  window.addEventListener("scroll", onScroll, { passive: true });
  return () => window.removeEventListener("scroll", onScroll);
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
