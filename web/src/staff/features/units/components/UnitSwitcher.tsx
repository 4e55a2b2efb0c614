import { Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { useChooseUnit } from '../hooks/useChooseUnit.ts';

/** The active unit in the portal's sub-header; changing it switches the session's unit at once. */
export function UnitSwitcher({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const id = useId();
  const choose = useChooseUnit();
  if (me.units.length < 2) {
    const only = me.units[0];
    return only ? (
      <span>
        {t('staff.header.unit')}: <strong>{only.name}</strong>
      </span>
    ) : null;
  }
  return (
    <div className="vk-unit-switch">
      <Label htmlFor={id}>{t('staff.header.unit')}</Label>
      <Select
        id={id}
        data-size="sm"
        value={me.activeUnitId ?? ''}
        disabled={choose.isPending}
        onChange={(event) => {
          if (event.target.value) choose.mutate(event.target.value);
        }}
      >
        {me.activeUnitId ? null : <Select.Option value="">{t('staff.units.heading')}</Select.Option>}
        {me.units.map((unit) => (
          <Select.Option key={unit.id} value={unit.id}>
            {unit.name}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
