/**
 * Whether every segment of a raw (still percent-encoded) path decodes to valid UTF-8. Next decodes
 * route params itself and answers a bare 500 when that throws (`%E0%A4%A`, a lone surrogate
 * `%ED%A0%80`, an overlong `%C0%AF`, `%`, `%zz`: issue 9), so the proxy refuses such paths first.
 */
export function isWellEncodedPath(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return false;
    }
  }
  return true;
}
