import { ParseError } from "@/lib/parse/errors";

/**
 * Bytes → text for the parser. Invalid UTF-8 is an error naming the line of the first bad byte (a
 * silently replaced character would corrupt a legal text); an empty or blank file is an error too.
 * A UTF-8 BOM and CRLF/CR line endings are accepted and removed.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ParseError(file, lineOfFirstInvalidByte(bytes), "invalid UTF-8: the file must be UTF-8 encoded text");
  }
  text = normalizeNewlines(text);
  if (text.trim() === "") throw new ParseError(file, 1, "empty file: expected the text of a gazette issue or notice");
  return text;
}

/** Strips a BOM and turns CRLF / CR into LF; the parser counts lines on the result. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (len === 0) return line;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return line;
    }
    if (b === 0x0a) line++;
    i += len;
  }
  return line;
}
