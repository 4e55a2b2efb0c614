import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/portal.css';
import '../shared/styles/base.css';
import './styles/admin.css';
import './styles/messages.css';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from '../shared/api/query-client.ts';
import { initI18n } from '../shared/i18n/index.ts';
import { AppProviders } from '../shared/ui/AppProviders.tsx';
import { StaffApp } from './StaffApp.tsx';

const i18n = initI18n();
const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');

createRoot(container).render(
  <AppProviders i18n={i18n} queryClient={queryClient} basename="/portal">
    <StaffApp />
  </AppProviders>,
);
