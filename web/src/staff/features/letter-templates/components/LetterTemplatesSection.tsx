import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, isFieldError } from '../../../../shared/api/error-message.ts';
import type { LetterTemplate } from '../../../../shared/contracts.ts';
import { DialogActions } from '../../../../shared/ui/DialogActions.tsx';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { ModalDialog } from '../../../../shared/ui/ModalDialog.tsx';
import { useLetterTemplates, useSaveLetterTemplate } from '../hooks/useLetterTemplates.ts';

/** R-DC-2: the unit's letter templates with their control codes; system administrators add and change them. */
export function LetterTemplatesSection({ unitId, canEdit }: { unitId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const templates = useLetterTemplates(unitId);
  const [editing, setEditing] = useState<LetterTemplate | 'new' | null>(null);
  const list = templates.data?.templates ?? [];
  return (
    <section className="vk-section" aria-labelledby="unit-letter-templates">
      <Heading level={2} data-size="sm" id="unit-letter-templates">
        {t('documents.letterTemplates.title')}
      </Heading>
      <Paragraph>{t('documents.letterTemplates.intro')}</Paragraph>
      {templates.isPending ? <Loading label={t('common.loading')} /> : null}
      {templates.isError ? <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} /> : null}
      {templates.data && list.length === 0 ? <EmptyState>{t('documents.letterTemplates.none')}</EmptyState> : null}
      {list.length ? (
        <div className="vk-table-wrap">
          <Table zebra border>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('documents.letterTemplates.titleLabel')}</Table.HeaderCell>
                <Table.HeaderCell>{t('documents.letterTemplates.controlCode')}</Table.HeaderCell>
                {canEdit ? <Table.HeaderCell><span className="ds-sr-only">{t('documents.letterTemplates.save')}</span></Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((template) => (
                <Table.Row key={template.id}>
                  <Table.Cell>{template.title}</Table.Cell>
                  <Table.Cell>{template.controlCode ? <Tag data-color="success">{template.controlCode}</Tag> : <Tag data-color="warning">{t('documents.letterTemplates.noCode')}</Tag>}</Table.Cell>
                  {canEdit ? (
                    <Table.Cell>
                      <Button variant="tertiary" data-size="sm" onClick={() => setEditing(template)}>
                        {t('documents.letterTemplates.edit', { title: template.title })}
                      </Button>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
      {canEdit ? (
        <Button variant="secondary" onClick={() => setEditing('new')}>
          {t('documents.letterTemplates.add')}
        </Button>
      ) : null}
      <ModalDialog open={editing !== null} onClose={() => setEditing(null)} title={editing === 'new' ? t('documents.letterTemplates.dialogAdd') : t('documents.letterTemplates.dialogEdit')}>
        {editing ? <TemplateForm unitId={unitId} template={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      </ModalDialog>
    </section>
  );
}

function TemplateForm({ unitId, template, onDone }: { unitId: string; template: LetterTemplate | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveLetterTemplate(unitId);
  const [title, setTitle] = useState(template?.title ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [controlCode, setControlCode] = useState(template?.controlCode ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ templateId: template?.id ?? null, body: { title, body, controlCode: controlCode.trim() || null } }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="vk-dialog-form">
      <Textfield label={t('documents.letterTemplates.titleLabel')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(t, save.error, 'title')} maxLength={120} />
      <Textfield multiline rows={6} label={t('documents.letterTemplates.body')} value={body} onChange={(e) => setBody(e.target.value)} error={fieldError(t, save.error, 'body')} />
      <Textfield label={t('documents.letterTemplates.controlCode')} description={t('documents.letterTemplates.controlCodeHint')} value={controlCode} onChange={(e) => setControlCode(e.target.value.toUpperCase())} error={fieldError(t, save.error, 'controlCode')} maxLength={20} />
      {save.error && !isFieldError(save.error, ['title', 'body', 'controlCode']) ? <ErrorAlert error={save.error} /> : null}
      <DialogActions confirmLabel={t('documents.letterTemplates.save')} pending={save.isPending} onCancel={onDone} />
    </form>
  );
}
