// Parse one file and print the result as JSON on stdout.
//   npm run parse -- FILE            → ParsedIssue (a whole gazette issue)
//   npm run parse -- --notice FILE   → ParsedNotice (a single notice copied from elsewhere)
// Exit 0 on success; 2 with `FILE:LINE: message` on stderr when the input is rejected (no stack
// trace: the line number is the useful part); 1 on usage errors.
import fs from "node:fs";
import { decodeSource } from "@/lib/parse/decode";
import { ParseError, formatParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import { parseStandaloneNotice } from "@/lib/parse/parse-notice";
import { exitQuietlyOnClosedStdout } from "@/scripts/lib/stdout";

const usage = "usage: npm run parse -- [--notice] FILE";

function main(argv: string[]): number {
  const notice = argv.includes("--notice");
  const files = argv.filter((a) => a !== "--notice");
  const file = files[0];
  if (files.length !== 1 || file === undefined || file.startsWith("-")) {
    console.error(usage);
    return 1;
  }

  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }

  try {
    const text = decodeSource(bytes, file);
    // Both parsers validate their own output (FILE:LINE of the offending record) before returning it.
    const result = notice ? parseStandaloneNotice(text, { file }) : parseIssue(text, { file });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ParseError) {
      console.error(formatParseError(error));
      return 2;
    }
    throw error;
  }
}

exitQuietlyOnClosedStdout();

process.exitCode = main(process.argv.slice(2));
