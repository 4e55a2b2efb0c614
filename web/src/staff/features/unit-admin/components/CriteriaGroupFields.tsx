import { Button, Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isDraftGroup, newCriterion, newGroup, type DraftGroup, type DraftNode } from '../hooks/criteria-draft.ts';
import { CriterionFields, type FocusRequest } from './CriterionFields.tsx';

interface Props {
  group: DraftGroup;
  /** `criteria` for the top group, `criteria.items.1` for a nested one: the API's field paths. */
  path: string;
  legend: string;
  /** The group's place ("2", "2.1"); empty for the top group. */
  number: string;
  messages: Record<string, string>;
  /** The node whose first control should take focus (a new node, or the group a node was removed from). */
  focusRequest: FocusRequest;
  onReplace: (key: string, node: DraftNode | null) => void;
  onFocus: (key: string) => void;
  /** Nested groups only: the top group cannot be removed. */
  onRemove?: () => void;
}

/** A group of criteria joined by all/any, with its criteria and nested groups; nested groups repeat this. */
export function CriteriaGroupFields({ group, path, legend, number, messages, focusRequest, onReplace, onFocus, onRemove }: Props) {
  const { t } = useTranslation();
  const opSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (focusRequest?.key === group.key) opSelect.current?.focus();
  }, [focusRequest, group.key]);

  const add = (node: DraftNode) => {
    onReplace(group.key, { ...group, items: [...group.items, node] });
    onFocus(node.key);
  };
  const remove = (key: string) => {
    onReplace(key, null);
    onFocus(group.key);
  };
  const place = (index: number) => (number ? `${number}.${index + 1}` : String(index + 1));
  const nested = onRemove !== undefined;

  return (
    <Fieldset className={nested ? 'vk-criteria-group vk-criteria-group--nested' : 'vk-criteria-group'}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Field className="vk-field-narrow">
        <Label>{t('staff.criteria.editor.op')}</Label>
        <Select ref={opSelect} value={group.op} onChange={(e) => onReplace(group.key, { ...group, op: e.target.value === 'any' ? 'any' : 'all' })}>
          <Select.Option value="all">{t('staff.criteria.editor.opAll')}</Select.Option>
          <Select.Option value="any">{t('staff.criteria.editor.opAny')}</Select.Option>
        </Select>
      </Field>

      {group.items.length === 0 ? (
        <Paragraph data-size="sm" className="vk-muted">
          {group.op === 'all' ? t('staff.criteria.editor.emptyAll') : t('staff.criteria.editor.emptyAny')}
        </Paragraph>
      ) : (
        <ol className="vk-list-reset vk-criteria-items">
          {group.items.map((node, index) => (
            <li key={node.key}>
              {isDraftGroup(node) ? (
                <CriteriaGroupFields
                  group={node}
                  path={`${path}.items.${index}`}
                  legend={t('staff.criteria.editor.groupLegend', { number: place(index) })}
                  number={place(index)}
                  messages={messages}
                  focusRequest={focusRequest}
                  onReplace={onReplace}
                  onFocus={onFocus}
                  onRemove={() => remove(node.key)}
                />
              ) : (
                <CriterionFields
                  node={node}
                  path={`${path}.items.${index}`}
                  number={place(index)}
                  messages={messages}
                  focusRequest={focusRequest}
                  onChange={(changed) => onReplace(node.key, changed)}
                  onRemove={() => remove(node.key)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {messages[path] ? <ValidationMessage>{messages[path]}</ValidationMessage> : null}

      <div className="vk-row">
        <Button type="button" variant="secondary" data-size="sm" onClick={() => add(newCriterion())}>
          {t('staff.criteria.editor.addCriterion')}
          {nested ? <span className="ds-sr-only"> {legend}</span> : null}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => add(newGroup())}>
          {t('staff.criteria.editor.addGroup')}
          {nested ? <span className="ds-sr-only"> {legend}</span> : null}
        </Button>
        {onRemove ? (
          <Button type="button" variant="tertiary" data-size="sm" data-color="danger" onClick={onRemove}>
            {t('staff.criteria.editor.removeGroup')}
            <span className="ds-sr-only"> {legend}</span>
          </Button>
        ) : null}
      </div>
    </Fieldset>
  );
}
