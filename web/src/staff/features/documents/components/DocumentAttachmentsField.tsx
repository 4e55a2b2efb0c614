import { Button, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { useDocumentUploads } from '../hooks/useDocumentUploads.ts';

/** PDFs for the invitation: chosen files upload at once; each shows its progress or why it was refused. */
export function DocumentAttachmentsField({ uploads, error }: { uploads: ReturnType<typeof useDocumentUploads>; error?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Fieldset>
      <Fieldset.Legend>{t('documents.staff.attachments')}</Fieldset.Legend>
      {uploads.uploads.length ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {uploads.uploads.map((u) => (
            <li key={u.key} className="vk-row">
              <span>{u.id ? u.name : u.error ? `${u.name}: ${errorMessage(t, u.error)}` : t('documents.staff.uploading', { name: u.name })}</span>
              {!u.id && !u.error ? <progress max={1} value={u.progress} aria-label={t('documents.staff.uploading', { name: u.name })} /> : null}
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => uploads.remove(u.key)}>
                {t('documents.staff.removeAttachment', { name: u.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => input.current?.click()}>
          {t('documents.staff.attach')}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept="application/pdf,.pdf"
          multiple
          onChange={(e) => {
            uploads.add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
