import type { Questionnaire } from '../../../contracts/questionnaire.ts';

const callUs = {
  sv: 'Boka inte här. Ring vaccinationsmottagningen på 0498-26 90 00 så hjälper vi dig att boka rätt.',
  en: 'Do not book here. Call the vaccination clinic on +46 498 26 90 00 and we will help you book the right time.',
};

/** R-BK-4: the questions before a vaccination is booked; a serious allergy or a fever today stops it. */
export const vaccinationTriage: Questionnaire = [
  {
    id: 'fever',
    kind: 'yes_no',
    text: { sv: 'Har du feber i dag?', en: 'Do you have a fever today?' },
    showIf: null,
    stopsOn: 'yes',
    stopAdvice: {
      sv: 'Vänta med vaccinationen tills du har varit feberfri i ett dygn. Boka sedan en tid här.',
      en: 'Wait with the vaccination until you have been free of fever for a day. Then book a time here.',
    },
  },
  {
    id: 'allergy',
    kind: 'yes_no',
    text: { sv: 'Har du fått en allvarlig allergisk reaktion efter en tidigare vaccination?', en: 'Have you had a serious allergic reaction after an earlier vaccination?' },
    showIf: null,
    stopsOn: 'yes',
    stopAdvice: callUs,
  },
  {
    id: 'anticoagulants',
    kind: 'yes_no',
    text: { sv: 'Tar du blodförtunnande läkemedel?', en: 'Do you take blood-thinning medicine?' },
    showIf: null,
    stopsOn: null,
    stopAdvice: null,
  },
  {
    id: 'anticoagulant_name',
    kind: 'free_text',
    text: { sv: 'Vilket blodförtunnande läkemedel tar du?', en: 'Which blood-thinning medicine do you take?' },
    showIf: { questionId: 'anticoagulants', equals: 'yes' },
    maxLength: 200,
  },
];
