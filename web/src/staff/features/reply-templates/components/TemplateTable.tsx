import { Button, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';

interface Props {
  templates: readonly ReplyTemplate[];
  caption: string;
  /** Without these the list is read-only (the unit's templates, for staff). */
  onEdit?: (template: ReplyTemplate) => void;
  onDelete?: (template: ReplyTemplate) => void;
}

/** Templates with their shortcut and text. */
export function TemplateTable({ templates, caption, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const editable = Boolean(onEdit && onDelete);
  return (
    <div className="vk-table-wrap">
      <Table zebra border>
        <caption className="ds-sr-only">{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('staff.templates.table.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.templates.table.shortcut')}</Table.HeaderCell>
            <Table.HeaderCell>{t('staff.templates.table.body')}</Table.HeaderCell>
            {editable ? (
              <Table.HeaderCell>
                <span className="ds-sr-only">{t('staff.templates.table.actions')}</span>
              </Table.HeaderCell>
            ) : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {templates.map((template) => (
            <Table.Row key={template.id}>
              <Table.Cell>{template.title}</Table.Cell>
              <Table.Cell className="vk-identifier">{template.shortcut ? `/${template.shortcut}` : <span className="vk-muted">{t('staff.templates.table.noShortcut')}</span>}</Table.Cell>
              <Table.Cell>
                <span className="vk-template-body">{template.body}</span>
              </Table.Cell>
              {onEdit && onDelete ? (
                <Table.Cell>
                  <div className="vk-table-actions">
                    <Button variant="tertiary" data-size="sm" onClick={() => onEdit(template)}>
                      {t('staff.templates.edit')}
                      <span className="ds-sr-only"> {template.title}</span>
                    </Button>
                    <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => onDelete(template)}>
                      {t('staff.templates.delete')}
                      <span className="ds-sr-only"> {template.title}</span>
                    </Button>
                  </div>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
