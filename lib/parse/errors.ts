/**
 * A source problem the parser cannot get past. Carries the file and 1-based line so editors can jump
 * straight to it; the CLIs print `FILE:LINE: message` and never a stack trace.
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export function formatParseError(error: ParseError): string {
  return `${error.file}:${error.line}: ${error.message}`;
}
