import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { i18n as I18n } from 'i18next';

interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  basename?: string;
  children: ReactNode;
}

export function AppProviders({ i18n, queryClient, basename, children }: AppProvidersProps) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter basename={basename}>{children}</BrowserRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
