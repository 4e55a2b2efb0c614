import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type CriteriaPreviewResponse, type ExplainedGroup } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { describeCriterion } from '../hooks/criteria-summary.ts';
import { useScopeName } from '../hooks/useScopeName.ts';

/** The answer in words first, then each part's tree with met / not met on every criterion (not by colour or icon alone). */
export function PreviewResult({ result }: { result: CriteriaPreviewResponse }) {
  const { t } = useTranslation();
  const scopeName = useScopeName();
  return (
    <div className="vk-stack">
      <Alert data-color={result.meets ? 'success' : 'warning'}>
        <Heading level={3} data-size="xs">
          {result.meets ? t('staff.criteria.preview.meets') : t('staff.criteria.preview.notMeets')}
        </Heading>
      </Alert>
      {result.parts.map((part) => (
        <div key={part.scope} className="vk-stack vk-stack--sm">
          <Heading level={4} data-size="2xs">
            {part.scope === 'unit' ? t('staff.criteria.preview.partUnit') : t('staff.criteria.preview.partFunction', { scope: scopeName(part.scope) })}
          </Heading>
          {part.result.items.length === 0 ? <Paragraph data-size="sm">{t('staff.criteria.preview.noCriteria')}</Paragraph> : <ExplainedTree group={part.result} />}
        </div>
      ))}
    </div>
  );
}

function Verdict({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={met ? 'vk-verdict vk-verdict--met' : 'vk-verdict vk-verdict--not-met'}>
      <span aria-hidden="true">{met ? '✓' : '✗'}</span> {met ? t('staff.criteria.preview.met') : t('staff.criteria.preview.notMet')}
    </span>
  );
}

function ExplainedTree({ group }: { group: ExplainedGroup }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="vk-explained">
      <p className="vk-explained__op">
        <Verdict met={group.met} />: {group.op === 'all' ? t('staff.criteria.editor.opAll') : t('staff.criteria.editor.opAny')}
      </p>
      <ul className="vk-explained__items">
        {group.items.map((item, index) => {
          if ('op' in item) {
            return (
              <li key={index}>
                <ExplainedTree group={item} />
              </li>
            );
          }
          return (
            <li key={index}>
              <Verdict met={item.met} />: {describeCriterion(item.criterion, t, language)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
