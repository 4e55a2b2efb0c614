import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/api/error-message.ts';
import type { NewChatFlow } from '../hooks/useNewChatFlow.ts';
import { StepActions } from './StepActions.tsx';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
  disabled?: boolean;
}

interface Props<T extends string> {
  flow: NewChatFlow;
  /** Which of the flow's steps this is: a refusal of the request is shown at the step it concerns. */
  step: 'unit' | 'errand' | 'mode';
  /** The radio group's name; its first option takes `${name}` as id, so a missing answer can focus it. */
  name: string;
  legend: string;
  choices: Choice<T>[];
  chosen: T | null;
  onChoose: (value: T) => void;
  missingMessage: string;
  /** Shown above the choices (e.g. why some units are not offered). */
  before?: ReactNode;
  /** Shown below the choices (e.g. opening hours). */
  after?: ReactNode;
  onBack?: () => void;
}

/** One step of "Skriv till vården" that asks for a single choice, and says so when none is made. */
export function ChoiceStep<T extends string>({ flow, step, name, legend, choices, chosen, onChoose, missingMessage, before, after, onBack }: Props<T>) {
  const { t } = useTranslation();
  const [showMissing, setShowMissing] = useState(false);
  const refusal = flow.refusal?.step === step ? errorMessage(t, flow.refusal.error) : null;
  const error = refusal ?? (showMissing && !chosen ? missingMessage : null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setShowMissing(true);
      document.getElementById(name)?.focus();
      return;
    }
    flow.next();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="vk-stack vk-stack--lg">
      {before}
      <Fieldset>
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {choices.map((choice, index) => (
          <Radio
            key={choice.value}
            id={index === 0 ? name : undefined}
            name={name}
            value={choice.value}
            label={choice.label}
            description={choice.description}
            checked={chosen === choice.value}
            disabled={choice.disabled}
            onChange={() => onChoose(choice.value)}
            aria-invalid={error ? true : undefined}
          />
        ))}
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Fieldset>
      {after}
      <StepActions onBack={onBack} />
    </form>
  );
}
