import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useAuthLoss } from '../shared/auth/hooks/useAuthLoss.ts';
import { useLiveSession } from '../shared/auth/hooks/useLiveSession.ts';
import { RealtimeContext } from '../shared/realtime/RealtimeContext.ts';
import { useSession } from '../shared/auth/hooks/useSession.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { Loading } from '../shared/ui/Loading.tsx';
import { NotFoundPage } from '../shared/ui/NotFoundPage.tsx';
import { ProxyEndedProvider, useProxyEnded } from './features/acting-for/hooks/useProxyEnded.tsx';
import { AccessLogPage } from './features/access-log/components/AccessLogPage.tsx';
import { BookingPage } from './features/bookings/components/BookingPage.tsx';
import { BookingsPage } from './features/bookings/components/BookingsPage.tsx';
import { RebookPage } from './features/bookings/components/RebookPage.tsx';
import { BusTicketPage } from './features/bus-ticket/components/BusTicketPage.tsx';
import { TicketCheckPage } from './features/bus-ticket/components/TicketCheckPage.tsx';
import { CareUnitsPage } from './features/care-units/components/CareUnitsPage.tsx';
import { HomePage } from './features/home/components/HomePage.tsx';
import { ConversationPage } from './features/messages/components/ConversationPage.tsx';
import { MessagesPage } from './features/messages/components/MessagesPage.tsx';
import { NewChatPage } from './features/messages/components/NewChatPage.tsx';
import { BookTypePage } from './features/self-booking/components/BookTypePage.tsx';
import { SelfBookingPage } from './features/self-booking/components/SelfBookingPage.tsx';
import { SettingsPage } from './features/settings/components/SettingsPage.tsx';
import { StartPage } from './features/sign-in/components/StartPage.tsx';
import { TermsPage } from './features/terms/components/TermsPage.tsx';
import { UnregisteredPage } from './features/unregister/components/UnregisteredPage.tsx';
import { UnregisterPage } from './features/unregister/components/UnregisterPage.tsx';
import { ResidentLayout } from './layout/ResidentLayout.tsx';
import { DocumentsPage } from './features/documents/components/DocumentsPage.tsx';
import { DocumentPage } from './features/documents/components/DocumentPage.tsx';
import { GuestMeetingPage } from './features/video-guest/components/GuestMeetingPage.tsx';
import { VideoMeetingPage } from './features/video/components/VideoMeetingPage.tsx';
import { residentPaths } from './paths.ts';
import './styles/messages.css';
import './styles/documents.css';

export function ResidentApp() {
  return (
    <ProxyEndedProvider>
      <ResidentRoutes />
    </ProxyEndedProvider>
  );
}

function ResidentRoutes() {
  const { t } = useTranslation();
  const session = useSession();
  const { handleProxyEnded } = useProxyEnded();
  useAuthLoss(residentPaths.home);
  // Blocks and ended proxy links take effect on an open page at once (R-ID-4, R-PX-6).
  const realtime = useLiveSession(session.data?.principal?.kind === 'resident', residentPaths.home, handleProxyEnded);

  if (session.isPending) return <Loading page label={t('common.loading')} />;
  if (session.isError) {
    return (
      <main className="vk-main">
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  }

  const principal = session.data.principal?.kind === 'resident' ? session.data.principal : null;
  const staffSignedIn = session.data.principal?.kind === 'staff';
  const guard = (page: ReactNode) => (principal ? page : <Navigate to={residentPaths.home} replace />);

  return (
    <RealtimeContext.Provider value={realtime}>
      <Routes>
        <Route element={<ResidentLayout principal={principal} />}>
          <Route index element={principal ? <HomePage principal={principal} /> : <StartPage staffSignedIn={staffSignedIn} />} />
          <Route path={residentPaths.terms} element={principal ? <Navigate to={residentPaths.home} replace /> : <TermsPage />} />
          <Route path={residentPaths.bookings} element={guard(<BookingsPage />)} />
          <Route path={residentPaths.booking} element={guard(<BookingPage />)} />
          <Route path={residentPaths.rebook} element={guard(<RebookPage />)} />
          <Route path={residentPaths.busTicket} element={guard(<BusTicketPage />)} />
          <Route path={residentPaths.videoMeeting} element={guard(<VideoMeetingPage />)} />
          <Route path={residentPaths.videoGuest} element={<GuestMeetingPage />} />
          <Route path={residentPaths.selfBooking} element={guard(<SelfBookingPage />)} />
          <Route path={residentPaths.selfBookingType} element={guard(<BookTypePage />)} />
          <Route path={residentPaths.messages} element={guard(<MessagesPage />)} />
          <Route path={residentPaths.newMessage} element={guard(<NewChatPage />)} />
          <Route path={residentPaths.conversation} element={guard(<ConversationPage />)} />
          <Route path={residentPaths.documents} element={guard(<DocumentsPage />)} />
          <Route path={residentPaths.document} element={guard(<DocumentPage />)} />
          <Route path={residentPaths.careUnits} element={guard(<CareUnitsPage />)} />
          <Route path={residentPaths.accessLog} element={guard(<AccessLogPage />)} />
          <Route path={residentPaths.settings} element={guard(<SettingsPage />)} />
          <Route path={residentPaths.unregister} element={guard(<UnregisterPage />)} />
          <Route path={residentPaths.unregistered} element={<UnregisteredPage />} />
          {/* Public: the transport operator checks tickets without an account (R-BK-6). */}
          <Route path={residentPaths.ticketCheck} element={<TicketCheckPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </RealtimeContext.Provider>
  );
}
