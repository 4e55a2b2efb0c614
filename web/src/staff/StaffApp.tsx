import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useAuthLoss } from '../shared/auth/hooks/useAuthLoss.ts';
import { useLiveSession } from '../shared/auth/hooks/useLiveSession.ts';
import { RealtimeContext } from '../shared/realtime/RealtimeContext.ts';
import { useSession } from '../shared/auth/hooks/useSession.ts';
import type { StaffMeResponse } from '../shared/contracts.ts';
import { ErrorAlert } from '../shared/ui/ErrorAlert.tsx';
import { Loading } from '../shared/ui/Loading.tsx';
import { NotFoundPage } from '../shared/ui/NotFoundPage.tsx';
import { EvaluationsPage } from './features/evaluations/components/EvaluationsPage.tsx';
import { ConversationPage } from './features/messages/components/ConversationPage.tsx';
import { InboxPage } from './features/messages/components/InboxPage.tsx';
import { TemplatesPage } from './features/reply-templates/components/TemplatesPage.tsx';
import { ResidentOverviewPage } from './features/resident-overview/components/ResidentOverviewPage.tsx';
import { SearchPage } from './features/search/components/SearchPage.tsx';
import { SearchMemoryProvider } from './features/search/hooks/useSearchMemory.tsx';
import { SignInPage } from './features/sign-in/components/SignInPage.tsx';
import { PublishSlotsPage } from './features/staff-booking/components/PublishSlotsPage.tsx';
import { StatisticsPage } from './features/statistics/components/StatisticsPage.tsx';
import { ConnectUnitPage } from './features/unit-admin/components/ConnectUnitPage.tsx';
import { UnitAdminPage } from './features/unit-admin/components/UnitAdminPage.tsx';
import { UnitsAdminPage } from './features/unit-admin/components/UnitsAdminPage.tsx';
import { NoAccessPage } from './features/units/components/NoAccessPage.tsx';
import { UnitChooserPage } from './features/units/components/UnitChooserPage.tsx';
import { useChooseUnit } from './features/units/hooks/useChooseUnit.ts';
import { useStaffMe } from './features/units/hooks/useStaffMe.ts';
import { portalAccess } from './access.ts';
import { StaffMeetingPage } from './features/video/components/StaffMeetingPage.tsx';
import { VideoMeetingsPage } from './features/video/components/VideoMeetingsPage.tsx';
import { StaffLayout } from './layout/StaffLayout.tsx';
import { PrintListPage } from './features/print-list/components/PrintListPage.tsx';
import { staffPaths } from './paths.ts';

export function StaffApp() {
  return (
    <SearchMemoryProvider>
      <StaffRoutes />
    </SearchMemoryProvider>
  );
}

function StaffRoutes() {
  const { t } = useTranslation();
  const session = useSession();
  useAuthLoss(staffPaths.search);
  const signedIn = session.data?.principal?.kind === 'staff';
  const me = useStaffMe(signedIn);
  // Signed out elsewhere or timed out: the portal goes to sign-in at once.
  const realtime = useLiveSession(signedIn, staffPaths.search);

  if (session.isPending || (signedIn && me.isPending)) {
    return (
      <StaffLayout me={null}>
        <Loading page label={t('common.loading')} />
      </StaffLayout>
    );
  }
  const error = session.error ?? (signedIn ? me.error : null);
  if (error) {
    return (
      <StaffLayout me={null}>
        <ErrorAlert error={error} onRetry={() => void (session.isError ? session.refetch() : me.refetch())} />
      </StaffLayout>
    );
  }

  if (!signedIn || !me.data) {
    return (
      <StaffLayout me={null}>
        <Routes>
          <Route index element={<SignInPage residentSignedIn={session.data?.principal?.kind === 'resident'} />} />
          <Route path="*" element={<Navigate to={staffPaths.search} replace />} />
        </Routes>
      </StaffLayout>
    );
  }

  const staff = me.data;
  if (!staff.activeUnitId) {
    return (
      <StaffLayout me={staff}>
        {staff.units.length === 1 ? <AutoChooseOnlyUnit me={staff} /> : <UnitChooserPage me={staff} />}
      </StaffLayout>
    );
  }

  const access = portalAccess(staff);
  const allow = (allowed: boolean, page: ReactNode) => (allowed ? page : <NoAccessPage />);
  // Someone who only administers (no care role here) starts on the units page, not on a search they may not use.
  const start = access.units && !access.residents ? <Navigate to={staffPaths.adminUnits} replace /> : <SearchPage me={staff} />;

  return (
    // Outside the layout too: the menu's message count follows the inbox live.
    <RealtimeContext.Provider value={realtime}>
      <StaffLayout me={staff}>
        <Routes>
          <Route index element={start} />
          <Route path={staffPaths.chooseUnit} element={<UnitChooserPage me={staff} />} />
          <Route path="/invanare/:residentId" element={<ResidentOverviewPage />} />
          <Route path={staffPaths.messages} element={allow(access.messages, <InboxPage me={staff} />)} />
          <Route path="/meddelanden/:conversationId" element={allow(access.messages, <ConversationPage me={staff} />)} />
          <Route path={staffPaths.templates} element={allow(access.messages, <TemplatesPage me={staff} />)} />
          <Route path={staffPaths.evaluations} element={allow(access.messages, <EvaluationsPage me={staff} />)} />
          <Route path={staffPaths.adminUnits} element={allow(access.units, <UnitsAdminPage />)} />
          <Route path={staffPaths.connectUnit} element={allow(access.units, <ConnectUnitPage />)} />
          <Route path="/admin/enheter/:unitId" element={allow(access.units, <UnitAdminPage />)} />
          <Route path={staffPaths.statistics} element={allow(access.statistics, <StatisticsPage />)} />
          <Route path={staffPaths.printList} element={allow(access.residents, <PrintListPage me={staff} />)} />
          <Route path={staffPaths.videoMeetings} element={allow(access.video, <VideoMeetingsPage />)} />
          <Route path="/video/:meetingId" element={allow(access.video, <StaffMeetingPage />)} />
          <Route path={staffPaths.selfBookingTimes} element={allow(access.selfBookingTimes, <PublishSlotsPage me={staff} />)} />
          <Route path="*" element={<NotFoundPage app="portal" />} />
        </Routes>
      </StaffLayout>
    </RealtimeContext.Provider>
  );
}

/** With a single unit there is nothing to choose: work there. */
function AutoChooseOnlyUnit({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const choose = useChooseUnit();
  const started = useRef(false);
  const unitId = me.units[0]?.id;
  useEffect(() => {
    if (started.current || !unitId) return;
    started.current = true;
    choose.mutate(unitId);
  }, [choose, unitId]);
  if (choose.isError) return <ErrorAlert error={choose.error} onRetry={() => unitId && choose.mutate(unitId)} />;
  return <Loading page label={t('staff.units.choosing')} />;
}
