import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentDocument } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTime } from '../../../../shared/i18n/format.ts';
import { FileIcon } from '../../../../shared/ui/icons.tsx';
import { residentLinks } from '../../../paths.ts';

/** One document in the list, as a link: kind, title, unit, when, and an unread mark. */
export function DocumentCard({ document: d }: { document: ResidentDocument }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unread = d.readAt === null;
  return (
    <Card data-color={unread ? 'accent' : 'neutral'} asChild>
      <RouterLink to={residentLinks.document(d.id)}>
        <div className="vk-shortcut">
          <FileIcon />
          <div className="vk-stack vk-stack--sm">
            <Paragraph data-size="sm" className="vk-muted">
              {t(`enums.documentKind.${d.kind}`)} · {d.unitName}
            </Paragraph>
            <Heading level={2} data-size="xs" className="vk-card-title">
              {d.title}
            </Heading>
            <Paragraph data-size="sm" className="vk-muted">
              {t('documents.resident.sent', { time: formatDateTime(d.sentAt, language) })}
            </Paragraph>
            {unread ? (
              <div className="vk-tags">
                <Tag data-color="danger">{t('documents.resident.unread')}</Tag>
              </div>
            ) : null}
          </div>
        </div>
      </RouterLink>
    </Card>
  );
}
