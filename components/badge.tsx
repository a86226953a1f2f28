import type { ReactNode } from "react";

const tones = {
  official: "border-rule text-muted",
  archive: "border-rule text-muted",
  warn: "border-transparent bg-warn-bg text-warn-ink",
} as const;

export function Badge({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 align-middle text-xs font-normal ${tones[tone]}`}>
      {children}
    </span>
  );
}
