import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { actingForOther, useRepresented } from '../../acting-for/hooks/useRepresented.ts';

/** "Du bokar för Elsa Lindqvist": said plainly where a guardian books for a child (R-PX-5). */
export function BookingForNote({ text }: { text: (name: string) => string }) {
  const other = actingForOther(useRepresented().data);
  if (!other) return null;
  return (
    <Alert data-color="info">
      <Paragraph>{text(`${other.givenName} ${other.familyName}`)}</Paragraph>
    </Alert>
  );
}
