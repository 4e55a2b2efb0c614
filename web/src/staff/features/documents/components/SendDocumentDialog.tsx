import { Button, Field, Fieldset, Label, Paragraph, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import type { DocumentKind, DocumentOptionsResponse, MessageLink, SendDocumentRequest } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useDocumentUploads } from '../hooks/useDocumentUploads.ts';
import { useDocumentOptions, useSendDocument } from '../hooks/useResidentDocuments.ts';
import { DocumentAttachmentsField } from './DocumentAttachmentsField.tsx';
import { DocumentLinksField } from './DocumentLinksField.tsx';

interface Props {
  residentId: string;
  residentName: string;
  open: boolean;
  onClose: (sent: boolean) => void;
}

/** R-DC-1: send an e-invitation for a visit, an e-letter from a template, or a referral confirmation. */
export function SendDocumentDialog({ residentId, residentName, open, onClose }: Props) {
  const { t } = useTranslation();
  const options = useDocumentOptions(residentId, open);
  return (
    <ModalDialog open={open} onClose={() => onClose(false)} title={t('documents.staff.sendTitle', { name: residentName })}>
      {options.isPending ? <Loading label={t('common.loading')} /> : null}
      {options.isError ? <ErrorAlert error={options.error} onRetry={() => void options.refetch()} /> : null}
      {options.data ? <SendForm residentId={residentId} options={options.data} onClose={onClose} /> : null}
    </ModalDialog>
  );
}

const API_FIELDS = ['kind', 'bookingId', 'letterTemplateId', 'title', 'body', 'links', 'attachmentIds'];

function SendForm({ residentId, options, onClose }: { residentId: string; options: DocumentOptionsResponse; onClose: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const send = useSendDocument(residentId);
  const uploads = useDocumentUploads();
  // One request id per form: a retried send (double click, lost answer) sends nothing twice.
  const [requestId] = useState(() => crypto.randomUUID());
  const [kind, setKind] = useState<DocumentKind>(options.kinds[0] ?? 'e_invitation');
  const [bookingId, setBookingId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [links, setLinks] = useState<MessageLink[]>([]);
  const template = options.letterTemplates.find((x) => x.id === templateId);

  if (options.kinds.length === 0) return <EmptyState>{t('errors.function_not_offered')}</EmptyState>;

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    setBody(options.letterTemplates.find((x) => x.id === id)?.body ?? '');
  };
  const request = (): SendDocumentRequest => {
    if (kind === 'e_invitation') return { kind, requestId, bookingId, body, links, attachmentIds: uploads.ids };
    if (kind === 'e_letter') return { kind, requestId, letterTemplateId: templateId, body: body || undefined };
    return { kind, requestId, title, body };
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(request(), { onSuccess: () => onClose(true) });
  };
  const error = (field: string) => fieldError(t, send.error, field);
  const otherError = send.error && !isFieldError(send.error, API_FIELDS) ? send.error : null;

  return (
    <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
      <Fieldset>
        <Fieldset.Legend>{t('documents.staff.kind')}</Fieldset.Legend>
        {options.kinds.map((k) => (
          <Radio key={k} name="document-kind" value={k} label={t(`enums.documentKind.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
        ))}
      </Fieldset>

      {kind === 'e_invitation' ? (
        options.bookings.length === 0 ? (
          <Paragraph data-size="sm">{t('documents.staff.noBookings')}</Paragraph>
        ) : (
          <Field>
            <Label>{t('documents.staff.booking')}</Label>
            <Select value={bookingId} onChange={(e) => setBookingId(e.target.value)} aria-invalid={error('bookingId') ? true : undefined}>
              <Select.Option value="">–</Select.Option>
              {options.bookings.map((b) => (
                <Select.Option key={b.id} value={b.id} disabled={b.hasInvitation}>
                  {t('documents.staff.bookingOption', { time: formatDateTime(b.startsAt, language), type: b.typeName })} {b.hasInvitation ? t('documents.staff.alreadyInvited') : ''}
                </Select.Option>
              ))}
            </Select>
            {error('bookingId') ? <ValidationMessage>{error('bookingId')}</ValidationMessage> : null}
          </Field>
        )
      ) : null}

      {kind === 'e_letter' ? (
        options.letterTemplates.length === 0 ? (
          <Paragraph data-size="sm">{t('documents.staff.noTemplates')}</Paragraph>
        ) : (
          <Field>
            <Label>{t('documents.staff.template')}</Label>
            <Select value={templateId} onChange={(e) => chooseTemplate(e.target.value)} aria-invalid={error('letterTemplateId') ? true : undefined}>
              <Select.Option value="">–</Select.Option>
              {options.letterTemplates.map((x) => (
                <Select.Option key={x.id} value={x.id}>
                  {x.title} ({x.controlCode ? t('documents.staff.withControlCode', { code: x.controlCode }) : t('documents.staff.withoutControlCode')})
                </Select.Option>
              ))}
            </Select>
            {error('letterTemplateId') ? <ValidationMessage>{error('letterTemplateId')}</ValidationMessage> : null}
          </Field>
        )
      ) : null}

      {kind === 'referral_confirmation' ? <Textfield label={t('documents.staff.documentTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={error('title')} maxLength={120} /> : null}

      {kind !== 'e_letter' || template ? (
        <Textfield multiline rows={6} label={t('documents.staff.text')} description={t('documents.staff.textHint')} value={body} onChange={(e) => setBody(e.target.value)} error={error('body')} />
      ) : null}

      {kind === 'e_invitation' ? (
        <>
          <DocumentLinksField links={links} onChange={setLinks} error={error('links')} />
          <DocumentAttachmentsField uploads={uploads} error={error('attachmentIds')} />
        </>
      ) : null}

      {otherError ? <ErrorAlert error={otherError} /> : null}
      <DialogActions confirmLabel={send.isPending ? t('documents.staff.sending') : t('documents.staff.sendButton')} pending={send.isPending || uploads.busy} onCancel={() => onClose(false)} />
    </form>
  );
}

export function SendDocumentButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button type="button" variant="secondary" onClick={onClick}>
      {t('documents.staff.send')}
    </Button>
  );
}
