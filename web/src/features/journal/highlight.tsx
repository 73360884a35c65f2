import { Fragment } from 'react';

/**
 * The API marks hits «like this» in plain text (never HTML); each marked run becomes a
 * <mark>, everything else stays text, so nothing of an entry is ever parsed as markup.
 */
export function splitHighlight(highlight: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  const pattern = /«([^«»]*)»/g;
  let last = 0;
  for (const match of highlight.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: highlight.slice(last, match.index), hit: false });
    parts.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < highlight.length) parts.push({ text: highlight.slice(last), hit: false });
  return parts;
}

export function Highlight({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
