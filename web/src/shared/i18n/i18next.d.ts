import 'i18next';
import type { sv } from './sv.ts';

// Unknown keys in t('…') are compile errors.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
