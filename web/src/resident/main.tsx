import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import '../shared/styles/base.css';
import './styles/booking.css';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../shared/api/query-client.ts';
import { initI18n } from '../shared/i18n/index.ts';
import { AppProviders } from '../shared/ui/AppProviders.tsx';
import { ResidentApp } from './ResidentApp.tsx';
import { registerServiceWorker } from './service-worker.ts';

const i18n = initI18n();
const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <AppProviders i18n={i18n} queryClient={queryClient}>
    <ResidentApp />
  </AppProviders>,
);
registerServiceWorker();
