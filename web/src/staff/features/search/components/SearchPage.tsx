import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import type { StaffMeResponse } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { SearchIcon } from '../../../../shared/ui/icons.tsx';
import { useResidentSearch } from '../hooks/useResidentSearch.ts';
import { useSearchMemory } from '../hooks/useSearchMemory.tsx';
import { SearchResults } from './SearchResults.tsx';

/** The portal's start page: find a resident connected to the active unit. */
export function SearchPage({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const { last } = useSearchMemory();
  const [identifier, setIdentifier] = useState(last?.identifier ?? '');
  const [missing, setMissing] = useState(false);
  const search = useResidentSearch();
  const activeUnit = me.units.find((unit) => unit.id === me.activeUnitId);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = identifier.trim();
    setMissing(value === '');
    if (value === '') return;
    search.mutate(value);
  };

  // A 400 that names the field is shown at the field; anything else above the form.
  const fieldError = isApiError(search.error) && search.error.field === 'identifier' ? t(`errors.${search.error.code}`) : null;
  const fieldMessage = missing ? t('staff.search.required') : fieldError;
  const otherError = search.error && !fieldError ? search.error : null;

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('staff.search.title')} app="portal">
          {t('staff.search.heading')}
        </PageHeading>
        {activeUnit ? <Paragraph>{t('staff.search.intro', { unit: activeUnit.name })}</Paragraph> : null}
      </div>

      <form role="search" onSubmit={onSubmit} noValidate>
        <Field className="vk-search-form">
          <Label>{t('staff.search.label')}</Label>
          <Field.Description>{t('staff.search.description')}</Field.Description>
          <div className="vk-search-form__row">
            <Input
              value={identifier}
              onChange={(event) => {
                setIdentifier(event.target.value);
                if (missing) setMissing(false);
              }}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              name="identifier"
              aria-invalid={fieldMessage ? true : undefined}
            />
            <Button type="submit" loading={search.isPending} disabled={search.isPending}>
              {!search.isPending ? <SearchIcon className="vk-inline-icon" /> : null}
              {search.isPending ? t('staff.search.searching') : t('staff.search.submit')}
            </Button>
          </div>
          {fieldMessage ? <ValidationMessage>{fieldMessage}</ValidationMessage> : null}
        </Field>
      </form>

      <Alert data-color="info" data-size="sm">
        <Paragraph data-size="sm">{t('staff.search.logged')}</Paragraph>
      </Alert>

      {otherError ? <ErrorAlert error={otherError} /> : null}

      {last && !search.isPending && !search.isError ? (
        <section className="vk-section" aria-labelledby="results-heading">
          <Heading level={2} data-size="sm" id="results-heading">
            {t('staff.search.resultsHeading')}
          </Heading>
          <SearchResults results={last.results} />
        </section>
      ) : null}
    </div>
  );
}
