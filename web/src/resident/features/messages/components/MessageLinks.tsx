import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MessageLink } from '../../../../shared/contracts.ts';
import { safeHref } from '../hooks/linkify.ts';

/** Links care attached (R-MS-11), e.g. advice on a diet; only web addresses, opened apart from this page. */
export function MessageLinks({ links }: { links: MessageLink[] }) {
  const { t } = useTranslation();
  const safe = links.flatMap((link) => {
    const href = safeHref(link.url);
    return href ? [{ title: link.title, href }] : [];
  });
  if (safe.length === 0) return null;
  return (
    <div className="vk-bubble__links">
      <p className="vk-bubble__links-title">{t('resident.messages.conversation.links')}</p>
      <ul className="vk-list-reset vk-stack vk-stack--sm">
        {safe.map((link) => (
          <li key={link.href}>
            <Link href={link.href} target="_blank" rel="noopener noreferrer">
              {link.title}
              <span className="ds-sr-only"> {t('common.opensInNewWindow')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
