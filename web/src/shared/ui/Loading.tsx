import { Spinner } from '@digdir/designsystemet-react';

interface LoadingProps {
  label: string;
  page?: boolean;
}

/** A spinner with visible text, announced politely. */
export function Loading({ label, page = false }: LoadingProps) {
  return (
    <div className={page ? 'vk-loading vk-loading--page' : 'vk-loading'} role="status">
      <Spinner aria-hidden="true" data-size="md" />
      <span>{label}</span>
    </div>
  );
}
