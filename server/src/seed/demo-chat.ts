import type { ErrandSetting, OpeningHour } from '../../../contracts/messaging.ts';
import type { UnitKind } from '../../../contracts/enums.ts';

const emergency = {
  sv: 'Det du beskriver kan vara allvarligt. Ring 112 om det är akut, annars 1177 för råd direkt.',
  en: 'What you describe may be serious. Call 112 if it is an emergency, otherwise 1177 for advice at once.',
};

/** R-MS-4: a health centre's errands, each with its own questions, so the reason is clear before staff read it. */
const primaryCareErrands: ErrandSetting[] = [
  {
    errand: 'advice',
    queue: 'nurse',
    questionnaire: [
      {
        id: 'emergency',
        kind: 'yes_no',
        text: { sv: 'Har du svårt att andas, tryck över bröstet eller plötslig förlamning?', en: 'Do you have difficulty breathing, chest pressure or sudden paralysis?' },
        showIf: null,
        stopsOn: 'yes',
        stopAdvice: emergency,
      },
      {
        id: 'area',
        kind: 'single_choice',
        text: { sv: 'Vad gäller det?', en: 'What is it about?' },
        showIf: null,
        options: [
          { id: 'skin', text: { sv: 'Hud, utslag eller sår', en: 'Skin, rash or wounds' }, stops: false },
          { id: 'infection', text: { sv: 'Förkylning, feber eller infektion', en: 'Cold, fever or infection' }, stops: false },
          { id: 'pain', text: { sv: 'Värk eller smärta', en: 'Ache or pain' }, stops: false },
          { id: 'other', text: { sv: 'Något annat', en: 'Something else' }, stops: false },
        ],
        stopAdvice: null,
      },
      {
        id: 'duration',
        kind: 'single_choice',
        text: { sv: 'Hur länge har du haft besvären?', en: 'How long have you had the problem?' },
        showIf: null,
        options: [
          { id: 'days', text: { sv: 'Några dagar', en: 'A few days' }, stops: false },
          { id: 'weeks', text: { sv: 'Några veckor', en: 'A few weeks' }, stops: false },
          { id: 'longer', text: { sv: 'Längre', en: 'Longer' }, stops: false },
        ],
        stopAdvice: null,
      },
    ],
  },
  {
    errand: 'booking_change',
    queue: 'medical_secretary',
    questionnaire: [
      {
        id: 'change',
        kind: 'single_choice',
        text: { sv: 'Vad vill du göra med tiden?', en: 'What do you want to do with the appointment?' },
        showIf: null,
        options: [
          { id: 'cancel', text: { sv: 'Avboka', en: 'Cancel it' }, stops: false },
          { id: 'move', text: { sv: 'Boka om till en annan tid', en: 'Move it to another time' }, stops: false },
        ],
        stopAdvice: null,
      },
    ],
  },
  {
    errand: 'prescription',
    queue: 'nurse',
    questionnaire: [
      { id: 'medicine', kind: 'free_text', text: { sv: 'Vilket läkemedel och vilken styrka?', en: 'Which medicine and strength?' }, showIf: null, maxLength: 200 },
      {
        id: 'ran_out',
        kind: 'yes_no',
        text: { sv: 'Har läkemedlet redan tagit slut?', en: 'Have you already run out of the medicine?' },
        showIf: null,
        stopsOn: null,
        stopAdvice: null,
      },
    ],
  },
  { errand: 'administrative', queue: 'medical_secretary', questionnaire: [] },
];

const maternityErrands: ErrandSetting[] = [
  {
    errand: 'advice',
    queue: 'midwife',
    questionnaire: [
      {
        id: 'bleeding',
        kind: 'yes_no',
        text: { sv: 'Har du blödning eller kraftiga smärtor just nu?', en: 'Do you have bleeding or severe pain right now?' },
        showIf: null,
        stopsOn: 'yes',
        stopAdvice: {
          sv: 'Ring förlossningen på Visby lasarett, 0498-26 80 00, direkt. Ring 112 om det är akut.',
          en: 'Call the maternity ward at Visby hospital, +46 498 26 80 00, at once. Call 112 if it is an emergency.',
        },
      },
    ],
  },
  { errand: 'booking_change', queue: 'midwife', questionnaire: [] },
];

export const demoChatErrands: Partial<Record<UnitKind, ErrandSetting[]>> = { primary_care: primaryCareErrands, maternity: maternityErrands };

const weekdays = [1, 2, 3, 4, 5];
/** Live chat on weekdays in office hours, and a few hours at weekends at the larger centres. */
export const demoOpeningHours: OpeningHour[] = [...weekdays.map((weekday) => ({ weekday, opens: '08:00', closes: '17:00' })), { weekday: 6, opens: '10:00', closes: '14:00' }, { weekday: 7, opens: '10:00', closes: '14:00' }];

/** R-MS-8: shared templates kept by the system administrators of the health centres. */
export const demoSharedTemplates = [
  { title: 'Hälsning', shortcut: 'hej', body: 'Hej {förnamn}! Tack för ditt meddelande. Jag heter {mitt_namn} och hjälper dig i dag.' },
  { title: 'Egenvård förkylning', shortcut: 'forkylning', body: 'Vila, drick mycket och ta febernedsättande vid behov. Hör av dig igen om du inte blir bättre inom en vecka, eller tidigare om du blir sämre.' },
  { title: 'Avslut', shortcut: 'avslut', body: 'Jag avslutar nu samtalet. Hör av dig igen om du har fler frågor. Vänliga hälsningar, {mottagning}' },
];
