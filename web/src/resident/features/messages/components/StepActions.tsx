import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface Props {
  onBack?: () => void;
  /** The form's own button text, when it does more than go on (e.g. "Skicka"). */
  submitLabel?: string;
  busy?: boolean;
}

/** A step's "Fortsätt" (submits its form) and "Tillbaka". */
export function StepActions({ onBack, submitLabel, busy = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className="vk-actions">
      <Button type="submit" loading={busy} disabled={busy}>
        {submitLabel ?? t('resident.messages.newChat.continue')}
      </Button>
      {onBack ? (
        <Button type="button" variant="tertiary" onClick={onBack} disabled={busy}>
          {t('resident.messages.newChat.back')}
        </Button>
      ) : null}
    </div>
  );
}
