import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { attachmentUrl } from '../api/attachment-url.ts';
import { formatFileSize } from '../hooks/file-size.ts';
import { FileIcon } from '../../../../shared/ui/icons.tsx';

/**
 * A file in a message, as a download link with its name, kind and size. Photos too: the server
 * sends every file as a download that cannot be shown inside the page.
 */
export function AttachmentCard({ attachment: a }: { attachment: AttachmentInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kind = (a.contentType.split('/')[1] ?? '').toUpperCase();

  return (
    <a className="vk-file" href={attachmentUrl(a.id)} download={a.name}>
      <FileIcon className="vk-file__icon" />
      <span className="vk-file__text">
        <span className="vk-file__name">{a.name}</span>
        <span className="vk-file__meta">
          {kind} · {formatFileSize(a.size, language)} · {t('resident.messages.conversation.download')}
        </span>
      </span>
    </a>
  );
}
