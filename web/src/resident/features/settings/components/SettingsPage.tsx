import { Button, Card, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../../../shared/auth/hooks/useSignOut.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDate, formatDateTime } from '../../../../shared/i18n/format.ts';
import { languages, setLanguage } from '../../../../shared/i18n/index.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { actingForOther, useRepresented } from '../../acting-for/hooks/useRepresented.ts';
import { PushSetting } from '../../push/components/PushSetting.tsx';
import { useMe } from '../hooks/useMe.ts';

/** Profile, language, and signing out here or on every device. */
export function SettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const signOut = useSignOut(residentPaths.home);
  const represented = useRepresented();
  const other = actingForOther(represented.data);

  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('resident.settings.title')} />

      <section className="vk-section" aria-labelledby="settings-profile">
        <Heading level={2} data-size="sm" id="settings-profile">
          {t('resident.settings.profileHeading')}
        </Heading>
        {me.isPending ? <Loading label={t('common.loading')} /> : null}
        {me.isError ? <ErrorAlert error={me.error} onRetry={() => void me.refetch()} /> : null}
        {me.data ? (
          <Card data-color="neutral">
            <dl className="vk-facts">
              <dt>{t('resident.settings.name')}</dt>
              <dd>
                {me.data.givenName} {me.data.familyName}
              </dd>
              <dt>{t('resident.settings.birthDate')}</dt>
              <dd>{formatDate(me.data.birthDate, language)}</dd>
              <dt>{t('resident.settings.terms')}</dt>
              <dd>{t('resident.settings.termsAccepted', { version: me.data.termsVersion, date: formatDateTime(me.data.termsAcceptedAt, language) })}</dd>
            </dl>
          </Card>
        ) : null}
      </section>

      <section className="vk-section" aria-labelledby="settings-language">
        <Heading level={2} data-size="sm" id="settings-language">
          {t('language.label')}
        </Heading>
        <Fieldset>
          <Fieldset.Legend className="ds-sr-only">{t('language.label')}</Fieldset.Legend>
          <Fieldset.Description>{t('language.description')}</Fieldset.Description>
          {languages.map((option) => (
            <Radio
              key={option}
              name="language"
              value={option}
              label={<span lang={option}>{t(`language.${option}`)}</span>}
              checked={language === option}
              onChange={() => void setLanguage(option)}
            />
          ))}
        </Fieldset>
      </section>

      <PushSetting />

      <section className="vk-section" aria-labelledby="settings-signout">
        <Heading level={2} data-size="sm" id="settings-signout">
          {t('resident.settings.signOutHeading')}
        </Heading>
        {signOut.isError ? <ErrorAlert error={signOut.error} /> : null}
        <Card data-color="neutral">
          <div className="vk-stack">
            <div className="vk-stack vk-stack--sm">
              <Paragraph>{t('resident.settings.signOutText')}</Paragraph>
              <div>
                <Button variant="secondary" onClick={() => signOut.mutate('here')} disabled={signOut.isPending}>
                  {t('common.signOut')}
                </Button>
              </div>
            </div>
            <div className="vk-stack vk-stack--sm">
              <Paragraph>{t('resident.settings.signOutEverywhereText')}</Paragraph>
              <div>
                <Button
                  variant="secondary"
                  data-color="danger"
                  onClick={() => signOut.mutate('everywhere')}
                  loading={signOut.isPending && signOut.variables === 'everywhere'}
                  disabled={signOut.isPending}
                >
                  {t('common.signOutEverywhere')}
                </Button>
              </div>
            </div>
          </div>
        </Card>
      </section>

      <section className="vk-section" aria-labelledby="settings-unregister">
        <Heading level={2} data-size="sm" id="settings-unregister">
          {t('resident.settings.unregisterHeading')}
        </Heading>
        <Card data-color="neutral">
          <div className="vk-stack vk-stack--sm">
            {other ? (
              <Paragraph>{t('resident.unregister.onlyOwn', { name: `${other.givenName} ${other.familyName}` })}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('resident.settings.unregisterText')}</Paragraph>
                <div>
                  <Button variant="secondary" data-color="danger" asChild>
                    <RouterLink to={residentPaths.unregister}>{t('resident.settings.unregisterLink')}</RouterLink>
                  </Button>
                </div>
              </>
            )}
          </div>
        </Card>
      </section>
    </div>
  );
}
