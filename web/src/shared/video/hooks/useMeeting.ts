import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RealtimeConnection } from '../../realtime/realtime-client.ts';
import { MeetingClient, type MeetingSnapshot } from '../meeting-client.ts';

const idle: MeetingSnapshot = { phase: 'joining', view: null, remotes: [], chat: [], quality: 'connecting', mediaProblem: null, error: null, mutedByStaff: 0, reconnecting: false };

/** Takes part in a meeting while mounted with a stream: joins, follows its state, leaves on unmount. */
export function useMeeting(connection: RealtimeConnection | null, meetingId: string, stream: MediaStream | null, onMutedByStaff: () => void): { client: MeetingClient | null; snapshot: MeetingSnapshot } {
  const [client, setClient] = useState<MeetingClient | null>(null);
  const hasStream = stream !== null;
  useEffect(() => {
    if (!connection || !stream) return;
    const created = new MeetingClient(connection, meetingId, stream, onMutedByStaff);
    created.start();
    setClient(created);
    return () => {
      created.stop(true);
      setClient(null);
    };
    // Only whether there is a stream starts the client: new devices reach it through replaceTrack.
  }, [connection, meetingId, hasStream]);
  const snapshot = useSyncExternalStore(client?.subscribe ?? noSubscribe, client?.getSnapshot ?? (() => idle));
  return { client, snapshot };
}

const noSubscribe = () => () => undefined;
