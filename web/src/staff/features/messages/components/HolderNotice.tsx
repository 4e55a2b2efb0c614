import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { StaffConversation } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import type { Holding } from '../hooks/holding.ts';

/** Who has the conversation (R-MS-7, R-MS-12): said first, so no one answers a colleague's resident by mistake. */
export function HolderNotice({ conversation: c, holding }: { conversation: StaffConversation; holding: Holding }) {
  const { t } = useTranslation();
  const language = useLanguage();

  if (c.status === 'closed') {
    return (
      <Alert data-color="neutral" data-size="sm">
        <Paragraph data-size="sm">{t('staff.messages.conversation.closedNotice', { date: c.closedAt ? formatDateTimeShort(c.closedAt, language) : '' })}</Paragraph>
      </Alert>
    );
  }
  if (holding === 'colleague' && c.holder) {
    const who = { name: c.holder.name, profession: t(`enums.profession.${c.holder.profession}`).toLocaleLowerCase(language) };
    return (
      <Alert data-color="warning" data-size="sm">
        <Paragraph data-size="sm">
          <strong>{t('staff.messages.holder.colleague', who)}</strong> {t('staff.messages.holder.colleagueHint', who)}
        </Paragraph>
      </Alert>
    );
  }
  return (
    <p className="vk-holder">
      {holding === 'me' ? t('staff.messages.holder.me') : c.queue ? t('staff.messages.holder.queue', { profession: t(`enums.profession.${c.queue}`).toLocaleLowerCase(language) }) : t('staff.messages.holder.nobody')}
    </p>
  );
}
