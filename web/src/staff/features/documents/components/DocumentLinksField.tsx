import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageLink } from '../../../../shared/contracts.ts';

/** Links to preparation pages (https only, checked by the server too), added one at a time. */
export function DocumentLinksField({ links, onChange, error }: { links: MessageLink[]; onChange: (links: MessageLink[]) => void; error?: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const add = () => {
    if (!title.trim() || !url.trim()) return;
    onChange([...links, { title: title.trim(), url: url.trim() }]);
    setTitle('');
    setUrl('');
  };
  return (
    <Fieldset>
      <Fieldset.Legend>{t('documents.staff.links')}</Fieldset.Legend>
      {links.length ? (
        <ul className="vk-list-reset vk-stack vk-stack--sm">
          {links.map((l, i) => (
            <li key={`${l.url}-${i}`} className="vk-row">
              <span>
                {l.title} – {l.url}
              </span>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(links.filter((_, j) => j !== i))}>
                {t('documents.staff.removeLink', { title: l.title })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="vk-form-grid">
        <Textfield label={t('documents.staff.linkTitle')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
        <Textfield label={t('documents.staff.linkUrl')} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={add}>
          {t('documents.staff.addLink')}
        </Button>
      </div>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
