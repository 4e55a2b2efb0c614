import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { residentPaths } from '../../../paths.ts';

/** A closed conversation takes no more messages (R-MS-1): where to go instead. */
export function ClosedNotice() {
  const { t } = useTranslation();
  return (
    <Alert data-color="info">
      <div className="vk-stack vk-stack--sm">
        <Paragraph>{t('resident.messages.conversation.closed')}</Paragraph>
        <div>
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to={residentPaths.newMessage}>{t('resident.messages.write')}</RouterLink>
          </Button>
        </div>
      </div>
    </Alert>
  );
}
