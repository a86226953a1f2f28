import { createHash } from "node:crypto";

/** Hash of the printed Chinese a translation entry was made from (see sourceHashSchema). */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}
