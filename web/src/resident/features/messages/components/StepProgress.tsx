import { useTranslation } from 'react-i18next';

/** "Steg 2 av 5" with a bar of as many parts, the done ones filled (the bar repeats the text, so it is hidden from screen readers). */
export function StepProgress({ step, total }: { step: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="vk-stack vk-stack--sm">
      <p className="vk-muted vk-step-count">{t('resident.messages.newChat.stepOf', { step, total })}</p>
      <div className="vk-step-bar" aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <span key={index} className={index < step ? 'vk-step-bar__part vk-step-bar__part--done' : 'vk-step-bar__part'} />
        ))}
      </div>
    </div>
  );
}
