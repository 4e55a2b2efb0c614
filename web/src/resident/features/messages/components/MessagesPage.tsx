import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { BookingForNote } from '../../self-booking/components/BookingForNote.tsx';
import { useConversations } from '../hooks/useConversations.ts';
import { useConversationsLive } from '../hooks/useConversationsLive.ts';
import { ChatIcon } from '../../../../shared/ui/icons.tsx';
import { ConversationCard } from './ConversationCard.tsx';

/** "Meddelanden": the person's conversations, newest first, kept current as they change. */
export function MessagesPage() {
  const { t } = useTranslation();
  const conversations = useConversations();
  useConversationsLive();
  const list = conversations.data?.conversations ?? [];

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <div className="vk-page-head">
          <PageHeading title={t('resident.messages.title')} />
          <Button asChild>
            <RouterLink to={residentPaths.newMessage}>
              <ChatIcon />
              {t('resident.messages.write')}
            </RouterLink>
          </Button>
        </div>
        <Paragraph>{t('resident.messages.intro')}</Paragraph>
        <BookingForNote text={(name) => t('resident.messages.forOther', { name })} />
      </div>
      {conversations.isPending ? <Loading label={t('resident.messages.loading')} /> : null}
      {conversations.isError ? <ErrorAlert error={conversations.error} onRetry={() => void conversations.refetch()} /> : null}
      {conversations.data && list.length === 0 ? (
        <EmptyState icon={<ChatIcon />} hint={t('resident.messages.emptyHint')}>
          {t('resident.messages.empty')}
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {list.map((conversation) => (
            <li key={conversation.id}>
              <ConversationCard conversation={conversation} />
            </li>
          ))}
        </ul>
      ) : null}
      {conversations.data ? <Paragraph data-size="sm" className="vk-muted">{t('resident.messages.urgent')}</Paragraph> : null}
    </div>
  );
}
