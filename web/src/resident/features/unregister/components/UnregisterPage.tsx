import { Alert, Button, Card, Checkbox, Fieldset, Heading, Link, ListItem, ListUnordered, Paragraph, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { actingForOther, useRepresented } from '../../acting-for/hooks/useRepresented.ts';
import { useUnregister } from '../hooks/useUnregister.ts';

type Step = 1 | 2 | 3;
const STEPS = 3;

/**
 * Settings → Unregister account (R-ID-6), in deliberate steps: what it means, whether to also block
 * the account (only care can lift a block), and a final confirmation. Only for the resident's own
 * account: a proxy acting for someone else is sent back to themself first.
 */
export function UnregisterPage() {
  const { t } = useTranslation();
  const represented = useRepresented();
  const unregister = useUnregister();
  const [step, setStep] = useState<Step>(1);
  const [block, setBlock] = useState<boolean | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const goTo = (next: Step) => {
    setShowErrors(false);
    setStep(next);
  };

  const other = actingForOther(represented.data);

  const back = (
    <Paragraph>
      <Link asChild>
        <RouterLink to={residentPaths.settings}>← {t('resident.unregister.backToSettings')}</RouterLink>
      </Link>
    </Paragraph>
  );

  if (represented.isPending) return <Loading label={t('common.loading')} />;
  if (other) {
    return (
      <div className="vk-stack vk-stack--lg">
        {back}
        <PageHeading title={t('resident.unregister.title')} />
        <Alert data-color="info">
          <Paragraph>{t('resident.unregister.onlyOwn', { name: `${other.givenName} ${other.familyName}` })}</Paragraph>
        </Alert>
      </div>
    );
  }

  const onChoose = (event: FormEvent) => {
    event.preventDefault();
    if (block === null) {
      setShowErrors(true);
      return;
    }
    goTo(3);
  };

  const onConfirm = (event: FormEvent) => {
    event.preventDefault();
    if (!understood || block === null) {
      setShowErrors(true);
      return;
    }
    unregister.mutate(block);
  };

  const stepTitle = { 1: t('resident.unregister.step1Heading'), 2: t('resident.unregister.step2Heading'), 3: t('resident.unregister.step3Heading') }[step];

  return (
    <div className="vk-stack vk-stack--lg">
      {back}
      <PageHeading title={t('resident.unregister.title')} />
      <div className="vk-stack">
        <p className="vk-muted vk-step-count">{t('resident.unregister.stepOf', { step, total: STEPS })}</p>
        <Heading level={2} data-size="sm" ref={stepHeading} tabIndex={-1} className="vk-step-heading">
          {stepTitle}
        </Heading>

        {step === 1 ? (
          <>
            <ListUnordered>
              <ListItem>{t('resident.unregister.meansAccount')}</ListItem>
              <ListItem>{t('resident.unregister.meansDocuments')}</ListItem>
              <ListItem>{t('resident.unregister.meansRecords')}</ListItem>
              <ListItem>{t('resident.unregister.meansProxies')}</ListItem>
              <ListItem>{t('resident.unregister.meansAgain')}</ListItem>
            </ListUnordered>
            <div className="vk-row">
              <Button onClick={() => goTo(2)}>{t('resident.unregister.continue')}</Button>
              <Button variant="tertiary" asChild>
                <RouterLink to={residentPaths.settings}>{t('common.cancel')}</RouterLink>
              </Button>
            </div>
          </>
        ) : null}

        {step === 2 ? (
          <form onSubmit={onChoose} noValidate className="vk-stack">
            <Fieldset>
              <Fieldset.Legend>{t('resident.unregister.blockLegend')}</Fieldset.Legend>
              <Fieldset.Description>{t('resident.unregister.blockDescription')}</Fieldset.Description>
              <Radio
                name="block"
                value="no"
                label={t('resident.unregister.blockNo')}
                description={t('resident.unregister.blockNoHint')}
                checked={block === false}
                onChange={() => setBlock(false)}
                aria-invalid={showErrors && block === null ? true : undefined}
              />
              <Radio
                name="block"
                value="yes"
                label={t('resident.unregister.blockYes')}
                description={t('resident.unregister.blockYesHint')}
                checked={block === true}
                onChange={() => setBlock(true)}
                aria-invalid={showErrors && block === null ? true : undefined}
              />
              {showErrors && block === null ? <ValidationMessage>{t('resident.unregister.chooseBlock')}</ValidationMessage> : null}
            </Fieldset>
            <div className="vk-row">
              <Button type="submit">{t('resident.unregister.continue')}</Button>
              <Button type="button" variant="tertiary" onClick={() => goTo(1)}>
                {t('common.back')}
              </Button>
            </div>
          </form>
        ) : null}

        {step === 3 ? (
          <form onSubmit={onConfirm} noValidate className="vk-stack">
            <Card data-color={block ? 'danger' : 'warning'}>
              <div className="vk-stack vk-stack--sm">
                <Paragraph>{block ? t('resident.unregister.summaryBlock') : t('resident.unregister.summaryNoBlock')}</Paragraph>
                {block ? <Paragraph>{t('resident.unregister.summaryBlockOnlyCare')}</Paragraph> : null}
              </div>
            </Card>
            <Checkbox
              label={block ? t('resident.unregister.understandBlock') : t('resident.unregister.understand')}
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
              error={showErrors && !understood ? t('resident.unregister.understandMissing') : undefined}
            />
            {unregister.isError ? <ErrorAlert error={unregister.error} /> : null}
            <div className="vk-row">
              <Button type="submit" data-color="danger" loading={unregister.isPending} disabled={unregister.isPending}>
                {block ? t('resident.unregister.submitBlock') : t('resident.unregister.submit')}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => goTo(2)} disabled={unregister.isPending}>
                {t('common.back')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
