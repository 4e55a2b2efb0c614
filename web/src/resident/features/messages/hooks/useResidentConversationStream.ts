import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { StreamHttp } from '../../../../shared/chat/conversation-stream.ts';
import { useConversationStream } from '../../../../shared/chat/useConversationStream.ts';
import type { Message } from '../../../../shared/contracts.ts';
import { getConversation } from '../api/get-conversation.ts';
import { markRead } from '../api/mark-read.ts';
import { sendMessage } from '../api/send-message.ts';
import { mergeConversation } from './useConversation.ts';

/**
 * The resident's side of a conversation's live stream. Whatever is fetched over HTTP also refreshes
 * the conversation's details (queue, holder, closed), and so does every change the server reports.
 */
export function useResidentConversationStream(conversationId: string, initial: Message[]) {
  const queryClient = useQueryClient();
  const http = useMemo<StreamHttp>(
    () => ({
      fetchAfter: async (afterSeq) => {
        const fresh = await getConversation(conversationId, afterSeq);
        mergeConversation(queryClient, conversationId, fresh);
        return fresh.messages;
      },
      send: (clientId, m) => sendMessage(conversationId, { clientId, body: m.body, attachmentIds: m.attachmentIds }),
      read: (seq) => markRead(conversationId, seq),
    }),
    [conversationId, queryClient],
  );
  const stream = useConversationStream(conversationId, 'resident', initial, http);

  const lastSeq = stream.messages.at(-1)?.seq ?? 0;
  const latest = useRef({ lastSeq, http });
  latest.current = { lastSeq, http };
  useEffect(() => {
    if (stream.changes === 0) return;
    // Only the details are wanted; asking from the last message held keeps the answer small.
    void latest.current.http.fetchAfter(latest.current.lastSeq).catch(() => undefined);
  }, [stream.changes]);

  return stream;
}
