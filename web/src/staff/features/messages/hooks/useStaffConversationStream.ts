import { useEffect, useMemo } from 'react';
import type { Message } from '../../../../shared/contracts.ts';
import type { StreamHttp } from '../../../../shared/chat/conversation-stream.ts';
import { useConversationStream, type ConversationStreamApi } from '../../../../shared/chat/useConversationStream.ts';
import { getConversation } from '../api/get-conversation.ts';
import { markRead } from '../api/mark-read.ts';
import { sendMessage } from '../api/send-message.ts';
import { useSetConversationDetails } from './useConversation.ts';

/** The conversation's messages as care sees them (notes included), live or polled. */
export function useStaffConversationStream(conversationId: string, initial: Message[] | undefined): ConversationStreamApi {
  const setDetails = useSetConversationDetails(conversationId);
  const http = useMemo<StreamHttp>(
    () => ({
      fetchAfter: async (afterSeq) => {
        const fresh = await getConversation(conversationId, afterSeq);
        // Polled while the socket is down: the same read brings the holder and state up to date.
        setDetails(fresh.conversation);
        return fresh.messages;
      },
      send: (clientId, m) => sendMessage(conversationId, { clientId, body: m.body, kind: m.kind, attachmentIds: m.attachmentIds, links: m.links }),
      read: (seq) => markRead(conversationId, seq),
    }),
    [conversationId, setDetails],
  );
  return useConversationStream(conversationId, 'care', initial, http);
}

/** Marks what is shown as read while the page is in front of the person, and again when they come back to it. */
export function useMarkReadWhileVisible(stream: ConversationStreamApi): void {
  // A new function with every change of the stream, so this runs whenever messages arrive.
  const markRead = stream.markRead;
  useEffect(() => {
    // The stream itself sends nothing for what it already reported read.
    const mark = () => {
      if (document.visibilityState === 'visible') markRead();
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [markRead]);
}
