import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail, DocumentException } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, localized } from '../../../../shared/i18n/format.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useRemoveDocumentException } from '../hooks/useUnitActions.ts';
import { AddDocumentExceptionForm } from './AddDocumentExceptionForm.tsx';

/** R-DC-5: the unit's local exceptions (documents that always go on paper), with add and remove. */
export function DocumentExceptionsSection({ unit }: { unit: AdminUnitDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [removing, setRemoving] = useState<DocumentException | null>(null);
  const [removed, setRemoved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const typeName = (exception: DocumentException) => (exception.appointmentType ? localized(exception.appointmentType.name, language) : t('staff.unitAdmin.exceptions.allTypes'));

  return (
    <section className="vk-section" aria-labelledby="unit-exceptions">
      <Heading level={2} data-size="sm" id="unit-exceptions" ref={heading} tabIndex={-1}>
        {t('staff.unitAdmin.exceptions.heading')}
      </Heading>
      <Paragraph>{t('staff.unitAdmin.exceptions.intro')}</Paragraph>
      {unit.documentExceptions.length === 0 ? (
        <EmptyState>{t('staff.unitAdmin.exceptions.empty')}</EmptyState>
      ) : (
        <div className="vk-table-wrap">
          <Table zebra border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('staff.unitAdmin.exceptions.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.exceptions.appointmentType')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.exceptions.reason')}</Table.HeaderCell>
                <Table.HeaderCell>{t('staff.unitAdmin.exceptions.created')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="ds-sr-only">{t('staff.unitAdmin.exceptions.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {unit.documentExceptions.map((exception) => (
                <Table.Row key={exception.id}>
                  <Table.Cell>{t(`enums.documentKind.${exception.documentKind}`)}</Table.Cell>
                  <Table.Cell>{typeName(exception)}</Table.Cell>
                  <Table.Cell>{exception.reason}</Table.Cell>
                  <Table.Cell className="vk-nowrap">
                    <time dateTime={exception.createdAt}>{formatDateTimeShort(exception.createdAt, language)}</time>
                  </Table.Cell>
                  <Table.Cell className="vk-nowrap">
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      onClick={() => {
                        setRemoved(false);
                        setRemoving(exception);
                      }}
                    >
                      {t('staff.unitAdmin.exceptions.remove')}
                      <span className="ds-sr-only">
                        {' '}
                        {t(`enums.documentKind.${exception.documentKind}`)}, {typeName(exception)}
                      </span>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <p role="status" className="vk-status">
        {removed ? t('staff.unitAdmin.exceptions.removed') : null}
      </p>
      <AddDocumentExceptionForm unit={unit} />
      {removing ? (
        <RemoveExceptionDialog
          unitId={unit.id}
          exception={removing}
          typeName={typeName(removing)}
          onClose={(didRemove) => {
            setRemoving(null);
            setRemoved(didRemove);
            // The row and its button are gone: continue from the section's heading.
            if (didRemove) heading.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

function RemoveExceptionDialog({ unitId, exception, typeName, onClose }: { unitId: string; exception: DocumentException; typeName: string; onClose: (removed: boolean) => void }) {
  const { t } = useTranslation();
  const remove = useRemoveDocumentException(unitId);
  return (
    <ModalDialog open onClose={() => onClose(false)} title={t('staff.unitAdmin.exceptions.removeTitle')}>
      <div className="vk-dialog-form">
        <Paragraph>{t('staff.unitAdmin.exceptions.removeText', { kind: t(`enums.documentKind.${exception.documentKind}`), type: typeName.toLocaleLowerCase() })}</Paragraph>
        {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        <DialogActions
          confirmLabel={t('staff.unitAdmin.exceptions.removeConfirm')}
          pending={remove.isPending}
          onCancel={() => onClose(false)}
          onConfirm={() => remove.mutate(exception.id, { onSuccess: () => onClose(true) })}
          danger
        />
      </div>
    </ModalDialog>
  );
}
