import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { FileIcon } from '../../../../shared/ui/icons.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { formatFileSize } from '../../messages/hooks/file-size.ts';
import { documentAttachmentUrl, documentPdfUrl } from '../api/document-files.ts';
import { useDocument, useMarkDocumentRead } from '../hooks/useDocuments.ts';
import { PdfViewer } from './PdfViewer.tsx';

/** One document: its text, the visit, links and attachments, and the PDF itself; opening it marks it read. */
export function DocumentPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { documentId = '' } = useParams();
  const document = useDocument(documentId);
  const { mutate: markRead } = useMarkDocumentRead();
  const unread = document.data?.readAt === null;
  useEffect(() => {
    if (unread) markRead(documentId);
  }, [documentId, unread, markRead]);

  const d = document.data;
  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.documents}>← {t('documents.resident.back')}</RouterLink>
        </Link>
      </Paragraph>
      {document.isPending ? <Loading label={t('documents.resident.loading')} /> : null}
      {document.isError ? <ErrorAlert error={document.error} onRetry={() => void document.refetch()} /> : null}
      {d ? (
        <>
          <div className="vk-stack vk-stack--sm">
            <PageHeading title={d.title} />
            <Paragraph data-size="sm" className="vk-muted">
              {t(`enums.documentKind.${d.kind}`)} · {d.unitName} · {t('documents.resident.sent', { time: formatDateTime(d.sentAt, language) })}
            </Paragraph>
          </div>
          {d.booking ? (
            <section className="vk-section" aria-labelledby="document-visit">
              <Heading level={2} data-size="xs" id="document-visit">
                {t('documents.resident.visit')}
              </Heading>
              <dl className="vk-facts">
                <dt>{t('documents.resident.when')}</dt>
                <dd>{formatDateTime(d.booking.startsAt, language)}</dd>
                <dt>{t('documents.resident.where')}</dt>
                <dd>{d.booking.place}</dd>
              </dl>
            </section>
          ) : null}
          <Paragraph className="vk-prewrap">{d.body}</Paragraph>
          {d.links.length ? (
            <section className="vk-section" aria-labelledby="document-links">
              <Heading level={2} data-size="xs" id="document-links">
                {t('documents.resident.links')}
              </Heading>
              <ul>
                {d.links.map((l) => (
                  <li key={l.url}>
                    <Link href={l.url} target="_blank" rel="noopener noreferrer">
                      {l.title} {t('common.opensInNewWindow')}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {d.attachments.length ? (
            <section className="vk-section" aria-labelledby="document-attachments">
              <Heading level={2} data-size="xs" id="document-attachments">
                {t('documents.resident.attachments')}
              </Heading>
              <ul className="vk-list-reset vk-stack vk-stack--sm">
                {d.attachments.map((a) => (
                  <li key={a.id}>
                    <a className="vk-file" href={documentAttachmentUrl(d.id, a.id)} download={a.name}>
                      <FileIcon className="vk-file__icon" />
                      <span className="vk-file__text">
                        <span className="vk-file__name">{t('documents.resident.download', { name: a.name, size: formatFileSize(a.size, language) })}</span>
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="vk-section" aria-labelledby="document-pdf">
            <Heading level={2} data-size="xs" id="document-pdf">
              {t('documents.resident.document')}
            </Heading>
            <Paragraph>
              <Link href={documentPdfUrl(d.id)} download>
                {t('documents.resident.downloadDocument')}
              </Link>
            </Paragraph>
            <PdfViewer documentId={d.id} title={d.title} />
          </section>
        </>
      ) : null}
    </div>
  );
}
