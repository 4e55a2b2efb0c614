import { ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MAX_MESSAGE_LENGTH } from '../../../../shared/contracts.ts';

/** Shown only near the limit, so that most messages are written without a counting number. */
const SHOW_FROM = MAX_MESSAGE_LENGTH - 500;

/** "120 tecken kvar" near the limit, "12 tecken för mycket" past it. */
export function MessageLength({ length }: { length: number }) {
  const { t } = useTranslation();
  if (length < SHOW_FROM) return null;
  const left = MAX_MESSAGE_LENGTH - length;
  if (left < 0) return <ValidationMessage>{t('resident.messages.composer.over', { count: -left })}</ValidationMessage>;
  return (
    <p className="vk-muted vk-length" data-size="sm">
      {t('resident.messages.composer.left', { count: left })}
    </p>
  );
}

export const tooLong = (text: string) => text.trim().length > MAX_MESSAGE_LENGTH;
