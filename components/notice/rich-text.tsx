import { Fragment, type ReactNode } from "react";

/**
 * The extracted text keeps two marks from the PDF: run-in bold heads (**市场导向，推动发展。**) and
 * bracketed web addresses (<http://www.licence.org.cn>). Render those; everything else is plain text,
 * except citations of other documents (`links`): a cited notice in the archive becomes a link, any
 * other citation is marked with <cite> so it reads as a reference, not as a dead link.
 */
const TOKEN = /\*\*(.+?)\*\*|<(https?:\/\/[^\s>]+)>/g;

export type TextLink = { printed: string; href: string | null };

export function RichText({ text, links = [] }: { text: string; links?: TextLink[] }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) parts.push(...withCitations(text.slice(last, index), links, `t${index}`));
    if (match[1] !== undefined) parts.push(<strong key={index}>{match[1]}</strong>);
    else if (match[2] !== undefined)
      parts.push(
        <a key={index} href={match[2]} rel="external nofollow">
          {match[2].replace(/^https?:\/\//, "")}
        </a>,
      );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(...withCitations(text.slice(last), links, `t${last}`));
  return <>{parts.map((part, i) => (typeof part === "string" ? <Fragment key={`s${i}`}>{part}</Fragment> : part))}</>;
}

/** Splits plain text at each printed citation (longest first, so 《…办法》 wins over a shorter overlap). */
function withCitations(text: string, links: TextLink[], key: string): ReactNode[] {
  const printed = [...new Set(links.map((l) => l.printed))].sort((a, b) => b.length - a.length);
  if (printed.length === 0) return [text];
  const pattern = new RegExp(`(${printed.map(escapeRegExp).join("|")})`, "g");
  return text.split(pattern).map((piece, i) => {
    const link = i % 2 === 1 ? links.find((l) => l.printed === piece) : undefined;
    if (!link) return piece;
    return link.href ? (
      <a key={`${key}-${i}`} data-reference="" href={link.href}>
        {piece}
      </a>
    ) : (
      <cite key={`${key}-${i}`} data-reference="unresolved" className="not-italic">
        {piece}
      </cite>
    );
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
