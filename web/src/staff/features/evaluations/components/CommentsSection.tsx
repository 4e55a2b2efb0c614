import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EvaluationSummaryResponse } from '../../../../shared/contracts.ts';
import { useLanguage } from '../../../../shared/hooks/useLanguage.ts';
import { formatDateTimeShort } from '../../../../shared/i18n/format.ts';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';

/** The latest free-text comments, newest first; who wrote them is not kept (R-MS-9). */
export function CommentsSection({ comments }: { comments: EvaluationSummaryResponse['comments'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="vk-section" aria-labelledby="evaluation-comments">
      <Heading level={2} data-size="sm" id="evaluation-comments">
        {t('staff.evaluations.commentsHeading')}
      </Heading>
      {comments.length === 0 ? (
        <EmptyState>{t('staff.evaluations.noComments')}</EmptyState>
      ) : (
        <ul className="vk-list-reset vk-comments">
          {comments.map((comment, i) => (
            <li key={`${comment.at}-${i}`} className="vk-comment">
              <blockquote className="vk-comment__text">{comment.text}</blockquote>
              <p className="vk-muted">
                <time dateTime={comment.at}>{formatDateTimeShort(comment.at, language)}</time>
                {' · '}
                {comment.errand ? t(`staff.messages.errands.${comment.errand}`) : t('staff.messages.startedByCare')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
