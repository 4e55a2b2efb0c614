import type { ReplyTemplate } from '../../../../shared/contracts.ts';

/** A "/word" being typed in the reply box: where it is, and what follows the slash. */
export interface SlashQuery {
  start: number;
  end: number;
  query: string;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * The "/…" word the caret is in, when it starts a word (so a URL or "och/eller" never opens the
 * list); null otherwise. `end` takes the rest of the word after the caret, which insertion replaces.
 */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  let start = caret;
  while (start > 0 && !isSpace(text[start - 1])) start -= 1;
  if (text[start] !== '/' || start >= caret) return null;
  let end = caret;
  while (end < text.length && !isSpace(text[end])) end += 1;
  const query = text.slice(start + 1, caret);
  if (query.includes('/')) return null;
  return { start, end, query };
}

const fold = (s: string) => s.toLocaleLowerCase('sv');

/**
 * Templates for what is typed after the slash: shortcuts that begin with it first (an exact
 * shortcut at the top), then titles that contain it; otherwise in the order given.
 */
export function matchTemplates(templates: readonly ReplyTemplate[], query: string): ReplyTemplate[] {
  const q = fold(query.trim());
  if (!q) return [...templates];
  const rank = (t: ReplyTemplate): number => {
    const shortcut = t.shortcut ? fold(t.shortcut) : '';
    if (shortcut === q) return 0;
    if (shortcut.startsWith(q)) return 1;
    if (fold(t.title).includes(q)) return 2;
    return 3;
  };
  return templates
    .map((template, index) => ({ template, index, rank: rank(template) }))
    .filter((m) => m.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((m) => m.template);
}

/** The text with [start, end) replaced, and where the caret goes: right after what was put in. */
export function replaceRange(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
