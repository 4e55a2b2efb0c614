import { Alert, Button, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/error-message.ts';
import type { SignInAudience } from '../../contracts.ts';
import { failedMessage, pendingMessage } from '../hooks/bankid-messages.ts';
import { useBankIdSignIn, type NeedsTerms } from '../hooks/useBankIdSignIn.ts';
import { BankIdLogo } from './BankIdLogo.tsx';
import { QrCode } from './QrCode.tsx';

/** Errors that trying again cannot fix: the person is told why and can go back. */
const FINAL_ERRORS = new Set<string>(['account_blocked', 'reserve_number_cannot_sign_in', 'not_staff']);

interface BankIdSignInProps {
  audience: SignInAudience;
  resume: boolean;
  onSignedIn: () => void;
  onNeedsTerms?: (terms: NeedsTerms) => void;
  /** Called when the person starts a new sign-in (e.g. to clear an earlier notice). */
  onStart?: () => void;
}

/** The sign-in card shared by the resident app and the staff portal. */
export function BankIdSignIn({ audience, resume, onSignedIn, onNeedsTerms, onStart }: BankIdSignInProps) {
  const { t } = useTranslation();
  const { state, start: startFlow, cancel, reset } = useBankIdSignIn({ audience, resume, onSignedIn, onNeedsTerms });
  const start = (mode: 'qr' | 'sameDevice') => {
    onStart?.();
    return startFlow(mode);
  };

  return (
    <Card data-color="neutral" className="vk-signin-card">
      <div className="vk-stack">
        <div className="vk-row">
          <BankIdLogo />
          <Heading level={2} data-size="sm" className="vk-card-title">
            {state.step === 'pending' && state.mode === 'qr' ? t('bankid.qrHeading') : t('bankid.heading')}
          </Heading>
        </div>

        {(state.step === 'choose' || state.step === 'starting') && (
          <div className="vk-signin-choices">
            <Button
              className="vk-signin-choice"
              variant="primary"
              data-color="accent"
              loading={state.step === 'starting' && state.mode === 'qr'}
              disabled={state.step === 'starting'}
              onClick={() => void start('qr')}
            >
              <span className="vk-signin-choice__text">
                <span>{t('bankid.otherDevice')}</span>
                <span className="vk-signin-choice__hint">{t('bankid.otherDeviceHint')}</span>
              </span>
            </Button>
            <Button
              className="vk-signin-choice"
              variant="secondary"
              data-color="accent"
              loading={state.step === 'starting' && state.mode === 'sameDevice'}
              disabled={state.step === 'starting'}
              onClick={() => void start('sameDevice')}
            >
              <span className="vk-signin-choice__text">
                <span>{t('bankid.thisDevice')}</span>
                <span className="vk-signin-choice__hint">{t('bankid.thisDeviceHint')}</span>
              </span>
            </Button>
            {state.step === 'starting' ? (
              <p className="ds-sr-only" role="status">
                {t('bankid.starting')}
              </p>
            ) : null}
          </div>
        )}

        {state.step === 'pending' && state.mode === 'qr' && (
          <div className="vk-qr">
            <Paragraph className="vk-bankid-status" role="status">
              {t(pendingMessage(state.hintCode, 'qr'))}
            </Paragraph>
            {state.qrData ? <QrCode data={state.qrData} alt={t('bankid.qrAlt')} /> : null}
            <Button variant="secondary" data-color="accent" onClick={cancel}>
              {t('common.cancel')}
            </Button>
          </div>
        )}

        {state.step === 'pending' && state.mode === 'sameDevice' && (
          <div className="vk-stack">
            <div className="vk-row" role="status">
              <Spinner aria-hidden="true" data-size="md" />
              <Paragraph className="vk-bankid-status">{t(pendingMessage(state.hintCode, 'sameDevice'))}</Paragraph>
            </div>
            <div>
              <Button variant="secondary" data-color="accent" onClick={cancel}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        )}

        {state.step === 'failed' && (
          <div className="vk-stack">
            <Alert data-color="warning" role="alert">
              <div className="vk-stack vk-stack--sm">
                <Heading level={3} data-size="2xs">
                  {t('bankid.failedHeading')}
                </Heading>
                <Paragraph>{t(failedMessage(state.hintCode, state.mode))}</Paragraph>
              </div>
            </Alert>
            <div className="vk-actions">
              <Button data-color="accent" onClick={() => void start(state.mode)}>{t('common.retry')}</Button>
              <Button variant="tertiary" data-color="accent" onClick={reset}>
                {t('bankid.chooseOther')}
              </Button>
            </div>
          </div>
        )}

        {state.step === 'error' && (
          <div className="vk-stack">
            <Alert data-color={FINAL_ERRORS.has(state.error.code) ? 'warning' : 'danger'} role="alert">
              <div className="vk-stack vk-stack--sm">
                <Heading level={3} data-size="2xs">
                  {t('bankid.errorHeading')}
                </Heading>
                <Paragraph>{errorMessage(t, state.error)}</Paragraph>
              </div>
            </Alert>
            <div className="vk-actions">
              {FINAL_ERRORS.has(state.error.code) ? (
                <Button variant="secondary" data-color="accent" onClick={reset}>
                  {t('common.back')}
                </Button>
              ) : state.error.code === 'sign_in_not_found' ? (
                <Button data-color="accent" onClick={reset}>{t('bankid.startAgain')}</Button>
              ) : (
                <>
                  <Button data-color="accent" onClick={() => (state.mode ? void start(state.mode) : reset())}>{t('common.retry')}</Button>
                  <Button variant="tertiary" data-color="accent" onClick={reset}>
                    {t('bankid.chooseOther')}
                  </Button>
                </>
              )}
            </div>
          </div>
        )}

        {state.step === 'done' && (
          <div className="vk-row" role="status">
            <Spinner aria-hidden="true" data-size="md" />
            <Paragraph>{t('bankid.signedIn')}</Paragraph>
          </div>
        )}
      </div>
    </Card>
  );
}
