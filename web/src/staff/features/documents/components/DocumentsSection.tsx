import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { useResidentDocuments } from '../hooks/useResidentDocuments.ts';
import { DocumentItem } from './DocumentItem.tsx';
import { SendDocumentButton, SendDocumentDialog } from './SendDocumentDialog.tsx';

/** The resident's documents from this unit, where each went and why (R-DC-3…7), and sending a new one. */
export function DocumentsSection({ residentId, residentName }: { residentId: string; residentName: string }) {
  const { t } = useTranslation();
  const documents = useResidentDocuments(residentId);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const list = documents.data?.documents ?? [];
  return (
    <section className="vk-section vk-stack" aria-labelledby="documents-heading">
      <div className="vk-page-head">
        <Heading level={2} data-size="sm" id="documents-heading">
          {t('documents.staff.sectionTitle')}
        </Heading>
        <SendDocumentButton
          onClick={() => {
            setSent(false);
            setOpen(true);
          }}
        />
      </div>
      <Paragraph data-size="sm">{t('documents.staff.sectionIntro')}</Paragraph>
      {sent ? (
        <Alert data-color="success" role="status">
          <Paragraph>{list[0]?.status === 'held' ? t('documents.staff.held') : t('documents.staff.sent')}</Paragraph>
        </Alert>
      ) : null}
      {documents.isPending ? <Loading label={t('common.loading')} /> : null}
      {documents.isError ? <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data && list.length === 0 ? <EmptyState>{t('documents.staff.none')}</EmptyState> : null}
      {list.length ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {list.map((d) => (
            <li key={d.id}>
              <DocumentItem residentId={residentId} document={d} />
            </li>
          ))}
        </ul>
      ) : null}
      <SendDocumentDialog
        residentId={residentId}
        residentName={residentName}
        open={open}
        onClose={(done) => {
          setOpen(false);
          setSent(done);
        }}
      />
    </section>
  );
}
