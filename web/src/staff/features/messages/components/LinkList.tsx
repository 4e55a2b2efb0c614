import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MessageLink } from '../../../../shared/contracts.ts';

/** R-MS-11: links sent with a message (e.g. dietary advice); they open outside the portal. */
export function LinkList({ links }: { links: MessageLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <ul className="vk-list-reset vk-links" aria-label={t('staff.messages.thread.links')}>
      {links.map((link) => (
        <li key={link.url}>
          <Link href={link.url} target="_blank" rel="noopener noreferrer">
            {link.title}
            <span className="ds-sr-only"> {t('common.opensInNewWindow')}</span>
          </Link>{' '}
          <span className="vk-muted">{new URL(link.url).hostname}</span>
        </li>
      ))}
    </ul>
  );
}
