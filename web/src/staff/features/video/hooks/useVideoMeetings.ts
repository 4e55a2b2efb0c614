import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ServerMessage } from '../../../../shared/contracts.ts';
import { useRealtimeMessages } from '../../../../shared/realtime/RealtimeContext.ts';
import { getVideoMeetings } from '../api/video-meetings.ts';

export const videoMeetingsKey = ['staff', 'video-meetings'] as const;

/** The day's meetings, fetched anew whenever one of the unit's meetings changes (someone waits, is let in). */
export function useVideoMeetings(date: string | undefined) {
  const queryClient = useQueryClient();
  useRealtimeMessages(
    useCallback(
      (m: ServerMessage) => {
        if (m.type === 'video_meetings_changed') void queryClient.invalidateQueries({ queryKey: videoMeetingsKey });
      },
      [queryClient],
    ),
  );
  return useQuery({ queryKey: [...videoMeetingsKey, date ?? 'today'], queryFn: ({ signal }) => getVideoMeetings(date, signal) });
}
