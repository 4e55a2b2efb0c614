import { Button } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '../../../../shared/contracts.ts';
import type { useAttachmentUploads } from '../hooks/useAttachmentUploads.ts';

type Uploads = ReturnType<typeof useAttachmentUploads>;

/** Picks files to send (R-MS-11); the native file input is kept out of sight behind a plain button. */
export function AttachButton({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const full = uploads.uploads.filter((u) => u.state !== 'failed').length >= MAX_ATTACHMENTS_PER_MESSAGE;
  return (
    <>
      <Button type="button" variant="tertiary" data-size="sm" disabled={full} onClick={() => input.current?.click()}>
        {t('staff.messages.composer.files.add')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
        onChange={(e) => {
          uploads.add(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </>
  );
}

/** The files going with the next message: progress while uploading, then ready, or why not. */
export function UploadList({ uploads }: { uploads: Uploads }) {
  const { t } = useTranslation();
  if (uploads.uploads.length === 0) return null;
  return (
    <div className="vk-stack vk-stack--sm">
      <p className="vk-muted">{t('staff.messages.composer.files.hint')}</p>
      <ul className="vk-list-reset vk-uploads" aria-label={t('staff.messages.composer.files.label')}>
        {uploads.uploads.map((u) => (
          <li key={u.key} className={u.state === 'failed' ? 'vk-upload vk-upload--failed' : 'vk-upload'}>
            <span className="vk-upload__name">{u.name}</span>
            {u.state === 'uploading' ? (
              <progress max={1} value={u.progress} aria-label={t('staff.messages.composer.files.uploading', { name: u.name })} />
            ) : null}
            <span className="vk-upload__state" role="status">
              {u.state === 'uploading' ? t('staff.messages.composer.files.percent', { percent: Math.round(u.progress * 100) }) : null}
              {u.state === 'done' ? t('staff.messages.composer.files.ready') : null}
              {u.state === 'failed' && u.error ? t(`errors.${u.error}`) : null}
            </span>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => uploads.remove(u.key)}>
              {t('staff.messages.composer.files.remove')}
              <span className="ds-sr-only"> {u.name}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
