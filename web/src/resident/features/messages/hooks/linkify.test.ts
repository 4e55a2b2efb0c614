import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessageText } from '../components/MessageText.tsx';
import { linkify, safeHref } from './linkify.ts';

const render = (text: string) => renderToStaticMarkup(createElement(MessageText, { text, newWindow: '(nytt fönster)' }));

describe('linkify', () => {
  it('leaves text without addresses as one piece of text', () => {
    expect(linkify('Hej! Jag har ont i halsen.')).toEqual([{ kind: 'text', text: 'Hej! Jag har ont i halsen.' }]);
    expect(linkify('')).toEqual([]);
  });

  it('links http and https addresses in running text', () => {
    expect(linkify('Läs på https://www.1177.se/egenvard och http://example.org/a?b=1#c nu')).toEqual([
      { kind: 'text', text: 'Läs på ' },
      { kind: 'link', text: 'https://www.1177.se/egenvard', href: 'https://www.1177.se/egenvard' },
      { kind: 'text', text: ' och ' },
      { kind: 'link', text: 'http://example.org/a?b=1#c', href: 'http://example.org/a?b=1#c' },
      { kind: 'text', text: ' nu' },
    ]);
  });

  it('leaves sentence punctuation and an unopened parenthesis outside the link', () => {
    expect(linkify('Se https://1177.se.')).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', text: 'https://1177.se', href: 'https://1177.se/' },
      { kind: 'text', text: '.' },
    ]);
    expect(linkify('(se https://1177.se/a)')[1]).toEqual({ kind: 'link', text: 'https://1177.se/a', href: 'https://1177.se/a' });
    expect(linkify('https://sv.wikipedia.org/wiki/Feber_(medicin)')[0]).toMatchObject({ kind: 'link', text: 'https://sv.wikipedia.org/wiki/Feber_(medicin)' });
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org']) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://')).toBeNull();
  });

  it('ends an address at a quote, so a quote cannot carry anything into the link', () => {
    const parts = linkify('https://example.org/"onmouseover="alert(1)');
    expect(parts[0]).toEqual({ kind: 'link', text: 'https://example.org/', href: 'https://example.org/' });
    expect(parts[1]).toEqual({ kind: 'text', text: '"onmouseover="alert(1)' });
    expect(linkify("https://example.org/'x")[0]).toMatchObject({ text: 'https://example.org/' });
  });
});

describe('MessageText', () => {
  it('renders markup in a message as text, never as elements', () => {
    const html = render('<img src=x onerror=alert(1)><script>window.__xss=1</script>');
    expect(html).toBe('<p class="vk-chat__text">&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;window.__xss=1&lt;/script&gt;</p>');
  });

  it('renders a javascript: address as text', () => {
    expect(render('javascript:alert(1)')).toBe('<p class="vk-chat__text">javascript:alert(1)</p>');
  });

  it('renders a link that opens apart from the page, with the quote outside its href', () => {
    const html = render('Se https://example.org/"><img src=x onerror=alert(1)> här');
    expect(html).toContain('<a class="ds-link" href="https://example.org/" target="_blank" rel="noopener noreferrer">https://example.org/<span class="ds-sr-only"> (nytt fönster)</span></a>');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; här');
    expect(html).not.toContain('<img');
  });
});
