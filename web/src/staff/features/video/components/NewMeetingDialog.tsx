import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { meetingKind, type MeetingKind, type StaffMeetingItem } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatTime } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useColleagues } from '../../messages/hooks/useColleagues.ts';
import { staffPaths } from '../../../paths.ts';
import { createVideoMeeting } from '../api/video-meetings.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  meetings: StaffMeetingItem[];
}

/** R-VM-1: a group (several bookings), a team visit (colleagues), or a meeting between professions (no residents). */
export function NewMeetingDialog({ open, onClose, meetings }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const colleagues = useColleagues(null, open);
  const [kind, setKind] = useState<MeetingKind>('group');
  const [bookingIds, setBookingIds] = useState<string[]>([]);
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<unknown>(null);
  const free = meetings.filter((m) => m.meetingId === null && m.bookingId);
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const submit = async () => {
    setError(null);
    try {
      const id = await createVideoMeeting({
        kind,
        bookingIds: kind === 'professions' ? [] : bookingIds,
        staffIds: kind === 'team' || kind === 'professions' ? staffIds : [],
        title: kind === 'professions' ? title : null,
        startsAt: kind === 'professions' && startsAt ? new Date(startsAt).toISOString() : undefined,
        durationMinutes: kind === 'professions' ? 30 : undefined,
      });
      onClose();
      await navigate(staffPaths.videoMeeting(id));
    } catch (e) {
      setError(e);
    }
  };
  const fields = ['bookingIds', 'staffIds', 'title', 'startsAt'];
  return (
    <ModalDialog open={open} onClose={onClose} title={t('video.staff.create.heading')}>
      <form
        className="vk-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t('video.staff.create.kind')}</Fieldset.Legend>
          {meetingKind.options.map((k) => (
            <Radio key={k} name="meeting-kind" value={k} label={t(`video.kinds.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
          ))}
        </Fieldset>
        {kind !== 'professions' ? (
          <Fieldset>
            <Fieldset.Legend>{t('video.staff.create.bookings')}</Fieldset.Legend>
            <Fieldset.Description>{t('video.staff.create.bookingsHint')}</Fieldset.Description>
            {free.map((m) => (
              <Checkbox key={m.bookingId} value={m.bookingId!} label={`${formatTime(m.startsAt, language)} ${m.residents.map((r) => r.name).join(', ')}`} checked={bookingIds.includes(m.bookingId!)} onChange={() => setBookingIds(toggle(bookingIds, m.bookingId!))} />
            ))}
            {fieldError(t, error, 'bookingIds') ? <p className="ds-validation-message">{fieldError(t, error, 'bookingIds')}</p> : null}
          </Fieldset>
        ) : null}
        {kind === 'team' || kind === 'professions' ? (
          <Fieldset>
            <Fieldset.Legend>{t('video.staff.create.colleagues')}</Fieldset.Legend>
            {(colleagues.data?.colleagues ?? []).map((c) => (
              <Checkbox key={c.staffId} value={c.staffId} label={`${c.name} (${t(`enums.profession.${c.profession}`)})`} checked={staffIds.includes(c.staffId)} onChange={() => setStaffIds(toggle(staffIds, c.staffId))} />
            ))}
          </Fieldset>
        ) : null}
        {kind === 'professions' ? (
          <>
            <Textfield label={t('video.staff.create.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(t, error, 'title')} />
            <Textfield type="datetime-local" label={t('video.staff.create.startsAt')} value={startsAt} onChange={(e) => setStartsAt(e.target.value)} error={fieldError(t, error, 'startsAt')} />
          </>
        ) : null}
        {error && !isFieldError(error, fields) ? <ErrorAlert error={error} /> : null}
        <div>
          <Button type="submit">{t('video.staff.create.submit')}</Button>
        </div>
      </form>
    </ModalDialog>
  );
}
