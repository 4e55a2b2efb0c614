import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { z } from 'zod';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { residentPrincipal } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { BuildingIcon, CalendarIcon, ChatIcon, CogIcon, EyeIcon, FileIcon } from '../../../../shared/ui/icons.tsx';
import { unreadDocuments, useDocuments } from '../../documents/hooks/useDocuments.ts';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { BookingList } from '../../bookings/components/BookingList.tsx';
import { useMyBookings } from '../../bookings/hooks/useMyBookings.ts';
import { unreadTotal, useConversations } from '../../messages/hooks/useConversations.ts';
import { useConversationsLive } from '../../messages/hooks/useConversationsLive.ts';

const UPCOMING_ON_HOME = 3;

/** Home: a greeting and the next bookings (with an empty state), plus shortcuts (booking a time first, then messages with the unread count). */
export function HomePage({ principal }: { principal: z.infer<typeof residentPrincipal> }) {
  const { t } = useTranslation();
  const bookings = useMyBookings();
  const upcoming = bookings.data?.upcoming ?? [];
  const unread = unreadTotal(useConversations().data);
  const unreadDocs = unreadDocuments(useDocuments().data);
  useConversationsLive();

  return (
    <div className="vk-stack vk-stack--lg">
      <PageHeading title={t('resident.home.title')}>{t('resident.home.greeting', { name: principal.givenName })}</PageHeading>

      <section className="vk-section" aria-labelledby="home-upcoming">
        <Heading level={2} data-size="sm" id="home-upcoming">
          {t('resident.home.upcomingHeading')}
        </Heading>
        {bookings.isPending ? <Loading label={t('resident.bookings.loading')} /> : null}
        {bookings.isError ? <ErrorAlert error={bookings.error} onRetry={() => void bookings.refetch()} /> : null}
        {bookings.data ? (
          <BookingList
            bookings={upcoming.slice(0, UPCOMING_ON_HOME)}
            empty={t('resident.bookings.emptyUpcoming')}
            emptyHint={t('resident.bookings.emptyUpcomingHint')}
          />
        ) : null}
        {bookings.data ? (
          <Paragraph>
            <Link asChild>
              <RouterLink to={residentPaths.bookings}>{t('resident.home.allBookings')}</RouterLink>
            </Link>
          </Paragraph>
        ) : null}
      </section>

      <section className="vk-section" aria-labelledby="home-shortcuts">
        <Heading level={2} data-size="sm" id="home-shortcuts">
          {t('resident.home.shortcutsHeading')}
        </Heading>
        <div className="vk-shortcuts">
          <ShortcutCard to={residentPaths.selfBooking} icon={<CalendarIcon />} title={t('resident.selfBooking.title')} text={t('resident.home.bookShortcut')} />
          <ShortcutCard
            to={residentPaths.messages}
            icon={<ChatIcon />}
            title={t('resident.messages.title')}
            text={t('resident.messages.shortcut.text')}
            badge={unread > 0 ? t('resident.messages.shortcut.unread', { count: unread }) : null}
          />
          <ShortcutCard
            to={residentPaths.documents}
            icon={<FileIcon />}
            title={t('documents.resident.title')}
            text={t('documents.resident.shortcut')}
            badge={unreadDocs > 0 ? t('documents.resident.shortcutUnread', { count: unreadDocs }) : null}
          />
          <ShortcutCard to={residentPaths.careUnits} icon={<BuildingIcon />} title={t('resident.careUnits.title')} text={t('resident.home.careUnitsShortcut')} />
          <ShortcutCard to={residentPaths.accessLog} icon={<EyeIcon />} title={t('resident.nav.accessLogLong')} text={t('resident.home.accessLogShortcut')} />
          <ShortcutCard to={residentPaths.settings} icon={<CogIcon />} title={t('resident.nav.settings')} text={t('resident.home.settingsShortcut')} />
        </div>
      </section>
    </div>
  );
}

function ShortcutCard({ to, icon, title, text, badge }: { to: string; icon: ReactNode; title: string; text: string; badge?: string | null }) {
  return (
    <Card data-color="neutral" asChild>
      <RouterLink to={to}>
        <div className="vk-shortcut">
          {icon}
          <div className="vk-stack vk-stack--sm">
            <Heading level={3} data-size="2xs">
              {title}
            </Heading>
            <Paragraph data-size="sm">{text}</Paragraph>
            {badge ? (
              <div className="vk-tags">
                <Tag data-color="danger">{badge}</Tag>
              </div>
            ) : null}
          </div>
        </div>
      </RouterLink>
    </Card>
  );
}
