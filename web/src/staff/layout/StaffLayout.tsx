import { Dropdown } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSignOut } from '../../shared/auth/hooks/useSignOut.ts';
import type { StaffMeResponse } from '../../shared/contracts.ts';
import { BuildingIcon, CalendarIcon, ChartIcon, FileIcon, InboxIcon, PersonIcon, PreparationIcon, SearchIcon, ServiceMark, SignOutIcon, VideoIcon } from '../../shared/ui/icons.tsx';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';
import { MAIN_ID, SkipLink } from '../../shared/ui/SkipLink.tsx';
import { useInboxBadge } from '../features/messages/hooks/useInbox.ts';
import { UnitSwitcher } from '../features/units/components/UnitSwitcher.tsx';
import { portalAccess } from '../access.ts';
import { staffPaths } from '../paths.ts';

interface StaffLayoutProps {
  me: StaffMeResponse | null;
  children: ReactNode;
}

/** Portal header: service name, the staff member with a menu (sign out here or everywhere), language; a sub-header with the unit. */
export function StaffLayout({ me, children }: StaffLayoutProps) {
  const { t } = useTranslation();
  const signOut = useSignOut(staffPaths.search);
  const name = me ? `${me.givenName} ${me.familyName}` : '';

  return (
    <div className="vk-layout">
      <SkipLink />
      <header className="vk-header vk-portal-header">
        <div className="vk-header__inner">
          <Link to={staffPaths.search} className="vk-brand">
            <ServiceMark className="vk-brand__mark" />
            <span className="vk-brand__text">
              <span className="vk-brand__name">{t('common.portalName')}</span>
              <span className="vk-brand__region">
                {t('common.serviceName')} · {t('common.regionName')}
              </span>
            </span>
          </Link>
          <div className="vk-header__actions">
            <LanguageSwitch />
            {me ? (
              <Dropdown.TriggerContext>
                <Dropdown.Trigger className="vk-header-button vk-header-button--user" variant="tertiary" data-color="neutral">
                  <PersonIcon />
                  <span className="vk-header-button__label--optional">{name}</span>
                </Dropdown.Trigger>
                <Dropdown placement="bottom-end" data-color="neutral">
                  <Dropdown.Heading>{t('staff.header.signedInAs', { name, profession: t(`enums.profession.${me.profession}`).toLocaleLowerCase() })}</Dropdown.Heading>
                  <Dropdown.List>
                    <Dropdown.Item>
                      <Dropdown.Button onClick={() => signOut.mutate('here')}>
                        <SignOutIcon className="vk-inline-icon" />
                        {t('common.signOut')}
                      </Dropdown.Button>
                    </Dropdown.Item>
                    <Dropdown.Item>
                      <Dropdown.Button onClick={() => signOut.mutate('everywhere')}>
                        <SignOutIcon className="vk-inline-icon" />
                        {t('common.signOutEverywhere')}
                      </Dropdown.Button>
                    </Dropdown.Item>
                  </Dropdown.List>
                </Dropdown>
              </Dropdown.TriggerContext>
            ) : null}
          </div>
        </div>
      </header>
      {me && me.activeUnitId ? (
        <div className="vk-portal-subheader">
          <div className="vk-portal-subheader__inner">
            <StaffNav me={me} />
            <UnitSwitcher me={me} />
          </div>
        </div>
      ) : null}
      <main id={MAIN_ID} className="vk-main vk-main--wide" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** The portal's sections, by what the roles in the active unit open (the server checks every request anyway). */
function StaffNav({ me }: { me: StaffMeResponse }) {
  const { t } = useTranslation();
  const access = portalAccess(me);
  const waiting = useInboxBadge(me.activeUnitId, access.messages).data ?? 0;
  return (
    <nav aria-label={t('staff.nav.label')}>
      <ul className="vk-list-reset vk-subnav">
        {access.residents ? (
          <li>
            <NavLink to={staffPaths.search} end className="vk-subnav-link">
              <SearchIcon className="vk-inline-icon" />
              {t('staff.nav.search')}
            </NavLink>
          </li>
        ) : null}
        {access.messages ? (
          <>
            <li>
              <NavLink to={staffPaths.messages} className="vk-subnav-link">
                <InboxIcon className="vk-inline-icon" />
                {t('staff.nav.messages')}
                {waiting > 0 ? (
                  <span className="vk-count">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="ds-sr-only">{t('staff.nav.messagesWaiting', { count: waiting })}</span>
                  </span>
                ) : null}
              </NavLink>
            </li>
            <li>
              <NavLink to={staffPaths.templates} className="vk-subnav-link">
                <PreparationIcon className="vk-inline-icon" />
                {t('staff.nav.templates')}
              </NavLink>
            </li>
            <li>
              <NavLink to={staffPaths.evaluations} className="vk-subnav-link">
                <ChartIcon className="vk-inline-icon" />
                {t('staff.nav.evaluations')}
              </NavLink>
            </li>
          </>
        ) : null}
        {access.residents ? (
          <li>
            <NavLink to={staffPaths.printList} className="vk-subnav-link">
              <FileIcon className="vk-inline-icon" />
              {t('documents.printList.title')}
            </NavLink>
          </li>
        ) : null}
        {access.video ? (
          <li>
            <NavLink to={staffPaths.videoMeetings} className="vk-subnav-link">
              <VideoIcon className="vk-inline-icon" />
              {t('video.staff.nav')}
            </NavLink>
          </li>
        ) : null}
        {access.selfBookingTimes ? (
          <li>
            <NavLink to={staffPaths.selfBookingTimes} className="vk-subnav-link">
              <CalendarIcon className="vk-inline-icon" />
              {t('staff.nav.slots')}
            </NavLink>
          </li>
        ) : null}
        {access.units ? (
          <li>
            <NavLink to={staffPaths.adminUnits} className="vk-subnav-link">
              <BuildingIcon className="vk-inline-icon" />
              {t('staff.nav.units')}
            </NavLink>
          </li>
        ) : null}
        {access.statistics ? (
          <li>
            <NavLink to={staffPaths.statistics} className="vk-subnav-link">
              <ChartIcon className="vk-inline-icon" />
              {t('staff.nav.statistics')}
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
