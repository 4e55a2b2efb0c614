import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { EmptyState } from '../../../../shared/ui/EmptyState.tsx';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { Loading } from '../../../../shared/ui/Loading.tsx';
import { PageHeading } from '../../../../shared/ui/PageHeading.tsx';
import { residentPaths } from '../../../paths.ts';
import { useRepresented } from '../../acting-for/hooks/useRepresented.ts';
import { useMyCareUnits } from '../../care-units/hooks/useMyCareUnits.ts';
import { BookingForNote } from '../../self-booking/components/BookingForNote.tsx';
import { useChatStartOptions } from '../hooks/useChatStartOptions.ts';
import { ChatIcon } from '../../../../shared/ui/icons.tsx';
import { NewChatSteps } from './NewChatSteps.tsx';

/** /meddelanden/ny — write to care: where, about what, the errand's questions, live or not, the message. */
export function NewChatPage() {
  const { t } = useTranslation();
  const options = useChatStartOptions();
  const listingUnitName = useMyCareUnits().data?.listingUnitName ?? null;
  // A new start for another person acted for: nothing chosen for one carries over to the other.
  const actingFor = useRepresented().data?.actingFor;
  const units = options.data?.units ?? [];

  return (
    <div className="vk-stack vk-stack--lg">
      <Paragraph>
        <Link asChild>
          <RouterLink to={residentPaths.messages}>← {t('resident.messages.newChat.backToMessages')}</RouterLink>
        </Link>
      </Paragraph>
      <div className="vk-stack">
        <PageHeading title={t('resident.messages.write')} />
        <BookingForNote text={(name) => t('resident.messages.newChat.forOther', { name })} />
      </div>
      {options.isPending ? <Loading label={t('resident.messages.newChat.loading')} /> : null}
      {options.isError ? <ErrorAlert error={options.error} onRetry={() => void options.refetch()} /> : null}
      {options.data && units.length === 0 ? (
        <EmptyState icon={<ChatIcon />} hint={t('resident.messages.newChat.noUnitsHint')}>
          {t('resident.messages.newChat.noUnits')}
        </EmptyState>
      ) : null}
      {units.length > 0 ? <NewChatSteps key={actingFor} units={units} listingUnitName={listingUnitName} /> : null}
    </div>
  );
}
