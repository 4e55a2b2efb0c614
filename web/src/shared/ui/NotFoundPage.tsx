import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage({ app = 'resident' }: { app?: 'resident' | 'portal' }) {
  const { t } = useTranslation();
  return (
    <div className="vk-stack">
      <PageHeading title={t('common.notFound.title')} app={app} />
      <Paragraph>{t('common.notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/">{t('common.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
