import { Alert, Button, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationRequest } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { useSendEvaluation } from '../hooks/useSendEvaluation.ts';

const SCALE = ['1', '2', '3', '4', '5'] as const;
const HELP = ['yes', 'partly', 'no'] as const;
const COMMENT_MAX = 1000;
const FIRST_ID = 'evaluation-satisfaction';

/** R-MS-9: after a closed chat, two questions and an optional comment, asked once; then thanks. */
export function EvaluationSection({ conversationId, pending }: { conversationId: string; pending: boolean }) {
  const { t } = useTranslation();
  const send = useSendEvaluation(conversationId);
  const [satisfaction, setSatisfaction] = useState<(typeof SCALE)[number] | null>(null);
  const [gotHelp, setGotHelp] = useState<EvaluationRequest['gotHelp'] | null>(null);
  const [comment, setComment] = useState('');
  const [showMissing, setShowMissing] = useState(false);

  if (send.isSuccess) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{t('resident.messages.evaluation.thanks')}</Paragraph>
      </Alert>
    );
  }
  if (!pending) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!satisfaction || !gotHelp || comment.length > COMMENT_MAX) {
      setShowMissing(true);
      document.getElementById(satisfaction ? 'evaluation-help' : FIRST_ID)?.focus();
      return;
    }
    send.mutate({ satisfaction: Number(satisfaction), gotHelp, comment: comment.trim() });
  };

  const missing = t('resident.messages.evaluation.missing');
  return (
    <section className="vk-section" aria-labelledby="evaluation-heading">
      <Heading level={2} data-size="sm" id="evaluation-heading">
        {t('resident.messages.evaluation.heading')}
      </Heading>
      <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg vk-evaluation">
        <Paragraph>{t('resident.messages.evaluation.intro')}</Paragraph>
        <Fieldset>
          <Fieldset.Legend>{t('resident.messages.evaluation.satisfaction')}</Fieldset.Legend>
          {SCALE.map((score, index) => (
            <Radio
              key={score}
              id={index === 0 ? FIRST_ID : undefined}
              name="evaluation-satisfaction"
              value={score}
              label={t(`resident.messages.evaluation.scale.${score}`)}
              checked={satisfaction === score}
              onChange={() => setSatisfaction(score)}
              aria-invalid={showMissing && !satisfaction ? true : undefined}
            />
          ))}
          {showMissing && !satisfaction ? <ValidationMessage>{missing}</ValidationMessage> : null}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('resident.messages.evaluation.gotHelp')}</Fieldset.Legend>
          {HELP.map((answer, index) => (
            <Radio
              key={answer}
              id={index === 0 ? 'evaluation-help' : undefined}
              name="evaluation-help"
              value={answer}
              label={t(`resident.messages.evaluation.help.${answer}`)}
              checked={gotHelp === answer}
              onChange={() => setGotHelp(answer)}
              aria-invalid={showMissing && !gotHelp ? true : undefined}
            />
          ))}
          {showMissing && !gotHelp ? <ValidationMessage>{missing}</ValidationMessage> : null}
        </Fieldset>
        <Textfield
          multiline
          rows={3}
          label={t('resident.messages.evaluation.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          counter={{ limit: COMMENT_MAX, under: t('resident.selfBooking.textUnder'), over: t('resident.selfBooking.textOver') }}
        />
        {send.isError ? <ErrorAlert error={send.error} /> : null}
        <div className="vk-actions">
          <Button type="submit" loading={send.isPending} disabled={send.isPending}>
            {t('resident.messages.evaluation.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
