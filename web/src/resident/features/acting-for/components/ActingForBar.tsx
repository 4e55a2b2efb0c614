import { Alert, Button, Dropdown, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PersonIcon } from '../../../../shared/ui/icons.tsx';
import { useActFor } from '../hooks/useActFor.ts';
import { useProxyEnded } from '../hooks/useProxyEnded.tsx';
import { actingForOther, useRepresented } from '../hooks/useRepresented.ts';
import { useProxyDescription } from './ProxyDescription.tsx';

/**
 * Under the header: whom the resident acts for, and a switcher between themself and each person they
 * may act for (R-PX-5). Acting for someone else shows a clear banner with a way back. Nothing is
 * shown to a resident who represents nobody.
 */
export function ActingForBar() {
  const { t } = useTranslation();
  const represented = useRepresented();
  const actFor = useActFor();
  const { endedFor, dismiss } = useProxyEnded();
  const describe = useProxyDescription();
  const [open, setOpen] = useState(false);

  const data = represented.data;
  const other = actingForOther(data);
  const choose = (residentId: string) => {
    setOpen(false);
    dismiss();
    if (data && residentId !== data.actingFor) actFor.mutate(residentId);
  };

  const ended =
    endedFor !== null ? (
      <Alert data-color="warning" role="alert" className="vk-acting__notice">
        <div className="vk-stack vk-stack--sm">
          <Paragraph>{endedFor ? t('resident.actingFor.ended', { name: endedFor }) : t('errors.proxy_access_ended')}</Paragraph>
          <div>
            <Button variant="secondary" data-size="sm" onClick={dismiss}>
              {t('resident.actingFor.dismiss')}
            </Button>
          </div>
        </div>
      </Alert>
    ) : null;

  if (!data || (data.people.length === 0 && !other)) {
    return ended ? <div className="vk-acting">{ended}</div> : null;
  }

  const selfName = `${data.self.givenName} ${data.self.familyName}`;
  const options = [
    { residentId: data.self.residentId, name: selfName, hint: t('resident.actingFor.yourself') },
    ...data.people.map((person) => ({ residentId: person.residentId, name: `${person.givenName} ${person.familyName}`, hint: describe(person.kind, person.endsOn) })),
  ];

  return (
    <section className={other ? 'vk-acting vk-acting--other' : 'vk-acting'} aria-label={t('resident.actingFor.label')}>
      <div className="vk-acting__inner">
        <div className="vk-acting__who">
          <PersonIcon className="vk-acting__icon" />
          <div>
            <p className="vk-acting__name">{other ? t('resident.actingFor.actingFor', { name: `${other.givenName} ${other.familyName}` }) : t('resident.actingFor.actingForSelf', { name: selfName })}</p>
            {other ? <p className="vk-acting__hint">{describe(other.kind, other.endsOn)}</p> : null}
          </div>
        </div>
        <div className="vk-acting__actions">
          {other ? (
            <Button data-size="sm" variant="primary" onClick={() => choose(data.self.residentId)} loading={actFor.isPending} disabled={actFor.isPending}>
              {t('resident.actingFor.backToSelf')}
            </Button>
          ) : null}
          <Dropdown.TriggerContext>
            <Dropdown.Trigger data-size="sm" variant="secondary" disabled={actFor.isPending}>
              {t('resident.actingFor.switch')}
            </Dropdown.Trigger>
            <Dropdown placement="bottom-start" className="vk-acting__menu" open={open} onOpen={() => {
                setOpen(true);
                // Someone may have been added or removed since: show the current list.
                void represented.refetch();
              }} onClose={() => setOpen(false)}>
              <Dropdown.Heading>{t('resident.actingFor.chooseHeading')}</Dropdown.Heading>
              <Dropdown.List>
                {options.map((option) => {
                  const current = option.residentId === data.actingFor;
                  return (
                    <Dropdown.Item key={option.residentId}>
                      <Dropdown.Button onClick={() => choose(option.residentId)} aria-current={current ? 'true' : undefined} className="vk-acting__option">
                        <span className="vk-acting__option-text">
                          <span className="vk-acting__option-name">
                            {option.name}
                            {current ? <span className="vk-acting__current"> ({t('resident.actingFor.current')})</span> : null}
                          </span>
                          <span className="vk-acting__option-hint">{option.hint}</span>
                        </span>
                      </Dropdown.Button>
                    </Dropdown.Item>
                  );
                })}
              </Dropdown.List>
            </Dropdown>
          </Dropdown.TriggerContext>
        </div>
      </div>
      {actFor.isError ? <ErrorAlert error={actFor.error} /> : null}
      {ended}
    </section>
  );
}
