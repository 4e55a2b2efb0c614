import { Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ResidentCareUnit } from '../../../../shared/contracts.ts';
import { residentLinks } from '../../../paths.ts';

/** One unit: where it is, how to call it, and what the resident may start there themselves. */
export function CareUnitCard({ unit }: { unit: ResidentCareUnit }) {
  const { t } = useTranslation();
  return (
    <Card data-color={unit.listedHere ? 'accent' : 'neutral'}>
      <div className="vk-stack">
        <div className="vk-stack vk-stack--sm">
          <Heading level={2} data-size="xs" className="vk-card-title">
            {unit.name}
          </Heading>
          <div className="vk-tags">
            <Tag data-color="neutral">{t(`enums.unitKind.${unit.kind}`)}</Tag>
            {unit.listedHere ? <Tag data-color="success">{t('resident.careUnits.listedHere')}</Tag> : null}
          </div>
        </div>
        <dl className="vk-facts">
          <dt>{t('resident.careUnits.address')}</dt>
          <dd>
            {unit.streetAddress}, {unit.postalCode} {unit.city}
          </dd>
          <dt>{t('resident.careUnits.phone')}</dt>
          <dd>
            <Link href={`tel:${unit.phone.replace(/[^0-9+]/g, '')}`}>{unit.phone}</Link>
          </dd>
          <dt>{t('resident.careUnits.canDo')}</dt>
          <dd>
            {/* Plain words for the chat until it has a page; self-booking leads to the unit's bookable times. */}
            {unit.functions.length > 0 ? (
              <ul className="vk-can-do">
                {unit.functions.map((fn) => (
                  <li key={fn}>{t(`resident.careUnits.functions.${fn}`)}</li>
                ))}
              </ul>
            ) : (
              <Paragraph data-size="sm">{t('resident.careUnits.nothingInApp')}</Paragraph>
            )}
          </dd>
        </dl>
        {unit.functions.includes('self_booking') ? (
          <div>
            <Button asChild variant="secondary" data-size="sm">
              <RouterLink to={residentLinks.selfBookingAt(unit.id)}>{t('resident.careUnits.bookHere')}</RouterLink>
            </Button>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
