import { Fragment } from "react";

/**
 * The extracted text keeps two marks from the PDF: run-in bold heads (**市场导向，推动发展。**) and
 * bracketed web addresses (<http://www.licence.org.cn>). Render those; everything else is plain text.
 */
const TOKEN = /\*\*(.+?)\*\*|<(https?:\/\/[^\s>]+)>/g;

export function RichText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) parts.push(text.slice(last, index));
    if (match[1] !== undefined) parts.push(<strong key={index}>{match[1]}</strong>);
    else if (match[2] !== undefined)
      parts.push(
        <a key={index} href={match[2]} rel="external nofollow">
          {match[2].replace(/^https?:\/\//, "")}
        </a>,
      );
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts.map((part, i) => (typeof part === "string" ? <Fragment key={`t${i}`}>{part}</Fragment> : part))}</>;
}
