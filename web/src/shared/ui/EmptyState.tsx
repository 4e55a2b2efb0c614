import type { ReactNode } from 'react';
import { InboxIcon } from './icons.tsx';

interface EmptyStateProps {
  children: ReactNode;
  hint?: ReactNode;
  icon?: ReactNode;
}

export function EmptyState({ children, hint, icon }: EmptyStateProps) {
  return (
    <div className="vk-empty">
      {icon ?? <InboxIcon />}
      <div className="vk-stack--sm vk-stack">
        <p>{children}</p>
        {hint ? <p className="vk-muted">{hint}</p> : null}
      </div>
    </div>
  );
}
