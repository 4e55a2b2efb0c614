import { Field, Label, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError } from '../../../../shared/api/error-message.ts';
import type { Errand } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime, localized } from '../../../../shared/i18n/format.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { residentLinks } from '../../../paths.ts';
import { useMyBookings } from '../../bookings/hooks/useMyBookings.ts';
import { answersToSend } from '../../self-booking/hooks/triage-form.ts';
import { stepOfRefusal, type ChatStartOption } from '../hooks/new-chat-steps.ts';
import { chatStartOptionsQueryKey } from '../hooks/useChatStartOptions.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { useStartConversation } from '../hooks/useStartConversation.ts';
import { MessageLength, tooLong } from './MessageLength.tsx';
import { StepActions } from './StepActions.tsx';

interface Props {
  flow: NewChatFlow;
  unit: ChatStartOption;
  errand: Errand;
}

const MESSAGE_ID = 'new-chat-message';

/** What was chosen, then the message; "Skicka" opens the conversation (a retry reuses the attempt's id). */
export function FirstMessageStep({ flow, unit, errand }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const start = useStartConversation();
  const bookings = useMyBookings();
  const booking = bookings.data?.upcoming.find((b) => b.id === flow.bookingId) ?? null;
  const [showMissing, setShowMissing] = useState(false);
  const text = flow.message.trim();
  const messageError = (showMissing && !text ? t('resident.messages.newChat.message.missing') : null) ?? fieldError(t, start.error, 'message') ?? null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text || tooLong(flow.message)) {
      setShowMissing(true);
      document.getElementById(MESSAGE_ID)?.focus();
      return;
    }
    start.mutate(
      {
        unitId: unit.unitId,
        errand,
        mode: flow.mode ?? 'async',
        answers: answersToSend(flow.questionnaire, flow.answers),
        bookingId: errand === 'booking_change' ? flow.bookingId : null,
        message: text,
        clientId: flow.clientId,
      },
      {
        onSuccess: ({ conversationId }) => void navigate(residentLinks.conversation(conversationId)),
        onError: (error) => {
          const step = stepOfRefusal(error);
          if (!step) return;
          // What was offered has changed since it was fetched: show what holds now.
          if (step === 'unit' || step === 'errand' || step === 'mode') void queryClient.invalidateQueries({ queryKey: chatStartOptionsQueryKey });
          if (step === 'booking') void bookings.refetch();
          flow.refused(step, error);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      <dl className="vk-facts vk-summary">
        <dt>{t('resident.messages.newChat.summary.unit')}</dt>
        <dd>{unit.unitName}</dd>
        <dt>{t('resident.messages.newChat.summary.errand')}</dt>
        <dd>{t(`resident.messages.errand.${errand}`)}</dd>
        {booking ? (
          <>
            <dt>{t('resident.messages.newChat.summary.booking')}</dt>
            <dd>
              {t('resident.messages.newChat.booking.option', { type: localized(booking.appointmentType, language), time: formatDateTime(booking.startsAt, language) })}
            </dd>
          </>
        ) : null}
        {flow.mode ? (
          <>
            <dt>{t('resident.messages.newChat.summary.mode')}</dt>
            <dd>{t(flow.mode === 'live' ? 'resident.messages.newChat.mode.live' : 'resident.messages.newChat.mode.async')}</dd>
          </>
        ) : null}
      </dl>
      <Field>
        <Label>{t('resident.messages.newChat.message.label')}</Label>
        <Field.Description>{t('resident.messages.newChat.message.hint')}</Field.Description>
        <Textarea
          id={MESSAGE_ID}
          rows={6}
          value={flow.message}
          onChange={(event) => {
            start.reset();
            flow.setMessage(event.target.value);
          }}
          aria-invalid={messageError || tooLong(flow.message) ? true : undefined}
        />
        <MessageLength length={flow.message.trim().length} />
        {messageError ? <ValidationMessage>{messageError}</ValidationMessage> : null}
      </Field>
      {start.isError && !stepOfRefusal(start.error) && !messageError ? <ErrorAlert error={start.error} /> : null}
      <StepActions onBack={flow.back} submitLabel={t('resident.messages.newChat.message.send')} busy={start.isPending} />
    </form>
  );
}
