import { Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../shared/ui/ErrorAlert.tsx';
import { getVideoSettings, putVideoSettings } from '../api/video-settings.ts';

/** R-VM-3: whether the unit's video guests identify with BankID. */
export function VideoSettingsSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['admin', 'units', unitId, 'video'];
  const settings = useQuery({ queryKey: key, queryFn: ({ signal }) => getVideoSettings(unitId, signal) });
  const save = useMutation({ mutationFn: (guestsRequireEid: boolean) => putVideoSettings(unitId, { guestsRequireEid }), onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
  return (
    <section className="vk-section" aria-labelledby="unit-video">
      <Heading level={2} data-size="sm" id="unit-video">
        {t('video.admin.heading')}
      </Heading>
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {settings.data ? <Switch label={t('video.admin.guestsRequireEid')} checked={settings.data.guestsRequireEid} disabled={save.isPending} onChange={(e) => save.mutate(e.target.checked)} /> : null}
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Paragraph role="status" className="vk-status">
        {save.isSuccess ? t('video.admin.saved') : null}
      </Paragraph>
    </section>
  );
}
