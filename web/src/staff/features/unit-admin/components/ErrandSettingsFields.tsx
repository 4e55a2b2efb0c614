import { Details, Field, Fieldset, Label, Select, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { profession, type Errand, type Profession } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { errands as allErrands, type ErrandDraft } from '../hooks/chat-settings-draft.ts';
import { QuestionnaireEditor } from './QuestionnaireEditor.tsx';

interface Props {
  errands: Record<Errand, ErrandDraft>;
  /** Messages by path inside the errand, e.g. `questionnaire.1.text.sv`. */
  messagesFor: (errand: Errand) => Record<string, string>;
  onChange: (errands: Record<Errand, ErrandDraft>) => void;
}

/** R-MS-4: which errands residents can start a chat with; each with the queue it goes to and the questions asked first. */
export function ErrandSettingsFields({ errands, messagesFor, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = (name: Errand, change: Partial<ErrandDraft>) => onChange({ ...errands, [name]: { ...errands[name], ...change } });
  const [expanded, setExpanded] = useState<ReadonlySet<Errand>>(new Set());
  const toggle = (name: Errand, open: boolean) => setExpanded((current) => new Set([...current].filter((e) => e !== name).concat(open ? [name] : [])));

  return (
    <Fieldset className="vk-settings-group">
      <Fieldset.Legend>{t('staff.chatSettings.errands.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('staff.chatSettings.errands.intro')}</Fieldset.Description>
      <ul className="vk-list-reset vk-stack">
        {allErrands.map((name) => {
          const errand = errands[name];
          const label = t(`staff.messages.errands.${name}`);
          const messages = messagesFor(name);
          const questionMessages = Object.fromEntries(Object.entries(messages).flatMap(([path, text]) => (path.startsWith('questionnaire.') ? [[path.slice('questionnaire.'.length), text]] : [])));
          return (
            <li key={name} className="vk-errand">
              <Switch label={label} checked={errand.on} onChange={(e) => set(name, { on: e.target.checked })} />
              {errand.on ? (
                <div className="vk-errand__settings">
                  <Field className="vk-field-narrow">
                    <Label>{t('staff.chatSettings.errands.queue', { errand: label.toLocaleLowerCase(language) })}</Label>
                    <Select value={errand.queue} onChange={(e) => set(name, { queue: e.target.value as Profession | '' })}>
                      <Select.Option value="">{t('staff.chatSettings.errands.commonQueue')}</Select.Option>
                      {profession.options.map((p) => (
                        <Select.Option key={p} value={p}>
                          {t(`enums.profession.${p}`)}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                  {/* Questions that need fixing are shown, so the messages (and focus) can reach them. */}
                  <Details open={expanded.has(name) || Object.keys(questionMessages).length > 0} onToggle={(e) => toggle(name, (e.target as HTMLDetailsElement).open)}>
                    <Details.Summary>{t('staff.chatSettings.errands.questions', { count: errand.questionnaire.length })}</Details.Summary>
                    <Details.Content>
                      <QuestionnaireEditor value={errand.questionnaire} onChange={(questionnaire) => set(name, { questionnaire })} messages={questionMessages} context={label} />
                    </Details.Content>
                  </Details>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Fieldset>
  );
}
