import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { staffPaths } from '../../../paths.ts';
import { useConversation } from '../hooks/useConversation.ts';
import { ConversationView } from './ConversationView.tsx';

/** One conversation with the resident: reading it is logged (R-IN-2). */
export function ConversationPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const { conversationId = '' } = useParams();
  const conversation = useConversation(conversationId);

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={staffPaths.messages}>← {t('staff.messages.conversation.back')}</RouterLink>
        </Link>
      </Paragraph>
      {conversation.isPending ? (
        <>
          <PageHeading title={t('staff.messages.conversation.title')} app="portal" />
          <Loading label={t('staff.messages.conversation.loading')} />
        </>
      ) : null}
      {conversation.isError ? (
        <>
          <PageHeading title={t('staff.messages.conversation.title')} app="portal" />
          <ErrorAlert error={conversation.error} onRetry={() => void conversation.refetch()} />
        </>
      ) : null}
      {conversation.data ? <ConversationView key={conversationId} data={conversation.data} me={me} /> : null}
    </div>
  );
}
