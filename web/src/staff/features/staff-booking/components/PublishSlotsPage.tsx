import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useBookingOptions } from '../hooks/useBookingOptions.ts';
import { PublishSlotsForm } from './PublishSlotsForm.tsx';

/** R-BK-4: staff publish times that residents book themselves, at a unit with self-booking. */
export function PublishSlotsPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const options = useBookingOptions(me.activeUnitId);
  const unitName = me.units.find((unit) => unit.id === me.activeUnitId)?.name ?? '';
  const selfBookable = options.data?.appointmentTypes.filter((type) => type.selfBookable);

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={t('staff.slots.title')} app="portal" />
        <Paragraph>{t('staff.slots.intro', { unit: unitName })}</Paragraph>
      </div>
      {options.isPending ? <Loading label={t('staff.slots.loading')} /> : null}
      {options.isError ? <ErrorAlert error={options.error} onRetry={() => void options.refetch()} /> : null}
      {selfBookable && selfBookable.length === 0 ? <EmptyState>{t('staff.slots.noTypes')}</EmptyState> : null}
      {selfBookable && selfBookable.length > 0 ? <PublishSlotsForm types={selfBookable} /> : null}
    </div>
  );
}
