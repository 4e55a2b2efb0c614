import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { FileIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { BookingForNote } from '../../self-booking/components/BookingForNote.tsx';
import { useDocuments } from '../hooks/useDocuments.ts';
import { DocumentCard } from './DocumentCard.tsx';

/** "Dokument": invitations, letters and referral confirmations, newest first, unread ones marked (R-DC-3). */
export function DocumentsPage() {
  const { t } = useTranslation();
  const documents = useDocuments();
  const list = documents.data?.documents ?? [];
  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('documents.resident.title')} />
        <Paragraph>{t('documents.resident.intro')}</Paragraph>
        <BookingForNote text={(name) => t('documents.resident.forOther', { name })} />
      </div>
      {documents.isPending ? <Loading label={t('documents.resident.loading')} /> : null}
      {documents.isError ? <ErrorAlert error={documents.error} onRetry={() => void documents.refetch()} /> : null}
      {documents.data && list.length === 0 ? (
        <EmptyState icon={<FileIcon />} hint={t('documents.resident.emptyHint')}>
          {t('documents.resident.empty')}
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {list.map((d) => (
            <li key={d.id}>
              <DocumentCard document={d} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
