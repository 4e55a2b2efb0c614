import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useOwnTemplateActions, useTemplates } from '../hooks/useTemplates.ts';
import { EditableTemplates } from './EditableTemplates.tsx';
import { TemplateTable } from './TemplateTable.tsx';

/** R-MS-8: my own reply templates, and the unit's shared ones that I can use but not change. */
export function TemplatesPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const templates = useTemplates(me.activeUnitId);
  const actions = useOwnTemplateActions();
  const unitName = me.units.find((unit) => unit.id === me.activeUnitId)?.name ?? '';
  const mine = templates.data?.templates.filter((template) => template.scope === 'mine') ?? [];
  const shared = templates.data?.templates.filter((template) => template.scope === 'unit') ?? [];

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.templates.title')} app="portal" />
        <Paragraph>{t('staff.templates.intro')}</Paragraph>
      </div>
      {templates.isPending ? <Loading label={t('staff.templates.loading')} /> : null}
      {templates.isError ? <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} /> : null}
      {templates.data ? (
        <>
          <EditableTemplates id="my-templates" heading={t('staff.templates.mineHeading')} intro={t('staff.templates.mineIntro')} empty={t('staff.templates.mineEmpty')} templates={mine} actions={actions} />
          <section className="vk-section" aria-labelledby="unit-templates">
            <Heading level={2} data-size="sm" id="unit-templates">
              {t('staff.templates.sharedHeading', { unit: unitName })}
            </Heading>
            <Paragraph>{t('staff.templates.sharedIntro')}</Paragraph>
            {shared.length === 0 ? <EmptyState>{t('staff.templates.sharedEmpty')}</EmptyState> : <TemplateTable templates={shared} caption={t('staff.templates.sharedHeading', { unit: unitName })} />}
          </section>
        </>
      ) : null}
    </div>
  );
}
