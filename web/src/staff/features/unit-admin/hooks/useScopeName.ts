import { useTranslation } from 'react-i18next';
import type { CriteriaScope } from '../../../../shared/contracts.ts';

/** "Hela enheten" for the unit scope, else the function's name. */
export function useScopeName() {
  const { t } = useTranslation();
  return (scope: CriteriaScope) => (scope === 'unit' ? t('staff.criteria.unitScope') : t(`enums.unitFunction.${scope}`));
}
