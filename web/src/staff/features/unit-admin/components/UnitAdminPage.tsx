import { Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { AdminUnitDetail } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { portalAccess } from '../../../access.ts';
import { staffPaths } from '../../../paths.ts';
import { SharedTemplatesSection } from '../../reply-templates/components/SharedTemplatesSection.tsx';
import { useStaffMe } from '../../units/hooks/useStaffMe.ts';
import { useAdminUnit } from '../hooks/useAdminUnit.ts';
import type { CriteriaEditing } from '../hooks/criteria-draft.ts';
import { AppointmentTypesSection } from './AppointmentTypesSection.tsx';
import { ChatSettingsSection } from './ChatSettingsSection.tsx';
import { CriteriaPreviewSection } from './CriteriaPreviewSection.tsx';
import { CriteriaSection } from './CriteriaSection.tsx';
import { DocumentExceptionsSection } from './DocumentExceptionsSection.tsx';
import { LetterTemplatesSection } from '../../letter-templates/components/LetterTemplatesSection.tsx';
import { FunctionsSection } from './FunctionsSection.tsx';
import { VideoSettingsSection } from './VideoSettingsSection.tsx';

/**
 * One unit's administration: functions (R-UN-1), resident criteria with a try-out (R-UN-2), appointment
 * types (R-BK-2, R-BK-4, R-VM-5), e-document exceptions (R-DC-5), chat (R-MS-4/5) and shared reply templates (R-MS-8).
 */
export function UnitAdminPage() {
  const { t } = useTranslation();
  const { unitId = '' } = useParams();
  const unit = useAdminUnit(unitId);

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={staffPaths.adminUnits}>← {t('staff.unitAdmin.unit.back')}</RouterLink>
        </Link>
      </Paragraph>
      {unit.isPending ? (
        <>
          <PageHeading title={t('staff.unitAdmin.unit.title')} app="portal" />
          <Loading label={t('staff.unitAdmin.unit.loading')} />
        </>
      ) : null}
      {unit.isError ? (
        <>
          <PageHeading title={t('staff.unitAdmin.unit.title')} app="portal" />
          <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />
        </>
      ) : null}
      {unit.data ? <UnitAdmin key={unit.data.id} unit={unit.data} /> : null}
    </div>
  );
}

function UnitAdmin({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CriteriaEditing | null>(null);
  const me = useStaffMe();
  const sharedTemplates = me.data ? portalAccess(me.data).sharedTemplates : false;
  // A function switched off while its criteria were open for editing: that draft no longer applies.
  const current = editing && (editing.scope === 'unit' || unit.functions.includes(editing.scope)) ? editing : null;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={`${unit.name} – ${t('staff.unitAdmin.unit.title')}`} app="portal">
          {unit.name}
        </PageHeading>
        <div className="vk-tags">
          <Tag data-color="neutral">{t(`enums.unitKind.${unit.kind}`)}</Tag>
          <Tag data-color="neutral">
            <span className="vk-identifier">{`${t('staff.unitAdmin.list.hsaId')} ${unit.hsaId}`}</span>
          </Tag>
        </div>
        <dl className="vk-facts">
          <dt>{t('staff.unitAdmin.unit.address')}</dt>
          <dd>{`${unit.streetAddress}, ${unit.postalCode} ${unit.city}`}</dd>
          <dt>{t('staff.unitAdmin.unit.phone')}</dt>
          <dd>{unit.phone}</dd>
        </dl>
      </div>
      <FunctionsSection unit={unit} />
      <CriteriaSection unit={unit} editing={current} onEditingChange={setEditing} />
      <CriteriaPreviewSection unit={unit} editing={current} />
      <AppointmentTypesSection unitId={unit.id} />
      <DocumentExceptionsSection unit={unit} />

      <LetterTemplatesSection unitId={unit.id} canEdit={sharedTemplates} />
      {unit.functions.includes('chat') ? <ChatSettingsSection unitId={unit.id} /> : null}
      {unit.functions.includes('video') ? <VideoSettingsSection unitId={unit.id} /> : null}
      {sharedTemplates ? <SharedTemplatesSection unitId={unit.id} /> : null}
    </div>
  );
}
