import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useRepresented } from '../../acting-for/hooks/useRepresented.ts';
import { useConversation } from '../hooks/useConversation.ts';
import { ConversationView } from './ConversationView.tsx';

/** /meddelanden/:conversationId — one conversation, live. */
export function ConversationPage() {
  const { t } = useTranslation();
  const { conversationId = '' } = useParams();
  const conversation = useConversation(conversationId);
  // Another conversation, or another person acted for, starts afresh: nothing of the one before is shown.
  const actingFor = useRepresented().data?.actingFor ?? '';

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.messages}>← {t('resident.messages.conversation.back')}</RouterLink>
        </Link>
      </Paragraph>
      {conversation.data ? null : <PageHeading title={t('resident.messages.conversation.heading')} />}
      {conversation.isPending ? <Loading label={t('resident.messages.conversation.loading')} /> : null}
      {conversation.isError ? <ErrorAlert error={conversation.error} onRetry={() => void conversation.refetch()} /> : null}
      {conversation.data ? (
        <ConversationView key={`${actingFor}:${conversationId}`} details={conversation.data.conversation} initial={conversation.data.messages} />
      ) : null}
    </div>
  );
}
