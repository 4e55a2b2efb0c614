import type { Language } from '../../../../shared/i18n/index.ts';

/** "245 kB", "1,2 MB": sizes as people read them (1 kB at least, so a tiny file is not "0 kB"). */
export function formatFileSize(bytes: number, language: Language): string {
  const locale = language === 'en' ? 'en-GB' : 'sv-SE';
  if (bytes < 1_000_000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000)));
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}
