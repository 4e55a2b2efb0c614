import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminAppointmentTypesResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { useAppointmentTypes } from '../hooks/useAppointmentTypes.ts';
import { AppointmentTypeDialog } from './AppointmentTypeDialog.tsx';

type AdminAppointmentType = AdminAppointmentTypesResponse['appointmentTypes'][number];
/** Which dialog is open: a type to change, or 'new'. */
type Editing = AdminAppointmentType | 'new' | null;

/** The unit's appointment types (R-BK-2 hidden, R-BK-4 self-booking and cut-off, R-VM-5 video), with add and change. */
export function AppointmentTypesSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const types = useAppointmentTypes(unitId);
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<'added' | 'saved' | null>(null);
  const open = (next: Editing) => {
    setSaved(null);
    setEditing(next);
  };

  return (
    <section className="vk-section" aria-labelledby="unit-types">
      <div className="vk-page-head">
        <Heading level={2} data-size="sm" id="unit-types">
          {t('staff.unitAdmin.types.heading')}
        </Heading>
        <Button variant="secondary" onClick={() => open('new')}>
          {t('staff.unitAdmin.types.add')}
        </Button>
      </div>
      <Paragraph>{t('staff.unitAdmin.types.intro')}</Paragraph>
      <p role="status" className="vk-status">
        {saved ? t(`staff.unitAdmin.types.${saved}`) : null}
      </p>
      {types.isPending ? <Loading label={t('staff.unitAdmin.types.loading')} /> : null}
      {types.isError ? <ErrorAlert error={types.error} onRetry={() => void types.refetch()} /> : null}
      {types.data && types.data.appointmentTypes.length === 0 ? <EmptyState>{t('staff.unitAdmin.types.empty')}</EmptyState> : null}
      {types.data && types.data.appointmentTypes.length > 0 ? (
        <div className="vk-table-wrap">
          <Table zebra border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('staff.unitAdmin.types.code')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.types.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.types.duration')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.types.properties')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('staff.unitAdmin.types.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {types.data.appointmentTypes.map((type) => (
                <Table.Row key={type.id}>
                  <Table.Cell className="vk-identifier">{type.code}</Table.Cell>
                  <Table.Cell>{localized(type.name, language)}</Table.Cell>
                  <Table.Cell className="vk-nowrap">{t('staff.unitAdmin.types.minutes', { count: type.durationMinutes })}</Table.Cell>
                  <Table.Cell>
                    <TypeTags type={type} />
                  </Table.Cell>
                  <Table.Cell className="vk-nowrap">
                    <Button variant="tertiary" data-size="sm" onClick={() => open(type)}>
                      {t('staff.unitAdmin.types.edit')}
                      <span className="ds-sr-only"> {localized(type.name, language)}</span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
      {editing ? (
        <AppointmentTypeDialog
          unitId={unitId}
          type={editing === 'new' ? null : editing}
          onClose={(didSave) => {
            setSaved(didSave ? (editing === 'new' ? 'added' : 'saved') : null);
            setEditing(null);
          }}
        />
      ) : null}
    </section>
  );
}

function TypeTags({ type }: { type: AdminAppointmentType }) {
  const { t } = useTranslation();
  return (
    <div className="vk-tags">
      {type.hidden ? (
        <Tag data-color="warning" data-size="sm">
          {t('staff.unitAdmin.types.hidden')}
        </Tag>
      ) : null}
      {type.videoAllowed ? (
        <Tag data-color="info" data-size="sm">
          {t('staff.unitAdmin.types.video')}
        </Tag>
      ) : null}
      {type.selfBookable ? (
        <>
          <Tag data-color="success" data-size="sm">
            {t('staff.unitAdmin.types.selfBookable')}
          </Tag>
          <Tag data-color="neutral" data-size="sm">
            {t('staff.unitAdmin.types.cutoff', { count: type.cancelCutoffHours })}
          </Tag>
        </>
      ) : null}
      {type.triage.length > 0 ? (
        <Tag data-color="neutral" data-size="sm">
          {t('staff.unitAdmin.types.triageCount', { count: type.triage.length })}
        </Tag>
      ) : null}
    </div>
  );
}
