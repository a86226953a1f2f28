import format, { type CompiledMessage } from "icu-minify/format";

export type { CompiledMessage };

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

/**
 * Fills an ICU message in the browser, for values only the browser knows (the typed query, the live
 * hit count). The server compiled it (messages/compiled.ts) with icu-minify, the runtime next-intl
 * itself uses for precompiled messages: the same ICU syntax as next-intl's `t()` on the server, for
 * under 1 kB gzip instead of next-intl's client formatter (14.6 kB gzip, measured with esbuild).
 */
export function formatCompiled(message: CompiledMessage, locale: string, values: Record<string, string | number>): string {
  const out = format(message, locale, values, { formatters });
  return Array.isArray(out) ? out.join("") : String(out);
}
