import type { pushSv } from './push.sv.ts';

/** Web Push texts for the resident app, merged into en.ts as `resident.push`. */
export const pushEn: typeof pushSv = {
  offer: {
    question: 'Would you like a notification when your care provider replies?',
    privacy: 'The notification only says that you have a new message, never what it is about.',
    accept: 'Yes, send notifications',
    decline: 'Not now',
    enabled: 'Done! You will get a notification on this device when your care provider replies. You can turn it off under Settings.',
  },
  setting: {
    heading: 'Notifications',
    label: 'Notify me when my care provider replies',
    description: 'Applies to this device. The notification only says that you have a new message, never what it is about.',
  },
  blocked: 'Notifications from Vårdkontakten are blocked in this browser. If you want them, allow notifications in the browser settings.',
  errors: {
    enable_failed: 'Notifications could not be turned on. Please try again.',
    disable_failed: 'Notifications could not be turned off. Please try again.',
  },
};
