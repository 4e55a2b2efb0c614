export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * Candidates: http(s):// and what follows up to white space, a quote or an angle bracket (they
 * end a URL in running text, and an href never needs them raw).
 */
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the URL. */
const TRAILING = /[.,;:!?]+$/;

/** An address that is safe to link to: http or https with a host, nothing else. */
export function safeHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) return null;
  return url.href;
}

/** A closing parenthesis belongs to the URL only when it opened one, as in Wikipedia's addresses. */
function trimUnbalanced(url: string): string {
  let end = url.length;
  for (;;) {
    const trimmed = url.slice(0, end).replace(TRAILING, '');
    end = trimmed.length;
    if (!trimmed.endsWith(')')) return trimmed;
    const opened = trimmed.split('(').length - 1;
    const closed = trimmed.split(')').length - 1;
    if (closed <= opened) return trimmed;
    end -= 1;
  }
}

/**
 * Splits plain message text into text and links. Only http(s) addresses become links; everything
 * else stays text, which React renders as text nodes, so markup in a message is never markup.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const candidate = trimUnbalanced(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    if (start > at) parts.push({ kind: 'text', text: text.slice(at, start) });
    parts.push({ kind: 'link', text: candidate, href });
    at = start + candidate.length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
