import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffConversation } from '../../../../shared/contracts.ts';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { CalendarIcon, PhoneIcon } from '../../../../shared/ui/icons.tsx';
import { BookForResidentDialog } from '../../staff-booking/components/BookForResidentDialog.tsx';
import type { Holding } from '../hooks/holding.ts';
import { useConversationActions } from '../hooks/useConversationActions.ts';
import { CloseConversationDialog } from './CloseConversationDialog.tsx';
import { HandOverDialog } from './HandOverDialog.tsx';

type Done = 'taken' | 'handedOver' | 'calledBack' | 'booked';

interface Props {
  conversation: StaffConversation;
  holding: Holding;
  refresh: () => Promise<void>;
}

/** R-MS-6, R-MS-7, R-MS-1, R-BK-5: take, hand over, call back, book a visit or video meeting, close. */
export function ConversationActions({ conversation, holding, refresh }: Props) {
  const { t } = useTranslation();
  const actions = useConversationActions(conversation.id, refresh);
  const [dialog, setDialog] = useState<'handOver' | 'close' | 'book' | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const failed = [actions.take, actions.callBack].find((action) => action.isError);

  const run = (action: typeof actions.take, result: Done) => {
    setDone(null);
    action.mutate(undefined, { onSuccess: () => setDone(result) });
  };

  return (
    <div className="vk-stack vk-stack--sm">
      <div className="vk-row" role="group" aria-label={t('staff.messages.actions.label')}>
        {holding !== 'me' ? (
          <Button variant={holding === 'nobody' ? 'primary' : 'secondary'} loading={actions.take.isPending} disabled={actions.take.isPending} onClick={() => run(actions.take, 'taken')}>
            {t(holding === 'nobody' ? 'staff.messages.actions.take' : 'staff.messages.actions.takeOver')}
          </Button>
        ) : null}
        {holding !== 'colleague' ? (
          <Button variant="secondary" onClick={() => setDialog('handOver')}>
            {t('staff.messages.actions.handOver')}
          </Button>
        ) : null}
        <Button variant="secondary" loading={actions.callBack.isPending} disabled={actions.callBack.isPending} onClick={() => run(actions.callBack, 'calledBack')}>
          <PhoneIcon className="vk-inline-icon" />
          {t('staff.messages.actions.callBack')}
        </Button>
        <Button variant="secondary" onClick={() => setDialog('book')}>
          <CalendarIcon className="vk-inline-icon" />
          {t('staff.messages.actions.book')}
        </Button>
        <Button variant="secondary" data-color="danger" onClick={() => setDialog('close')}>
          {t('staff.messages.actions.close')}
        </Button>
      </div>
      <p role="status" className="vk-status">
        {done ? t(`staff.messages.actions.done.${done}`) : null}
      </p>
      {failed ? <ErrorAlert error={failed.error} /> : null}
      <HandOverDialog
        open={dialog === 'handOver'}
        handOver={actions.handOver}
        onClose={(handedOver) => {
          setDialog(null);
          setDone(handedOver ? 'handedOver' : null);
        }}
      />
      <CloseConversationDialog open={dialog === 'close'} close={actions.close} residentName={conversation.resident.name} onClose={() => setDialog(null)} />
      <BookForResidentDialog
        residentId={conversation.resident.id}
        residentName={conversation.resident.name}
        open={dialog === 'book'}
        onClose={(booked) => {
          setDialog(null);
          setDone(booked ? 'booked' : null);
        }}
      />
    </div>
  );
}
