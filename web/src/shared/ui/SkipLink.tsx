import { SkipLink as DsSkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <DsSkipLink href={`#${MAIN_ID}`} className="vk-skip-link">
      {t('common.skipToContent')}
    </DsSkipLink>
  );
}
