/** Web Push texts for the resident app, merged into sv.ts as `resident.push`. */
export const pushSv = {
  offer: {
    question: 'Vill du få en notis när vården svarar?',
    privacy: 'Notisen säger bara att du har ett nytt meddelande, aldrig vad det handlar om.',
    accept: 'Ja, skicka notiser',
    decline: 'Inte nu',
    enabled: 'Klart! Du får en notis på den här enheten när vården svarar. Du kan stänga av det under Inställningar.',
  },
  setting: {
    heading: 'Notiser',
    label: 'Notis när vården svarar',
    description: 'Gäller den här enheten. Notisen säger bara att du har ett nytt meddelande, aldrig vad det handlar om.',
  },
  blocked: 'Notiser är blockerade för Vårdkontakten i den här webbläsaren. Vill du ha notiser kan du tillåta dem i webbläsarens inställningar.',
  errors: {
    enable_failed: 'Det gick inte att slå på notiser. Försök igen.',
    disable_failed: 'Det gick inte att stänga av notiser. Försök igen.',
  },
};
