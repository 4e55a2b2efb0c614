import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { useUnitTemplateActions, useUnitTemplates } from '../hooks/useTemplates.ts';
import { EditableTemplates } from './EditableTemplates.tsx';

/** R-MS-8: on the unit's admin page, the templates everyone at the unit can use, kept by its system administrators. */
export function SharedTemplatesSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const templates = useUnitTemplates(unitId);
  const actions = useUnitTemplateActions(unitId);
  if (templates.isPending) return <Loading label={t('staff.templates.loading')} />;
  if (templates.isError) return <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />;
  return (
    <EditableTemplates
      id="unit-shared-templates"
      heading={t('staff.templates.unitAdmin.heading')}
      intro={t('staff.templates.unitAdmin.intro')}
      empty={t('staff.templates.unitAdmin.empty')}
      templates={templates.data.templates}
      actions={actions}
    />
  );
}
