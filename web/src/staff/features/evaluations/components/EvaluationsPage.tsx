import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EvaluationSummaryResponse, StaffMeResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { formatNumber } from '../../../charts/chart-scale.ts';
import { useEvaluations } from '../hooks/useEvaluations.ts';
import { AnswersCard } from './AnswersCard.tsx';
import { CommentsSection } from './CommentsSection.tsx';

/** R-MS-9: what residents answered after the active unit's closed chats, for quality follow-up. */
export function EvaluationsPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const evaluations = useEvaluations(me.activeUnitId);
  const unitName = evaluations.data?.unitName ?? me.units.find((unit) => unit.id === me.activeUnitId)?.name ?? '';

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.evaluations.title')} app="portal" />
        <Paragraph>{t('staff.evaluations.intro', { unit: unitName })}</Paragraph>
      </div>
      {evaluations.isPending ? <Loading label={t('staff.evaluations.loading')} /> : null}
      {evaluations.isError ? <ErrorAlert error={evaluations.error} onRetry={() => void evaluations.refetch()} /> : null}
      {evaluations.data ? <Summary data={evaluations.data} /> : null}
    </div>
  );
}

function Summary({ data }: { data: EvaluationSummaryResponse }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (n: number) => formatNumber(n, language);

  if (data.answered === 0) {
    return <EmptyState hint={t('staff.evaluations.emptyHint', { count: data.closedChats })}>{t('staff.evaluations.empty')}</EmptyState>;
  }
  const satisfaction = data.satisfaction.map((s) => ({ label: String(s.score), tableLabel: t(`staff.evaluations.scores.s${s.score as 1 | 2 | 3 | 4 | 5}`), value: s.count }));
  const help = (['yes', 'partly', 'no'] as const).map((answer) => ({ label: t(`staff.evaluations.gotHelpAnswers.${answer}`), tableLabel: t(`staff.evaluations.gotHelpAnswers.${answer}`), value: data.gotHelp[answer] }));

  return (
    <>
      <div className="vk-stat-grid">
        <p className="vk-stat">
          <span className="vk-stat__value">{number(data.answered)}</span>
          <span className="vk-stat__label">{t('staff.evaluations.answered', { count: data.answered, closed: number(data.closedChats) })}</span>
        </p>
        <p className="vk-stat">
          <span className="vk-stat__value">{data.averageSatisfaction === null ? '–' : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE', { minimumFractionDigits: 1 }).format(data.averageSatisfaction)}</span>
          <span className="vk-stat__label">{t('staff.evaluations.average')}</span>
        </p>
      </div>
      <div className="vk-stat-grid">
        <AnswersCard
          heading={t('staff.evaluations.satisfactionHeading')}
          hint={t('staff.evaluations.satisfactionHint')}
          bars={satisfaction}
          description={t('staff.evaluations.chart', { counts: satisfaction.map((b) => `${b.tableLabel}: ${number(b.value)}`).join(', ') })}
        />
        <AnswersCard
          heading={t('staff.evaluations.gotHelpHeading')}
          hint={t('staff.evaluations.gotHelpHint')}
          bars={help}
          description={t('staff.evaluations.chart', { counts: help.map((b) => `${b.tableLabel}: ${number(b.value)}`).join(', ') })}
        />
      </div>
      <CommentsSection comments={data.comments} />
    </>
  );
}
