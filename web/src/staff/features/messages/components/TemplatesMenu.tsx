import { Dropdown } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';
import { staffPaths } from '../../../paths.ts';

/** R-MS-8: every template to pick from with the mouse or the keyboard, for those who do not use "/". */
export function TemplatesMenu({ templates, onInsert }: { templates: readonly ReplyTemplate[]; onInsert: (template: ReplyTemplate) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Dropdown.TriggerContext>
      <Dropdown.Trigger variant="tertiary" data-size="sm" type="button">
        {t('staff.messages.composer.templates.button')}
      </Dropdown.Trigger>
      <Dropdown open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)} placement="top-start" data-color="neutral">
        <Dropdown.Heading>{t('staff.messages.composer.templates.menuHeading')}</Dropdown.Heading>
        <Dropdown.List>
          {templates.map((template) => (
            <Dropdown.Item key={template.id}>
              <Dropdown.Button
                type="button"
                onClick={() => {
                  setOpen(false);
                  onInsert(template);
                }}
              >
                <span className="vk-template-option__title">{template.title}</span>
                {template.shortcut ? <span className="vk-template-option__shortcut">/{template.shortcut}</span> : null}
              </Dropdown.Button>
            </Dropdown.Item>
          ))}
          {templates.length === 0 ? (
            <Dropdown.Item>
              <Dropdown.Button asChild>
                <RouterLink to={staffPaths.templates}>{t('staff.messages.composer.templates.none')}</RouterLink>
              </Dropdown.Button>
            </Dropdown.Item>
          ) : null}
        </Dropdown.List>
      </Dropdown>
    </Dropdown.TriggerContext>
  );
}
