import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChatMode } from '../../../../shared/contracts.ts';

/** R-MS-5: a live chat (the resident is waiting right now) stands out from a message answered in time. */
export function ModeTag({ mode }: { mode: ChatMode }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={mode === 'live' ? 'warning' : 'neutral'} data-size="sm">
      {t(`staff.messages.modes.${mode}`)}
    </Tag>
  );
}
