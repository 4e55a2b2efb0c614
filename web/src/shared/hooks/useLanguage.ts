import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/index.ts';

/** The current UI language; re-renders when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'sv';
}
