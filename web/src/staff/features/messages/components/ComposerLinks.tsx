import { Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageLink, type MessageLink } from '../../../../shared/contracts.ts';

/** A link to send with the message (R-MS-11): a text to show and an https address, checked as the API checks it. */
export function LinkForm({ onAdd, onCancel }: { onAdd: (link: MessageLink) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});

  const add = () => {
    const parsed = messageLink.safeParse({ title, url: url.trim() });
    if (parsed.success) {
      onAdd(parsed.data);
      return;
    }
    const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    setErrors({
      title: bad.has('title') ? t('staff.messages.composer.links.errors.title') : undefined,
      url: bad.has('url') ? t('staff.messages.composer.links.errors.url') : undefined,
    });
  };

  // Part of the message form: Enter here adds the link instead of sending the message.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };

  return (
    <fieldset className="vk-link-form">
      <legend>{t('staff.messages.composer.links.legend')}</legend>
      <div className="vk-form-grid">
        <Textfield label={t('staff.messages.composer.links.title')} value={title} onChange={(e) => setTitle(e.target.value)} onKeyDown={onKeyDown} error={errors.title} maxLength={120} />
        <Textfield label={t('staff.messages.composer.links.url')} description={t('staff.messages.composer.links.urlHint')} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} onKeyDown={onKeyDown} error={errors.url} />
      </div>
      <div className="vk-row">
        <Button type="button" variant="secondary" data-size="sm" onClick={add}>
          {t('staff.messages.composer.links.confirm')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}

/** The links going with the next message, each removable. */
export function LinkList({ links, onRemove }: { links: MessageLink[]; onRemove: (url: string) => void }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <ul className="vk-list-reset vk-uploads" aria-label={t('staff.messages.composer.links.label')}>
      {links.map((link) => (
        <li key={link.url} className="vk-upload">
          <span className="vk-upload__name">{link.title}</span>
          <span className="vk-muted">{link.url}</span>
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRemove(link.url)}>
            {t('staff.messages.composer.links.remove')}
            <span className="ds-sr-only"> {link.title}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
