import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/useLanguage.ts';
import { setLanguage } from '../i18n/index.ts';
import { GlobeIcon } from './icons.tsx';

/** A header button that switches between Swedish and English; it is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const target = language === 'sv' ? 'en' : 'sv';
  return (
    <button type="button" className="vk-header-button" lang={target} onClick={() => void setLanguage(target)}>
      <GlobeIcon />
      <span>{t(`language.${target}`)}</span>
    </button>
  );
}
