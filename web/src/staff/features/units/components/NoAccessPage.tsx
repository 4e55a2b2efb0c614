import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';

/** A portal page the roles in the active unit do not open, reached by its address rather than the menu. */
export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <div className="vk-stack">
      <PageHeading title={t('staff.access.title')} app="portal" />
      <Paragraph>{t('errors.role_not_permitted')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={staffPaths.search}>{t('staff.access.back')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
