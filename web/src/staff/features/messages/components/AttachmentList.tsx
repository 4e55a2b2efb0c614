import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { PreparationIcon } from '../../../../shared/ui/icons.tsx';
import { fileFacts } from '../hooks/message-text.ts';

/** R-MS-11: the files of a message as cards that download them. */
export function AttachmentList({ attachments }: { attachments: AttachmentInfo[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (attachments.length === 0) return null;
  return (
    <ul className="vk-list-reset vk-files" aria-label={t('staff.messages.thread.attachments')}>
      {attachments.map((file) => (
        <li key={file.id}>
          <a className="vk-file" href={`/api/staff/attachments/${encodeURIComponent(file.id)}`} download={file.name}>
            <PreparationIcon className="vk-file__icon" />
            <span className="vk-file__text">
              <span className="vk-file__name">{file.name}</span>
              <span className="vk-file__facts">
                {fileFacts(file.contentType, file.size, language)} · {t('staff.messages.thread.download')}
              </span>
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
