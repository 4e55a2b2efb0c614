import type { TFunction } from 'i18next';
import type { MeetingParticipant, MeetingView } from '../contracts.ts';

/** How a participant is named to this viewer: their name (as guest, or through a proxy), or "Participant n" when hidden (R-VM-1). */
export function participantLabel(t: TFunction, view: MeetingView, p: MeetingParticipant): string {
  if (p.id === view.you.id) return t('video.meeting.you');
  if (p.name === null) return t('video.meeting.participant', { n: view.participants.filter((x) => x.state === 'admitted').findIndex((x) => x.id === p.id) + 1 });
  const name = p.actingFor ? t('video.meeting.actingFor', { name: p.name, actor: p.actingFor }) : p.name;
  return p.kind === 'guest' ? t('video.meeting.guestNamed', { name }) : name;
}
