import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Message, ResidentConversation } from '../../../../shared/contracts.ts';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { PushOffer } from '../../push/components/PushOffer.tsx';
import { noteMessageSent, useSentThisSession } from '../hooks/sent-this-session.ts';
import { useMarkReadWhenSeen } from '../hooks/useMarkReadWhenSeen.ts';
import { useResidentConversationStream } from '../hooks/useResidentConversationStream.ts';
import { ClosedNotice } from './ClosedNotice.tsx';
import { Composer } from './Composer.tsx';
import { ConnectionState } from './ConnectionState.tsx';
import { EvaluationSection } from './EvaluationSection.tsx';
import { MessageList } from './MessageList.tsx';
import { QueueNotice } from './QueueNotice.tsx';

interface Props {
  details: ResidentConversation;
  /** The messages fetched with the page; the stream carries on from them. */
  initial: Message[];
}

/** The conversation: whom and what it is about, the messages, then writing, or the evaluation once closed. */
export function ConversationView({ details, initial }: Props) {
  const { t } = useTranslation();
  const stream = useResidentConversationStream(details.id, initial);
  const lastSeq = stream.messages.at(-1)?.seq ?? 0;
  useMarkReadWhenSeen(stream.markRead, lastSeq);
  const sentHere = useSentThisSession();
  const open = details.status === 'open';
  const about = details.errand ? t(`resident.messages.errand.${details.errand}`) : t('resident.messages.fromCare');

  return (
    <>
      <div className="vk-stack vk-stack--sm">
        <PageHeading title={details.unitName} />
        <div className="vk-chat-head">
          <Paragraph className="vk-lead">
            {about} · {t(`resident.messages.mode.${details.mode}`)}
          </Paragraph>
          {open ? <ConnectionState live={stream.live} /> : null}
        </div>
      </div>
      {open && details.queue ? <QueueNotice queue={details.queue} /> : null}
      <MessageList
        messages={stream.messages}
        pending={stream.pending}
        readSeq={Math.max(details.careReadSeq, stream.otherReadSeq)}
        otherTyping={stream.otherTyping}
        onRetry={stream.retry}
        onDiscard={stream.discard}
      />
      {open && sentHere ? <PushOffer /> : null}
      {details.canWrite ? (
        <Composer
          conversationId={details.id}
          onTyping={stream.typing}
          onSend={(message) => {
            stream.send(message);
            noteMessageSent();
          }}
        />
      ) : null}
      {open ? null : <ClosedNotice />}
      {open ? null : <EvaluationSection conversationId={details.id} pending={details.evaluationPending} />}
    </>
  );
}
