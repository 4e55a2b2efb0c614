import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/** A modal dialog (native <dialog>: focus is kept inside, Esc closes) with a heading that names it. */
export function ModalDialog({ open, onClose, title, children }: ModalDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open={open} onClose={onClose} closeButton={t('common.close')} aria-labelledby={headingId} closedby="closerequest" className="vk-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{open ? children : null}</Dialog.Block>
    </Dialog>
  );
}
