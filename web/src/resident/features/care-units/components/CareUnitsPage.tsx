import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { BuildingIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useMyCareUnits } from '../hooks/useMyCareUnits.ts';
import { CareUnitCard } from './CareUnitCard.tsx';

/** "Mina mottagningar": the units the person acted for may contact, for a child too (the server answers for them). */
export function CareUnitsPage() {
  const { t } = useTranslation();
  const careUnits = useMyCareUnits();
  const data = careUnits.data;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('resident.careUnits.title')} />
        <Paragraph>{t('resident.careUnits.intro')}</Paragraph>
      </div>
      {careUnits.isPending ? <Loading label={t('resident.careUnits.loading')} /> : null}
      {careUnits.isError ? <ErrorAlert error={careUnits.error} onRetry={() => void careUnits.refetch()} /> : null}
      {data?.listingUnitName ? (
        <Alert data-color="info">
          <Paragraph>{t('resident.careUnits.listingNote', { unit: data.listingUnitName })}</Paragraph>
        </Alert>
      ) : null}
      {data && data.units.length === 0 ? (
        <EmptyState icon={<BuildingIcon />} hint={t('resident.careUnits.emptyHint')}>
          {t('resident.careUnits.empty')}
        </EmptyState>
      ) : null}
      {data && data.units.length > 0 ? (
        <ul className="vk-list-reset vk-stack">
          {data.units.map((unit) => (
            <li key={unit.id}>
              <CareUnitCard unit={unit} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
