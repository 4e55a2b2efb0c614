import { Heading } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { TriageItem } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { localized } from '../../../../shared/i18n/format.ts';

/** R-MS-4: the resident's answers that open the conversation, as questions and answers (care sees the same). */
export function TriageCard({ items }: { items: TriageItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="vk-triage-card">
      <Heading level={3} data-size="2xs">
        {t('resident.messages.conversation.yourAnswers')}
      </Heading>
      <dl className="vk-triage-card__list">
        {items.map((item, index) => (
          <Fragment key={index}>
            <dt>{localized(item.question, language)}</dt>
            <dd>{typeof item.answer === 'string' ? item.answer : item.answer.map((a) => localized(a, language)).join(', ')}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
