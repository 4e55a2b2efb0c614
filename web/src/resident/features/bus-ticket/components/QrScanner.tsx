import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CameraIcon } from '../../../../shared/ui/icons.tsx';
import { useQrScanner } from '../hooks/useQrScanner.ts';

/** "Skanna QR-kod" with the camera, shown where the browser lets the page use one. */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const scanner = useQrScanner(onCode);
  if (!scanner.supported) return null;
  const active = scanner.state === 'starting' || scanner.state === 'scanning';

  return (
    <div className="vk-stack">
      {active ? (
        <Button variant="secondary" onClick={scanner.stop}>
          {t('resident.ticketCheck.stopScan')}
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => void scanner.start()}>
          <CameraIcon />
          {t('resident.ticketCheck.scan')}
        </Button>
      )}
      {scanner.state === 'scanning' ? (
        <Paragraph role="status">{t('resident.ticketCheck.scanning')}</Paragraph>
      ) : null}
      {/* Always in the page, so the camera stream has somewhere to go when scanning starts. */}
      <video ref={scanner.videoRef} className="vk-scanner" hidden={!active} muted playsInline aria-label={t('resident.ticketCheck.camera')} />
      {scanner.state === 'failed' ? (
        <Alert data-color="warning">
          <Paragraph>{t('resident.ticketCheck.cameraFailed')}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
