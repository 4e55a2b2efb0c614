import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useSignOut } from '../../shared/auth/hooks/useSignOut.ts';
import type { residentPrincipal } from '../../shared/contracts.ts';
import { BuildingIcon, CalendarIcon, CogIcon, EyeIcon, HomeIcon, ServiceMark, SignOutIcon } from '../../shared/ui/icons.tsx';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';
import { MAIN_ID, SkipLink } from '../../shared/ui/SkipLink.tsx';
import { ActingForBar } from '../features/acting-for/components/ActingForBar.tsx';
import { residentPaths } from '../paths.ts';

type ResidentPrincipal = z.infer<typeof residentPrincipal>;

interface ResidentLayoutProps {
  principal: ResidentPrincipal | null;
}

/**
 * Header with the service name, language switch and sign-out; the main menu is a tab bar at the
 * bottom on phones and a bar under the header on wider screens (one <nav>, styled per width).
 */
export function ResidentLayout({ principal }: ResidentLayoutProps) {
  const { t } = useTranslation();
  const signOut = useSignOut(residentPaths.home);

  const navItems = [
    { to: residentPaths.home, label: t('resident.nav.home'), icon: <HomeIcon />, end: true },
    { to: residentPaths.bookings, label: t('resident.nav.bookings'), icon: <CalendarIcon />, end: false },
    { to: residentPaths.careUnits, label: t('resident.nav.careUnits'), icon: <BuildingIcon />, end: false },
    { to: residentPaths.accessLog, label: t('resident.nav.accessLog'), icon: <EyeIcon />, end: false },
    { to: residentPaths.settings, label: t('resident.nav.settings'), icon: <CogIcon />, end: false },
  ];

  return (
    <div className={principal ? 'vk-layout vk-layout--resident vk-layout--with-nav' : 'vk-layout vk-layout--resident'}>
      <SkipLink />
      <header className="vk-header">
        <div className="vk-header__inner">
          <Link to={residentPaths.home} className="vk-brand">
            <ServiceMark className="vk-brand__mark" />
            <span className="vk-brand__text">
              <span className="vk-brand__name">{t('common.serviceName')}</span>
              <span className="vk-brand__region">{t('common.regionName')}</span>
            </span>
          </Link>
          <div className="vk-header__actions">
            <LanguageSwitch />
            {principal ? (
              <button type="button" className="vk-header-button" onClick={() => signOut.mutate('here')} disabled={signOut.isPending}>
                <SignOutIcon />
                <span>{t('common.signOut')}</span>
              </button>
            ) : null}
          </div>
        </div>
      </header>
      {principal ? <ActingForBar /> : null}
      {principal ? (
        <nav className="vk-nav vk-nav--bottom" aria-label={t('resident.nav.label')}>
          <ul className="vk-nav__list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="vk-nav__link">
                  {item.icon}
                  <span>{item.label}</span>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <main id={MAIN_ID} className="vk-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
