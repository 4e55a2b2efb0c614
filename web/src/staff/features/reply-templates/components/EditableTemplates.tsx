import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import type { TemplateActions } from '../hooks/useTemplates.ts';
import { DeleteTemplateDialog } from './DeleteTemplateDialog.tsx';
import { TemplateDialog } from './TemplateDialog.tsx';
import { TemplateTable } from './TemplateTable.tsx';

interface Props {
  id: string;
  heading: string;
  intro: string;
  empty: string;
  templates: readonly ReplyTemplate[];
  actions: TemplateActions;
}

type Dialog = { kind: 'edit'; template: ReplyTemplate | null } | { kind: 'delete'; template: ReplyTemplate } | null;

/** A list of templates one may keep: add, change and remove (mine on the templates page, the unit's on its admin page). */
export function EditableTemplates({ id, heading, intro, empty, templates, actions }: Props) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<'added' | 'saved' | 'deleted' | null>(null);
  const open = (next: Dialog) => {
    setDone(null);
    setDialog(next);
  };

  return (
    <section className="vk-section" aria-labelledby={id}>
      <div className="vk-page-head">
        <Heading level={2} data-size="sm" id={id}>
          {heading}
        </Heading>
        <Button variant="secondary" onClick={() => open({ kind: 'edit', template: null })}>
          {t('staff.templates.add')}
        </Button>
      </div>
      <Paragraph>{intro}</Paragraph>
      <p role="status" className="vk-status">
        {done ? t(`staff.templates.done.${done}`) : null}
      </p>
      {templates.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <TemplateTable templates={templates} caption={heading} onEdit={(template) => open({ kind: 'edit', template })} onDelete={(template) => open({ kind: 'delete', template })} />
      )}
      {dialog?.kind === 'edit' ? (
        <TemplateDialog
          template={dialog.template}
          actions={actions}
          onClose={(saved) => {
            setDone(saved ? (dialog.template ? 'saved' : 'added') : null);
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteTemplateDialog
          template={dialog.template}
          actions={actions}
          onClose={(deleted) => {
            setDone(deleted ? 'deleted' : null);
            setDialog(null);
          }}
        />
      ) : null}
    </section>
  );
}
