import { useTranslation } from 'react-i18next';
import { ShieldIcon } from '../../../../shared/ui/icons.tsx';

/** Said in words, not only by colour: an internal note is never shown to the resident. */
export function NoteLabel() {
  const { t } = useTranslation();
  return (
    <p className="vk-note-label">
      <ShieldIcon className="vk-inline-icon" />
      {t('staff.messages.thread.noteLabel')}
    </p>
  );
}
