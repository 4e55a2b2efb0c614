import type { ReactNode, SVGProps } from 'react';

/** Small line icons drawn for this app (decorative: always aria-hidden; the text beside them carries the meaning). */
type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

function Icon({ children, ...props }: IconProps & { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {children}
    </svg>
  );
}

export const HomeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 10.5 12 3.75l8.5 6.75" />
    <path d="M5.75 9v11.25h4.5v-6h3.5v6h4.5V9" />
  </Icon>
);

export const CalendarIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="3.75" y="5.25" width="16.5" height="15" rx="2" />
    <path d="M3.75 9.75h16.5M8.25 3v4.5M15.75 3v4.5" />
    <path d="M8 13.5h2M14 13.5h2M8 16.75h2" />
  </Icon>
);

export const EyeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M2.25 12S5.75 5.25 12 5.25 21.75 12 21.75 12 18.25 18.75 12 18.75 2.25 12 2.25 12z" />
    <circle cx="12" cy="12" r="3" />
  </Icon>
);

export const CogIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="3" />
    <path d="M19.4 15a1.65 1.65 0 0 0 .33 1.82l.06.06a2 2 0 1 1-2.83 2.83l-.06-.06a1.65 1.65 0 0 0-1.82-.33 1.65 1.65 0 0 0-1 1.51V21a2 2 0 0 1-4 0v-.09A1.65 1.65 0 0 0 9 19.4a1.65 1.65 0 0 0-1.82.33l-.06.06a2 2 0 1 1-2.83-2.83l.06-.06A1.65 1.65 0 0 0 4.68 15a1.65 1.65 0 0 0-1.51-1H3a2 2 0 0 1 0-4h.09A1.65 1.65 0 0 0 4.6 9a1.65 1.65 0 0 0-.33-1.82l-.06-.06a2 2 0 1 1 2.83-2.83l.06.06A1.65 1.65 0 0 0 9 4.68a1.65 1.65 0 0 0 1-1.51V3a2 2 0 0 1 4 0v.09a1.65 1.65 0 0 0 1 1.51 1.65 1.65 0 0 0 1.82-.33l.06-.06a2 2 0 1 1 2.83 2.83l-.06.06A1.65 1.65 0 0 0 19.4 9a1.65 1.65 0 0 0 1.51 1H21a2 2 0 0 1 0 4h-.09a1.65 1.65 0 0 0-1.51 1z" />
  </Icon>
);

export const SignOutIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9.75 20.25H5.25a1.5 1.5 0 0 1-1.5-1.5V5.25a1.5 1.5 0 0 1 1.5-1.5h4.5" />
    <path d="M15.75 16.5 20.25 12l-4.5-4.5M20.25 12H9.75" />
  </Icon>
);

export const GlobeIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="12" r="8.75" />
    <path d="M3.25 12h17.5M12 3.25c2.4 2.5 3.6 5.4 3.6 8.75S14.4 18.25 12 20.75C9.6 18.25 8.4 15.35 8.4 12S9.6 5.75 12 3.25z" />
  </Icon>
);

export const MapPinIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 21s-6.75-6.1-6.75-11.25a6.75 6.75 0 0 1 13.5 0C18.75 14.9 12 21 12 21z" />
    <circle cx="12" cy="9.75" r="2.5" />
  </Icon>
);

export const PhoneIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M8.3 3.75H5.25a1.5 1.5 0 0 0-1.5 1.64 16.5 16.5 0 0 0 14.86 14.86 1.5 1.5 0 0 0 1.64-1.5V15.7a1 1 0 0 0-.76-.97l-3.2-.8a1 1 0 0 0-.95.26l-1.6 1.6a12.8 12.8 0 0 1-5.53-5.53l1.6-1.6a1 1 0 0 0 .26-.95l-.8-3.2a1 1 0 0 0-.97-.76z" />
  </Icon>
);

export const VideoIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2.75" y="6" width="13" height="12" rx="2" />
    <path d="m15.75 10.5 5.5-3.25v9.5l-5.5-3.25" />
  </Icon>
);

export const BuildingIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.5 20.25V5.25a1.5 1.5 0 0 1 1.5-1.5h7.5a1.5 1.5 0 0 1 1.5 1.5v15M15 9.75h3a1.5 1.5 0 0 1 1.5 1.5v9M3 20.25h18" />
    <path d="M8.25 7.5h3M8.25 11.25h3M8.25 15h3M9.75 7.5v0" />
  </Icon>
);

export const ChartIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.75 3.75v16.5h16.5" />
    <path d="M7.5 16.5v-4.5M11.25 16.5V8.25M15 16.5v-6M18.75 16.5V6" />
  </Icon>
);

export const PersonIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="12" cy="8" r="4" />
    <path d="M4.5 20.25c.9-3.6 3.9-5.75 7.5-5.75s6.6 2.15 7.5 5.75" />
  </Icon>
);

export const InboxIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.75 13.5 6 5.25h12l2.25 8.25v5.25a1.5 1.5 0 0 1-1.5 1.5H5.25a1.5 1.5 0 0 1-1.5-1.5z" />
    <path d="M3.75 13.5h4.5l1.5 2.25h4.5l1.5-2.25h4.5" />
  </Icon>
);

export const SearchIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="10.5" cy="10.5" r="6.25" />
    <path d="m15.25 15.25 5 5" />
  </Icon>
);

export const ShieldIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M12 3 4.5 6v5.25c0 4.6 3.2 8.5 7.5 9.75 4.3-1.25 7.5-5.15 7.5-9.75V6z" />
    <path d="m9 12 2.25 2.25L15.5 10" />
  </Icon>
);

export const PreparationIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="5.25" y="4.5" width="13.5" height="16.5" rx="1.5" />
    <path d="M9 4.5V3h6v1.5M8.75 10.5h6.5M8.75 14h6.5M8.75 17.5h4" />
  </Icon>
);

export const TicketIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.75 7.5a1.5 1.5 0 0 1 1.5-1.5h13.5a1.5 1.5 0 0 1 1.5 1.5v2.25a2.25 2.25 0 0 0 0 4.5v2.25a1.5 1.5 0 0 1-1.5 1.5H5.25a1.5 1.5 0 0 1-1.5-1.5v-2.25a2.25 2.25 0 0 0 0-4.5z" />
    <path d="M14.25 6v2.25M14.25 11v2M14.25 15.75V18" />
  </Icon>
);

export const CameraIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.75 8.25a1.5 1.5 0 0 1 1.5-1.5h2.5l1.5-2.25h5.5l1.5 2.25h2.5a1.5 1.5 0 0 1 1.5 1.5v9.75a1.5 1.5 0 0 1-1.5 1.5H5.25a1.5 1.5 0 0 1-1.5-1.5z" />
    <circle cx="12" cy="12.75" r="3.5" />
  </Icon>
);

/** A heart in a rounded square: the service's mark. */
export const ServiceMark = (p: IconProps) => (
  <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" {...p}>
    <rect width="32" height="32" rx="7" fill="#fff" />
    <path d="M16 25.5s-9-5.6-9-12A4.8 4.8 0 0 1 16 11a4.8 4.8 0 0 1 9 2.5c0 6.4-9 12-9 12z" fill="#0062ba" />
  </svg>
);

export const ChatIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.5 5.25h15a1.5 1.5 0 0 1 1.5 1.5v9a1.5 1.5 0 0 1-1.5 1.5H9.75L5.25 21v-3.75h-.75A1.5 1.5 0 0 1 3 15.75v-9a1.5 1.5 0 0 1 1.5-1.5z" />
    <path d="M7.5 9.75h9M7.5 13.25h6" />
  </Icon>
);

export const PaperclipIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="m20.25 11.25-8.1 8.1a5.25 5.25 0 0 1-7.43-7.43l8.49-8.48a3.5 3.5 0 0 1 4.95 4.95l-8.49 8.48a1.75 1.75 0 0 1-2.47-2.47l7.78-7.78" />
  </Icon>
);

export const FileIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M13.5 3H6.75a1.5 1.5 0 0 0-1.5 1.5v15a1.5 1.5 0 0 0 1.5 1.5h10.5a1.5 1.5 0 0 0 1.5-1.5V8.25z" />
    <path d="M13.5 3v5.25h5.25M8.75 13h6.5M8.75 16.5h4.5" />
  </Icon>
);

export const SendIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M20.25 3.75 10.5 13.5M20.25 3.75l-6 16.5-3.75-6.75-6.75-3.75z" />
  </Icon>
);
