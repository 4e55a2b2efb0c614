import { Heading } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffConversationResponse, StaffMeResponse } from '../../../../shared/contracts.ts';
import { holdingOf } from '../hooks/holding.ts';
import { useRefreshConversation } from '../hooks/useConversation.ts';
import { useMarkReadWhileVisible, useStaffConversationStream } from '../hooks/useStaffConversationStream.ts';
import { Composer } from './Composer.tsx';
import { ConversationActions } from './ConversationActions.tsx';
import { ConversationHeader } from './ConversationHeader.tsx';
import { HolderNotice } from './HolderNotice.tsx';
import { MessageThread } from './MessageThread.tsx';

/** The conversation live: header and who holds it, actions, the messages and notes, and the composer. */
export function ConversationView({ data, me }: { data: StaffConversationResponse; me: StaffMeResponse }) {
  const { t } = useTranslation();
  const { conversation } = data;
  const stream = useStaffConversationStream(conversation.id, data.messages);
  useMarkReadWhileVisible(stream);

  const lastSeq = useRef(0);
  lastSeq.current = stream.messages.at(-1)?.seq ?? 0;
  const refresh = useRefreshConversation(
    conversation.id,
    useCallback(() => lastSeq.current, []),
  );
  // Holder, queue or state changed (someone took it, handed it over, closed it): read the details again.
  useEffect(() => {
    if (stream.changes > 0) void refresh().catch(() => undefined);
  }, [stream.changes, refresh]);

  const holding = holdingOf(conversation.holder, me);
  const open = conversation.status === 'open';

  return (
    <div className="vk-stack vk-stack--lg">
      <ConversationHeader conversation={conversation} />
      <HolderNotice conversation={conversation} holding={holding} />
      {open ? <ConversationActions conversation={conversation} holding={holding} refresh={refresh} /> : null}
      <section className="vk-conversation" aria-labelledby="conversation-thread">
        <Heading level={2} data-size="xs" id="conversation-thread">
          {t('staff.messages.thread.heading')}
        </Heading>
        <MessageThread conversation={conversation} stream={stream} />
        {open ? <Composer conversation={conversation} me={me} holding={holding} stream={stream} /> : null}
      </section>
    </div>
  );
}
