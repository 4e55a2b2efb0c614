import type { ReactNode, SVGProps } from 'react';

/** Line icons for messages, drawn like the app's others (decorative: the text beside them carries the meaning). */
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
