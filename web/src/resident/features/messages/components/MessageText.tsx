import { Link } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { linkify } from '../hooks/linkify.ts';

/**
 * A message's text as the plain text it is (line breaks kept by CSS), with web addresses as links
 * that open in a new tab without access to this page.
 */
export function MessageText({ text, newWindow }: { text: string; newWindow: string }) {
  return (
    <p className="vk-chat__text">
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          <Link key={index} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
            <span className="ds-sr-only"> {newWindow}</span>
          </Link>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
