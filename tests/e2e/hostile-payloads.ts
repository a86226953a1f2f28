import { Parser } from "htmlparser2";

/**
 * Hostile inputs for tests/e2e/hostile-input.spec.ts (issue 9 item 7). Each payload is the value the
 * server should receive, and `encoded` is how it goes into a URL: percent-encoded as a browser
 * would, or raw where the payload IS a malformed encoding (a lone surrogate cannot be
 * percent-encoded from a JS string at all, so it is written as its UTF-8-ish bytes).
 */
export type Payload = { name: string; value: string; encoded: string };

const ATTACKS = [
  "<script>alert(1)</script>",
  "<ScRiPt>alert(1)</sCrIpT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  '"><script>alert(1)</script>',
  "'\"><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "<iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<object data=javascript:alert(1)>",
  "<base href=//evil.example/>",
  "<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
  "</title><script>alert(1)</script>",
  "</textarea><script>alert(1)</script>",
  "</script><script>alert(1)</script>",
  "<!--<script>alert(1)//-->",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "＜script＞alert(1)＜/script＞",
  "成品油<script>alert(1)</script>",
  "\u202Egnp.exe",
  "abc\u202Ecba<b>",
  "\u2066x\u2069\u200F",
  "a\u0000b",
  "\u0000",
  "a\r\nSet-Cookie: x=1",
  "\uFEFF成品油",
  "😀🇨🇳",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "....//....//etc/passwd",
  "/etc/passwd\u0000.csv",
  "../../../../.next/BUILD_ID",
  "' OR '1'='1",
  "1; DROP TABLE Issue;--",
  '" UNION SELECT * FROM sqlite_master --',
  "1' AND sleep(5)--",
  "%s%s%n%x",
  "__proto__",
  "constructor",
  '{"$where":"1"}',
  "<style>@import url(//evil.example/x.css)</style>",
  "<link rel=stylesheet href=//evil.example/x.css>",
  "<form action=//evil.example><button>x</button></form>",
  "<x onclick=alert(1)>click",
  "<video><source onerror=alert(1)>",
  "<marquee onstart=alert(1)>",
  "<img src=\"x\" onerror=\"alert(1)\"/>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "p-6.csv",
  "mofcom-2013-1",
  "2013-11",
];

const LONG = [
  "a".repeat(10_000),
  "油".repeat(10_000),
  "<".repeat(20_000),
  "the ".repeat(25_000),
  "<script>alert(1)</script>".repeat(4_000),
];

/** Malformed or surprising encodings, sent exactly as written. */
const RAW = ["%E0%A4%A", "%ED%A0%80", "%C0%AF", "%", "%zz", "%%32%65", "%u003cscript%u003e", "%25", "%2e%2e%2f%2e%2e%2f", "%00", "%0d%0aSet-Cookie:x=1", "%ED%B0%80%ED%A0%80"];

const htmlEntities = (s: string) => s.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const ALL: Payload[] = [
  ...ATTACKS.map((value, i) => ({ name: `attack ${i}`, value, encoded: encodeURIComponent(value) })),
  // Double-encoded: the server sees the once-encoded text; a decoder that decodes twice would not.
  ...ATTACKS.map((raw, i) => ({ name: `double ${i}`, value: encodeURIComponent(raw), encoded: encodeURIComponent(encodeURIComponent(raw)) })),
  ...ATTACKS.map((raw, i) => ({ name: `entities ${i}`, value: htmlEntities(raw), encoded: encodeURIComponent(htmlEntities(raw)) })),
  ...ATTACKS.map((raw, i) => ({ name: `after a query ${i}`, value: `licence ${raw}`, encoded: encodeURIComponent(`licence ${raw}`) })),
  ...LONG.map((value, i) => ({ name: `long ${i} (${value.length} chars)`, value, encoded: encodeURIComponent(value) })),
  ...RAW.map((raw, i) => ({ name: `raw ${i} ${raw}`, value: raw, encoded: raw })),
];

/** Distinct URL forms only (an attack without < > " is its own entity form). */
export const PAYLOADS: Payload[] = ALL.filter((p, i) => ALL.findIndex((q) => q.encoded === p.encoded) === i);

const FOREIGN = new Set(["iframe", "object", "embed", "base", "svg", "math", "frame", "frameset", "applet", "marquee", "video", "x"]);
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "data", "xlink:href"]);
/** The only inline scripts our pages have: Next's flight data and chunk list, and JSON-LD. */
const OWN_SCRIPT = /^\s*(?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\]|\{"@context")/;

/**
 * What of a body would run or show as markup: parsed as a browser would (htmlparser2), so text and
 * attribute values the page escaped are not counted, only elements and attributes that exist.
 */
export function markupProblems(body: string, payload: Payload): string[] {
  const problems = new Set<string>();
  let inScript = false;
  let scriptText = "";
  const parser = new Parser({
    onopentag(name, attributes) {
      if (FOREIGN.has(name)) problems.add(`<${name}> element`);
      if (name === "meta" && attributes["http-equiv"]) problems.add("meta http-equiv");
      for (const [key, value] of Object.entries(attributes)) {
        if (key.startsWith("on")) problems.add(`${key} attribute on <${name}>`);
        if (URL_ATTRIBUTES.has(key) && /^\s*(?:javascript|data|vbscript):/i.test(value)) problems.add(`${key}=${value.slice(0, 20)} on <${name}>`);
        // Our own links may carry the query percent-encoded (/en/search?q=…evil.example…): only a URL
        // that leads to the other origin counts.
        if (URL_ATTRIBUTES.has(key) && /^\s*(?:[a-z]+:)?\/\/evil\.example/i.test(value)) problems.add(`${key} to evil.example on <${name}>`);
      }
      if (name === "script" && !attributes.src) {
        inScript = true;
        scriptText = "";
      }
      if (name === "style") problems.add("<style> element");
    },
    ontext(text) {
      if (inScript) scriptText += text;
    },
    onclosetag(name) {
      if (name !== "script" || !inScript) return;
      inScript = false;
      if (scriptText.trim() !== "" && !OWN_SCRIPT.test(scriptText)) problems.add(`inline script ${JSON.stringify(scriptText.slice(0, 40))}`);
    },
  });
  parser.write(body);
  parser.end();
  if (payload.value.includes("<") && body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").includes(payload.value)) {
    problems.add("payload unescaped in the markup");
  }
  return [...problems];
}
