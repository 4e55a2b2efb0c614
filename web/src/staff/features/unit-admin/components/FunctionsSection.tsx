import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitFunction, type AdminUnitDetail, type UnitFunction } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { useUpdateFunctions } from '../hooks/useUnitActions.ts';

/** R-UN-1: which of the six functions the unit offers. */
export function FunctionsSection({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const update = useUpdateFunctions(unit.id);
  const [chosen, setChosen] = useState<UnitFunction[]>(unit.functions);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Sent in the contract's order, whatever order they were ticked in.
    update.mutate(unitFunction.options.filter((fn) => chosen.includes(fn)));
  };

  return (
    <section className="vk-section" aria-labelledby="unit-functions">
      <Heading level={2} data-size="sm" id="unit-functions">
        {t('staff.unitAdmin.functions.heading')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="vk-form">
        <Fieldset>
          <Fieldset.Legend>{t('staff.unitAdmin.functions.legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('staff.unitAdmin.functions.intro')}</Fieldset.Description>
          <div className="vk-checkbox-columns">
            {unitFunction.options.map((fn) => (
              <Checkbox
                key={fn}
                label={t(`enums.unitFunction.${fn}`)}
                value={fn}
                checked={chosen.includes(fn)}
                onChange={(e) => {
                  setChosen((list) => (e.target.checked ? [...list, fn] : list.filter((x) => x !== fn)));
                  update.reset();
                }}
              />
            ))}
          </div>
        </Fieldset>
        {update.isError ? <ErrorAlert error={update.error} /> : null}
        <div className="vk-row">
          <Button type="submit" loading={update.isPending} disabled={update.isPending}>
            {t('staff.unitAdmin.functions.save')}
          </Button>
          <Paragraph role="status" className="vk-status">
            {update.isSuccess ? t('staff.unitAdmin.functions.saved') : null}
          </Paragraph>
        </div>
      </form>
    </section>
  );
}
