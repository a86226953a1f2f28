import path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * lib/export/locale-redirect.ts bundled into one small inline script (≈ 0.7 kB): the same
 * preferredLocale() the proxy runs, so `/` on a static host chooses as the server would.
 */
export async function redirectScript(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, "lib/export/locale-redirect.ts")],
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    target: "es2019",
    // i18n/routing also calls next-intl's defineRouting, which this script does not use.
    pure: ["defineRouting"],
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error("esbuild produced no output for lib/export/locale-redirect.ts");
  return text.trim();
}
