import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { en, type Messages } from "@/messages/en";
import { zh } from "@/messages/zh";

/**
 * A zod schema with exactly the shape of the English messages: every key present, no extra keys, no
 * empty strings. `satisfies` already checks the shape at compile time; this also catches an empty
 * string or a stray key left by a careless merge, and runs once per locale when the config loads.
 */
type Tree = { [key: string]: string | Tree };

function shapeOf(tree: Tree): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(tree)) {
    shape[key] = typeof value === "string" ? z.string().trim().min(1) : shapeOf(value);
  }
  return z.strictObject(shape);
}

export const messagesSchema = shapeOf(en);

const byLocale: Record<Locale, Messages> = { en, zh };
const checked = new Set<Locale>();

export function messagesByLocale(locale: Locale): Messages {
  const messages = byLocale[locale];
  if (!checked.has(locale)) {
    const result = messagesSchema.safeParse(messages);
    if (!result.success) {
      throw new Error(`messages/${locale}.ts does not match messages/en.ts:\n${z.prettifyError(result.error)}`);
    }
    checked.add(locale);
  }
  return messages;
}
