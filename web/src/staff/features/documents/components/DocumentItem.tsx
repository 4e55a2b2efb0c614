import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffDocument } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { staffDocumentPdfUrl } from '../api/documents-api.ts';
import { AgreementDialog } from './AgreementDialog.tsx';

/** One sent document: where it went (app, mailbox, print list), why, and how delivery and reading stand. */
export function DocumentItem({ residentId, document: d }: { residentId: string; document: StaffDocument }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [agreeing, setAgreeing] = useState(false);
  const r = d.routing;
  const v = d.delivery;
  const time = (iso: string) => formatDateTime(iso, language);
  return (
    <Card data-color={d.status === 'held' ? 'warning' : 'neutral'}>
      <div className="vk-stack vk-stack--sm">
        <Paragraph data-size="sm" className="vk-muted">
          {t(`enums.documentKind.${d.kind}`)} · {time(d.sentAt ?? d.createdAt)}
        </Paragraph>
        <Heading level={3} data-size="xs">
          {d.title}
        </Heading>
        <div className="vk-tags">
          <Tag data-color={d.status === 'held' ? 'warning' : 'success'}>{t(`documents.staff.status.${d.status}`)}</Tag>
          {r.appRecipients > 0 ? <Tag data-color="info">{t('documents.staff.app', { count: r.appRecipients })}</Tag> : null}
          {r.mailbox ? <Tag data-color="info">{`${t('documents.staff.mailbox', { operator: r.mailbox.operator })}${v.mailbox ? ` – ${t(`documents.staff.mailboxState.${v.mailbox}`)}` : ''}`}</Tag> : null}
          {v.printQueuedAt ? <Tag data-color="neutral">{t('documents.staff.print')}</Tag> : null}
        </div>
        <Heading level={4} data-size="2xs">
          {t('documents.staff.whyHeading')}
        </Heading>
        <ul className="vk-reasons">
          {r.reasons.map((reason) => (
            <li key={reason}>{t(`documents.staff.reason.${reason}`)}</li>
          ))}
        </ul>
        {d.status === 'sent' ? (
          <Paragraph data-size="sm">
            {v.readAt && v.readBy ? t(`documents.staff.readBy.${v.readBy}`, { time: time(v.readAt) }) : t('documents.staff.unread')}
            {v.printQueuedAt ? ` · ${t('documents.staff.printQueued', { time: time(v.printQueuedAt) })}` : ''}
            {v.printedAt ? ` · ${t('documents.staff.printed', { time: time(v.printedAt) })}` : ''}
          </Paragraph>
        ) : null}
        {d.agreement ? <Paragraph data-size="sm">{t('documents.staff.agreement', { time: time(d.agreement.at), note: d.agreement.note })}</Paragraph> : null}
        <div className="vk-row">
          {d.status === 'held' ? (
            <Button type="button" data-size="sm" onClick={() => setAgreeing(true)}>
              {t('documents.staff.agreementTitle')}
            </Button>
          ) : null}
          <Link href={staffDocumentPdfUrl(d.id)} download>
            {t('documents.staff.open')}
          </Link>
        </div>
      </div>
      <AgreementDialog residentId={residentId} documentId={d.id} open={agreeing} onClose={() => setAgreeing(false)} />
    </Card>
  );
}
