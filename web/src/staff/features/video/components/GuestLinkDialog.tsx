import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { guestRole, type CreatedGuestLink, type GuestRole } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { createGuestLink, getGuestLinks, revokeGuestLink } from '../api/guest-links.ts';

/** R-VM-3: a link for an interpreter or a relative, sent by SMS or copied; the meeting's links, revocable. */
export function GuestLinkDialog({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<GuestRole>('interpreter');
  const [label, setLabel] = useState('');
  const [mobile, setMobile] = useState('');
  const [created, setCreated] = useState<CreatedGuestLink | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const key = ['staff', 'video', meetingId, 'guest-links'];
  const links = useQuery({ queryKey: key, queryFn: ({ signal }) => getGuestLinks(meetingId, signal), enabled: open });
  const submit = async () => {
    setError(null);
    try {
      setCreated(await createGuestLink(meetingId, { role, label, mobileNumber: mobile.trim() || null }));
      setLabel('');
      setMobile('');
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (e) {
      setError(e);
    }
  };
  const revoke = async (linkId: string) => {
    await revokeGuestLink(meetingId, linkId).catch(setError);
    await queryClient.invalidateQueries({ queryKey: key });
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('video.staff.guests.button')}
      </Button>
      <ModalDialog open={open} onClose={() => setOpen(false)} title={t('video.staff.guests.heading')}>
        <div className="vk-stack">
          <Paragraph data-size="sm">{t('video.staff.guests.intro')}</Paragraph>
          {created ? (
            <div className="vk-stack vk-stack--sm" role="status">
              <Paragraph>{created.sentBySms ? t('video.staff.guests.sent') : t('video.staff.guests.created')}</Paragraph>
              <Textfield label={t('video.staff.guests.linkLabel')} value={created.url} readOnly />
              <div>
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => {
                    void navigator.clipboard?.writeText(created.url).then(() => setCopied(true));
                  }}
                >
                  {copied ? t('video.staff.guests.copied') : t('video.staff.guests.copy')}
                </Button>
              </div>
            </div>
          ) : null}
          <form
            className="vk-stack"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Fieldset>
              <Fieldset.Legend>{t('video.staff.guests.role')}</Fieldset.Legend>
              {guestRole.options.map((r) => (
                <Radio key={r} name="guest-role" value={r} label={t(`video.staff.guests.roles.${r}`)} checked={role === r} onChange={() => setRole(r)} />
              ))}
            </Fieldset>
            <Textfield label={t('video.staff.guests.label')} description={t('video.staff.guests.labelHint')} value={label} onChange={(e) => setLabel(e.target.value)} error={fieldError(t, error, 'label')} />
            <Textfield type="tel" label={t('video.staff.guests.mobile')} value={mobile} onChange={(e) => setMobile(e.target.value)} error={fieldError(t, error, 'mobileNumber')} />
            {error && !isFieldError(error, ['label', 'mobileNumber']) ? <ErrorAlert error={error} /> : null}
            <div>
              <Button type="submit">{t('video.staff.guests.submit')}</Button>
            </div>
          </form>
          {links.data?.length ? (
            <section className="vk-stack vk-stack--sm" aria-labelledby="vk-guest-links">
              <Heading level={3} data-size="2xs" id="vk-guest-links">
                {t('video.staff.guests.existing')}
              </Heading>
              <ul className="vk-list-reset vk-stack vk-stack--sm">
                {links.data.map((l) => (
                  <li key={l.id} className="vk-meeting-person">
                    <span>
                      {l.label} · {t(`video.staff.guests.statuses.${l.status}`, { name: l.guestName ?? '' })}
                    </span>
                    {l.status !== 'revoked' && l.status !== 'expired' ? (
                      <Button data-size="sm" variant="secondary" data-color="danger" onClick={() => void revoke(l.id)}>
                        {t('video.staff.guests.revoke')}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </ModalDialog>
    </>
  );
}
