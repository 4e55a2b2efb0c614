import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { BuildingIcon } from '../../../../shared/ui/icons.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useChooseUnit } from '../hooks/useChooseUnit.ts';

/** After sign-in, staff with several units choose where they work now (R-UN-4). */
export function UnitChooserPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const choose = useChooseUnit();

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.units.title')} app="portal">
          {t('staff.units.heading')}
        </PageHeading>
        <Paragraph>{t('staff.units.intro')}</Paragraph>
      </div>
      {choose.isError ? <ErrorAlert error={choose.error} /> : null}
      {me.units.length === 0 ? (
        <EmptyState>{t('staff.units.none')}</EmptyState>
      ) : (
        <ul className="vk-list-reset vk-unit-list">
          {me.units.map((unit) => {
            const current = unit.id === me.activeUnitId;
            return (
              <li key={unit.id}>
                <Button
                  variant={current ? 'primary' : 'secondary'}
                  className="vk-unit-button"
                  onClick={() => choose.mutate(unit.id)}
                  disabled={choose.isPending}
                  loading={choose.isPending && choose.variables === unit.id}
                >
                  <BuildingIcon className="vk-inline-icon" />
                  <span className="vk-unit-button__text">
                    <span>{unit.name}</span>
                    <span className="vk-unit-button__meta">{t(`enums.unitKind.${unit.kind}`)}</span>
                    <span className="vk-unit-button__meta">
                      {t('staff.units.roles', { roles: unit.roles.map((role) => t(`enums.staffRole.${role}`)).join(', ') })}
                    </span>
                    {current ? (
                      <span>
                        <Tag data-color="success" data-size="sm">
                          {t('staff.units.current')}
                        </Tag>
                      </span>
                    ) : null}
                  </span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
