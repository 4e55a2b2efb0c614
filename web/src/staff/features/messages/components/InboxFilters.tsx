import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { chatMode, errand, type ChatMode, type Errand, type InboxQuery } from '../../../../shared/contracts.ts';
import { WAITING_CHOICES } from '../hooks/inbox-params.ts';

interface Props {
  query: InboxQuery;
  onChange: (query: InboxQuery) => void;
}

/** Errand, live or message, and how long it has waited; every change shows at once. */
export function InboxFilters({ query, onChange }: Props) {
  const { t } = useTranslation();
  const filtered = Boolean(query.errand || query.mode || query.waitingOverMinutes);
  return (
    <div className="vk-inbox-filters" role="group" aria-label={t('staff.messages.inbox.filters.label')}>
      <Field>
        <Label>{t('staff.messages.inbox.filters.errand')}</Label>
        <Select value={query.errand ?? ''} onChange={(e) => onChange({ ...query, errand: (e.target.value || undefined) as Errand | undefined })}>
          <Select.Option value="">{t('staff.messages.inbox.filters.allErrands')}</Select.Option>
          {errand.options.map((name) => (
            <Select.Option key={name} value={name}>
              {t(`staff.messages.errands.${name}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('staff.messages.inbox.filters.mode')}</Label>
        <Select value={query.mode ?? ''} onChange={(e) => onChange({ ...query, mode: (e.target.value || undefined) as ChatMode | undefined })}>
          <Select.Option value="">{t('staff.messages.inbox.filters.allModes')}</Select.Option>
          {chatMode.options.map((mode) => (
            <Select.Option key={mode} value={mode}>
              {t(`staff.messages.modes.${mode}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Field>
        <Label>{t('staff.messages.inbox.filters.waiting')}</Label>
        <Select value={String(query.waitingOverMinutes ?? '')} onChange={(e) => onChange({ ...query, waitingOverMinutes: Number(e.target.value) || undefined })}>
          <Select.Option value="">{t('staff.messages.inbox.filters.anyWaiting')}</Select.Option>
          {WAITING_CHOICES.map((minutes) => (
            <Select.Option key={minutes} value={String(minutes)}>
              {t(`staff.messages.inbox.filters.waitedOver.m${minutes}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {filtered ? (
        <Button variant="tertiary" data-size="sm" onClick={() => onChange({ view: query.view })}>
          {t('staff.messages.inbox.filters.clear')}
        </Button>
      ) : null}
    </div>
  );
}
