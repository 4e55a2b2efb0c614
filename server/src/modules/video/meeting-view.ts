import type { MeetingChatMessage, MeetingView } from '../../../../contracts/video.ts';
import type { ChatRow, MeetingRow, ParticipantRow } from './video.repository.ts';
import { meetingStatus, nameVisible, participantVisible, topologyFor } from './video.rules.ts';

/** One participant's view of the meeting: who they may see, and with which names (R-VM-1, R-VM-4). */
export function meetingViewFor(meeting: MeetingRow, unitName: string, participants: ParticipantRow[], viewer: ParticipantRow, meshLimit: number): MeetingView {
  const me = { participantId: viewer.id, kind: viewer.kind };
  const admitted = participants.filter((p) => p.state === 'admitted').length;
  return {
    meetingId: meeting.id,
    kind: meeting.kind,
    title: meeting.title,
    unitName,
    startsAt: meeting.startsAt.toISOString(),
    status: meetingStatus(meeting),
    topology: topologyFor(admitted, Boolean(meeting.sfuRoom)),
    meshLimit,
    namesVisible: meeting.namesVisible,
    you: { id: viewer.id, kind: me.kind, state: viewer.state, isStaff: viewer.kind === 'staff' },
    participants: participants
      .filter((p) => participantVisible(me, { id: p.id, state: p.state }))
      .map((p) => {
        const named = nameVisible(me, { id: p.id, kind: p.kind }, meeting);
        return {
          id: p.id,
          kind: p.kind,
          name: named ? p.displayName : null,
          actingFor: named ? p.actorName : null,
          profession: p.profession,
          state: p.state,
          present: p.presence !== null,
          presence: p.presence,
          audio: p.audio,
          video: p.video,
          screen: p.screen,
          published: p.published,
        };
      }),
  };
}

/** Chat messages with the sender's name as this viewer may see it. */
export function chatViewFor(rows: ChatRow[], meeting: MeetingRow, participants: ParticipantRow[], viewer: ParticipantRow): MeetingChatMessage[] {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const me = { participantId: viewer.id, kind: viewer.kind };
  return rows.map((r) => {
    const sender = byId.get(r.participantId);
    const named = sender ? nameVisible(me, { id: sender.id, kind: sender.kind }, meeting) : false;
    return { id: r.id, clientId: r.clientId, participantId: r.participantId, name: named && sender ? sender.displayName : null, body: r.body, sentAt: r.sentAt.toISOString() };
  });
}
