import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { StaffConversation } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort, stockholmDay } from '../../../../shared/i18n/format.ts';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';
import { ageOn } from '../hooks/resident-age.ts';
import { ModeTag } from './ModeTag.tsx';

/** The resident (name, age, a link to the overview) and what the conversation is. */
export function ConversationHeader({ conversation: c }: { conversation: StaffConversation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const age = ageOn(c.resident.birthDate, stockholmDay(new Date().toISOString()));

  return (
    <div className="vk-stack vk-stack--sm">
      <PageHeading title={`${c.resident.name} – ${t('staff.messages.conversation.title')}`} app="portal">
        {c.resident.name}
        <span className="vk-heading-aside">{t('staff.messages.age', { age })}</span>
      </PageHeading>
      <div className="vk-tags">
        <ModeTag mode={c.mode} />
        <Tag data-color={c.status === 'open' ? 'success' : 'neutral'} data-size="sm">
          {t(`staff.messages.conversation.status.${c.status}`)}
        </Tag>
        {c.handedOver ? (
          <Tag data-color="info" data-size="sm">
            {t('staff.messages.inbox.row.handedOver')}
          </Tag>
        ) : null}
      </div>
      <dl className="vk-facts">
        <dt>{t('staff.messages.conversation.errand')}</dt>
        <dd>{c.errand ? t(`staff.messages.errands.${c.errand}`) : t('staff.messages.startedByCare')}</dd>
        <dt>{t('staff.messages.conversation.started')}</dt>
        <dd>{formatDateTimeShort(c.createdAt, language)}</dd>
        {c.queue ? (
          <>
            <dt>{t('staff.messages.conversation.queue')}</dt>
            <dd>{t(`enums.profession.${c.queue}`)}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <Link asChild>
          <RouterLink to={staffPaths.resident(c.resident.id)}>{t('staff.messages.conversation.overviewLink', { name: c.resident.name })}</RouterLink>
        </Link>
      </p>
    </div>
  );
}
