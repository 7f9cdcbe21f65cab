const marks = /\u0002(.*?)\u0003/gs;

/** A search snippet with the matched words highlighted; the text is never parsed as HTML. */
export function Snippet({ text }: { text: string }) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(marks)) {
    parts.push({ text: text.slice(last, match.index), hit: false });
    parts.push({ text: match[1] ?? '', hit: true });
    last = (match.index ?? 0) + match[0].length;
  }
  parts.push({ text: text.slice(last), hit: false });
  return (
    <p className="snippet">{parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</p>
  );
}
