import { useTranslation } from 'react-i18next';
import type { ProxyKind } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { dayBefore, formatDate } from '../../../../shared/i18n/format.ts';

/** "Som vårdnadshavare till och med 2 september 2032": the kind of proxy and its last day, in plain words. */
export function useProxyDescription() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (kind: ProxyKind, endsOn: string | null) =>
    endsOn ? t(`resident.actingFor.until.${kind}`, { date: formatDate(dayBefore(endsOn), language) }) : t(`resident.actingFor.open.${kind}`);
}
