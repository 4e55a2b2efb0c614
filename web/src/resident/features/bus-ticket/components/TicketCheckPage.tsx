import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { useVerifyTicket } from '../hooks/useVerifyTicket.ts';
import { QrScanner } from './QrScanner.tsx';
import { TicketResult } from './TicketResult.tsx';

/**
 * Public page for the transport operator (no sign-in): type or scan a ticket's code and see at once
 * whether it holds now (R-BK-6). Nothing about the person is shown, only the ticket's window.
 */
export function TicketCheckPage() {
  const { t } = useTranslation();
  const verify = useVerifyTicket();
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [checks, setChecks] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);

  const check = (value: string) => verify.mutate(value.trim(), { onSuccess: () => setChecks((n) => n + 1) });
  const onScanned = (scanned: string) => {
    setCode(scanned);
    setMissing(false);
    check(scanned);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    check(code);
  };
  const another = () => {
    verify.reset();
    setCode('');
    field.current?.focus();
  };

  return (
    <div className="vk-stack vk-stack--lg">
      <div className="vk-stack">
        <PageHeading title={t('resident.ticketCheck.title')} />
        <Paragraph>{t('resident.ticketCheck.intro')}</Paragraph>
      </div>
      {verify.data ? (
        <div className="vk-stack">
          <TicketResult result={verify.data} checkNumber={checks} />
          <div>
            <Button variant="secondary" onClick={another}>
              {t('resident.ticketCheck.another')}
            </Button>
          </div>
        </div>
      ) : null}
      <QrScanner onCode={onScanned} />
      <form onSubmit={onSubmit} noValidate className="vk-stack">
        <Textfield
          ref={field}
          multiline
          rows={3}
          label={t('resident.ticketCheck.codeLabel')}
          description={t('resident.ticketCheck.codeHint')}
          value={code}
          onChange={(event) => {
            setCode(event.target.value);
            setMissing(false);
            if (verify.data || verify.error) verify.reset();
          }}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          className="vk-code-field"
          error={missing ? t('resident.ticketCheck.codeMissing') : fieldError(t, verify.error, 'code')}
        />
        {verify.isError && !isFieldError(verify.error, ['code']) ? <ErrorAlert error={verify.error} /> : null}
        <div className="vk-actions">
          <Button type="submit" loading={verify.isPending} disabled={verify.isPending}>
            {t('resident.ticketCheck.check')}
          </Button>
        </div>
      </form>
    </div>
  );
}
