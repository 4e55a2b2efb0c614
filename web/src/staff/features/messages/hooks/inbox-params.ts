import { chatMode, errand, inboxView, type InboxQuery } from '../../../../shared/contracts.ts';

/** Choices for "waited longer than", in minutes. */
export const WAITING_CHOICES = [30, 60, 240, 1440] as const;

/** The inbox's view and filters live in the address, so a view can be bookmarked and Back works. */
export function inboxQueryFrom(params: URLSearchParams): Required<Pick<InboxQuery, 'view'>> & InboxQuery {
  const view = inboxView.safeParse(params.get('vy'));
  const chosenErrand = errand.safeParse(params.get('arende'));
  const mode = chatMode.safeParse(params.get('form'));
  const waiting = Number(params.get('vantat'));
  return {
    view: view.success ? view.data : 'new',
    ...(chosenErrand.success ? { errand: chosenErrand.data } : {}),
    ...(mode.success ? { mode: mode.data } : {}),
    ...((WAITING_CHOICES as readonly number[]).includes(waiting) ? { waitingOverMinutes: waiting } : {}),
  };
}

export function inboxParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view && query.view !== 'new') params.set('vy', query.view);
  if (query.errand) params.set('arende', query.errand);
  if (query.mode) params.set('form', query.mode);
  if (query.waitingOverMinutes) params.set('vantat', String(query.waitingOverMinutes));
  return params;
}
