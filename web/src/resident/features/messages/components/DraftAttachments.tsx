import { Button, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatFileSize } from '../hooks/file-size.ts';
import type { DraftAttachment, RefusedFile } from '../hooks/useAttachmentDrafts.ts';
import { FileIcon } from '../../../../shared/ui/icons.tsx';

interface Props {
  drafts: DraftAttachment[];
  refused: RefusedFile[];
  onRemove: (key: string) => void;
}

/** The files going with the next message: a small picture or icon, the name, the upload's progress, and a way to take each away. */
export function DraftAttachments({ drafts, refused, onRemove }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (drafts.length === 0 && refused.length === 0) return null;

  return (
    <div className="vk-stack vk-stack--sm">
      {drafts.length > 0 ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm" aria-label={t('resident.messages.composer.attached')}>
          {drafts.map((d) => (
            <li key={d.key} className="vk-draft">
              {d.preview ? <img src={d.preview} alt="" className="vk-draft__thumb" /> : <FileIcon className="vk-draft__thumb vk-draft__thumb--icon" />}
              <div className="vk-draft__text">
                <span className="vk-draft__name">{d.name}</span>
                <span className="vk-draft__meta">
                  {formatFileSize(d.size, language)} ·{' '}
                  {d.uploaded ? t('resident.messages.composer.ready') : d.progress < 1 ? t('resident.messages.composer.uploading') : t('resident.messages.composer.checking')}
                </span>
                {d.uploaded ? null : (
                  <progress className="vk-draft__progress" max={1} value={d.progress < 1 ? d.progress : undefined} aria-label={t('resident.messages.composer.progress', { name: d.name })} />
                )}
              </div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRemove(d.key)} aria-label={t('resident.messages.composer.removeName', { name: d.name })}>
                {t('resident.messages.composer.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {refused.map((r, index) => (
        <ValidationMessage key={`${r.name}-${index}`} role="alert">
          {t('resident.messages.composer.refused', { name: r.name, reason: errorMessage(t, r.error) })}
        </ValidationMessage>
      ))}
    </div>
  );
}
