import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';
import { matchTemplates, replaceRange, slashQueryAt, type SlashQuery } from './template-search.ts';

interface Options {
  text: string;
  onText: (text: string) => void;
  textarea: RefObject<HTMLTextAreaElement | null>;
  templates: readonly ReplyTemplate[];
  /** The template's text as it goes into the message, placeholders filled (R-MS-8). */
  fill: (body: string) => string;
  listboxId: string;
}

/**
 * "/" at the start of a word in the reply box opens the templates, filtered as one types; arrow keys
 * move, Enter inserts, Escape closes (the ARIA combobox pattern with a listbox popup).
 */
export function useTemplateCompletion({ text, onText, textarea, templates, fill, listboxId }: Options) {
  const [slash, setSlash] = useState<SlashQuery | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the list for the word it was open on; a new "/" word opens it again.
  const dismissedAt = useRef<number | null>(null);
  const caretAfter = useRef<number | null>(null);

  const options = slash ? matchTemplates(templates, slash.query) : [];
  const open = slash !== null && options.length > 0;
  const current = Math.min(active, Math.max(0, options.length - 1));

  useLayoutEffect(() => {
    if (caretAfter.current === null || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [text, textarea]);

  /** Reads the "/word" at the caret; call after every edit and caret move. */
  const update = () => {
    const el = textarea.current;
    const found = el && el.selectionStart === el.selectionEnd ? slashQueryAt(el.value, el.selectionStart) : null;
    if (!found) dismissedAt.current = null;
    const next = found && found.start !== dismissedAt.current ? found : null;
    if (next?.query !== slash?.query || next?.start !== slash?.start) setActive(0);
    setSlash(next);
  };

  const put = (template: ReplyTemplate, start: number, end: number) => {
    const result = replaceRange(text, start, end, fill(template.body));
    caretAfter.current = result.caret;
    setSlash(null);
    onText(result.text);
  };

  /** Inserts in place of the "/word" being typed. */
  const choose = (template: ReplyTemplate) => {
    if (slash) put(template, slash.start, slash.end);
  };

  /** Inserts where the caret is, or in place of what is selected (the "Mallar" button). */
  const insert = (template: ReplyTemplate) => {
    const el = textarea.current;
    put(template, el?.selectionStart ?? text.length, el?.selectionEnd ?? text.length);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      const template = options[current];
      if (template) choose(template);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dismissedAt.current = slash.start;
      setSlash(null);
    }
  };

  const optionId = (index: number) => `${listboxId}-${index}`;

  return {
    open,
    /** A "/word" is being typed but no template matches it. */
    noMatch: slash !== null && options.length === 0 ? slash.query : null,
    options,
    active: current,
    optionId,
    choose,
    insert,
    update,
    close: () => setSlash(null),
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-expanded': open,
      'aria-controls': open ? listboxId : undefined,
      'aria-activedescendant': open ? optionId(current) : undefined,
      onKeyDown,
    },
  };
}
