import { Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageItem } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';

/** R-MS-4: the questions the resident answered before writing, as they were asked, with the answers. */
export function TriageCard({ items, time }: { items: TriageItem[]; time: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className="vk-triage" aria-labelledby={headingId}>
      <div className="vk-msg__head">
        <Heading level={3} data-size="2xs" id={headingId}>
          {t('staff.messages.triage.heading')}
        </Heading>
        {time}
      </div>
      {items.length === 0 ? (
        <p className="vk-muted">{t('staff.messages.triage.none')}</p>
      ) : (
        <dl className="vk-triage__list">
          {items.map((item, i) => (
            <div key={i} className="vk-triage__item">
              <dt>{localized(item.question, language)}</dt>
              <dd>{typeof item.answer === 'string' ? item.answer : item.answer.map((a) => localized(a, language)).join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
