import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnitDetail, CriteriaScope, UnitCriteria } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import { toDraft, type CriteriaEditing } from '../hooks/criteria-draft.ts';
import { criteriaSummary } from '../hooks/criteria-summary.ts';
import { useScopeName } from '../hooks/useScopeName.ts';
import { CriteriaEditor } from './CriteriaEditor.tsx';

interface Props {
  unit: AdminUnitDetail;
  editing: CriteriaEditing | null;
  onEditingChange: (editing: CriteriaEditing | null) => void;
}

/** R-UN-2: the criteria of the whole unit and of each function that is switched on, in words, each editable. */
export function CriteriaSection({ unit, editing, onEditingChange }: Props) {
  const { t } = useTranslation();
  // Criteria of a function that is off stay saved but do not matter until it is switched on again.
  const shown = unit.criteria.filter((entry) => entry.scope === 'unit' || unit.functions.includes(entry.scope));

  return (
    <section className="vk-section" aria-labelledby="unit-criteria">
      <Heading level={2} data-size="sm" id="unit-criteria">
        {t('staff.criteria.heading')}
      </Heading>
      <Paragraph>{t('staff.criteria.intro')}</Paragraph>
      <ul className="vk-list-reset vk-criteria-cards">
        {shown.map((entry) => (
          <li key={entry.scope} className={editing?.scope === entry.scope ? 'vk-criteria-cards__wide' : undefined}>
            <CriteriaCard
              unitId={unit.id}
              entry={entry}
              editing={editing?.scope === entry.scope ? editing : null}
              canEdit={editing === null}
              onEditingChange={onEditingChange}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface CardProps {
  unitId: string;
  entry: UnitCriteria;
  editing: CriteriaEditing | null;
  /** False while another scope is being edited: one draft at a time. */
  canEdit: boolean;
  onEditingChange: (editing: CriteriaEditing | null) => void;
}

function CriteriaCard({ unitId, entry, editing, canEdit, onEditingChange }: CardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scopeName = useScopeName()(entry.scope);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the editor, focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const open = (scope: CriteriaScope) => {
    setSaved(false);
    onEditingChange({ scope, draft: toDraft(entry.criteria) });
  };

  return (
    <Card data-color="neutral">
      <div className="vk-stack">
        <div className="vk-proxy__head">
          <Heading level={3} data-size="xs">
            {scopeName}
          </Heading>
          <span className="vk-muted">{entry.updatedAt ? t('staff.criteria.updated', { date: formatDateTimeShort(entry.updatedAt, language) }) : t('staff.criteria.neverUpdated')}</span>
        </div>
        {editing ? (
          <CriteriaEditor
            unitId={unitId}
            scope={entry.scope}
            scopeName={scopeName}
            draft={editing.draft}
            onChange={(draft) => onEditingChange({ scope: entry.scope, draft })}
            onClose={(didSave) => {
              setSaved(didSave);
              onEditingChange(null);
            }}
          />
        ) : (
          <>
            <Paragraph>{criteriaSummary(entry.criteria, t, language)}</Paragraph>
            {canEdit ? (
              <div>
                <Button ref={editButton} variant="secondary" data-size="sm" onClick={() => open(entry.scope)}>
                  {t('staff.criteria.edit')}
                  <span className="ds-sr-only"> {scopeName}</span>
                </Button>
              </div>
            ) : null}
          </>
        )}
        {/* Always in the page, so the message is announced when it appears. */}
        <p role="status" className="vk-status">
          {saved && !editing ? t('staff.criteria.saved') : null}
        </p>
      </div>
    </Card>
  );
}
