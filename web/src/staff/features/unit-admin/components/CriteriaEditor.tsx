import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/client.ts';
import type { CriteriaScope } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { fromDraft, placeFieldPath, replaceNode, validateDraft, type DraftErrors, type DraftGroup, type DraftNode } from '../hooks/criteria-draft.ts';
import { usePutCriteria } from '../hooks/useUnitActions.ts';
import { CriteriaGroupFields } from './CriteriaGroupFields.tsx';
import type { FocusRequest } from './CriterionFields.tsx';

interface Props {
  unitId: string;
  scope: CriteriaScope;
  scopeName: string;
  draft: DraftGroup;
  onChange: (draft: DraftGroup) => void;
  onClose: (saved: boolean) => void;
}

/** Edits one scope's criteria tree (R-UN-2); the draft lives with the page so the preview can try it before saving. */
export function CriteriaEditor({ unitId, scope, scopeName, draft, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const put = usePutCriteria(unitId);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [focusRequest, setFocusRequest] = useState<FocusRequest>(null);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // After a refused save, take the person to the first input that needs attention.
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, put.error]);

  const replace = (key: string, node: DraftNode | null) => {
    // Any change can move criteria to other paths, so earlier messages no longer point at the right place.
    setErrors({});
    if (put.isError) put.reset();
    onChange(key === draft.key && node && 'op' in node ? node : replaceNode(draft, key, node));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    put.mutate({ scope, criteria: fromDraft(draft) }, { onSuccess: () => onClose(true) });
  };

  const messages: Record<string, string> = {};
  for (const [path, key] of Object.entries(errors)) messages[path] = t(`staff.criteria.editor.errors.${key}`);
  const serverPath = isApiError(put.error) && put.error.field ? placeFieldPath(draft, put.error.field) : null;
  if (serverPath && isApiError(put.error)) messages[serverPath] ??= t(`errors.${put.error.code}`);
  const otherError = put.error && !serverPath ? put.error : null;

  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="vk-form">
      <CriteriaGroupFields
        group={draft}
        path="criteria"
        legend={t('staff.criteria.editor.legend', { scope: scopeName })}
        number=""
        messages={messages}
        focusRequest={focusRequest}
        onReplace={replace}
        onFocus={(key) => setFocusRequest({ key })}
      />
      {Object.keys(errors).length > 0 ? (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t('staff.criteria.editor.fixErrors')}</Paragraph>
        </Alert>
      ) : null}
      {otherError ? <ErrorAlert error={otherError} /> : null}
      <div className="vk-row">
        <Button type="submit" loading={put.isPending} disabled={put.isPending}>
          {t('staff.criteria.editor.save')}
        </Button>
        <Button type="button" variant="tertiary" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
