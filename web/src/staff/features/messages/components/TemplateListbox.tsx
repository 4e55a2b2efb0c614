import { useTranslation } from 'react-i18next';
import type { useTemplateCompletion } from '../../reply-templates/hooks/useTemplateCompletion.ts';

type Completion = ReturnType<typeof useTemplateCompletion>;

/** The templates matching what follows "/", under the reply box; the box keeps focus and points at the active one. */
export function TemplateListbox({ id, completion }: { id: string; completion: Completion }) {
  const { t } = useTranslation();
  return (
    <>
      {completion.open ? (
        <ul role="listbox" id={id} className="vk-list-reset vk-template-list" aria-label={t('staff.messages.composer.templates.listLabel')}>
          {completion.options.map((template, index) => (
            <li
              key={template.id}
              id={completion.optionId(index)}
              role="option"
              aria-selected={index === completion.active}
              className="vk-template-option"
              // Keeps focus in the reply box, where the keyboard works the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => completion.choose(template)}
            >
              <span className="vk-template-option__title">{template.title}</span>
              {template.shortcut ? <span className="vk-template-option__shortcut">/{template.shortcut}</span> : null}
              <span className="vk-template-option__scope">{t(`staff.templates.scope.${template.scope}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {completion.noMatch !== null ? <p className="vk-template-nomatch">{t('staff.messages.composer.templates.noMatch', { query: completion.noMatch })}</p> : null}
      <p role="status" className="ds-sr-only">
        {completion.open ? t('staff.messages.composer.templates.shown', { count: completion.options.length }) : ''}
      </p>
    </>
  );
}
