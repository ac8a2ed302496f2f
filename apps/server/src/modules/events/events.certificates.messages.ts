import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1, je-vorm) and English texts of the certificate of attendance and the evaluation.
const texts = {
  nl: {
    signUpNotFound: 'Deze aanmelding bestaat niet.',
    eventNotFound: 'Deze bijeenkomst bestaat niet.',
    credentialNotFound: 'Dit certificaat bestaat niet.',
    notCheckedIn:
      'Een bewijs van aanwezigheid krijg je pas als de organisator je heeft aangemeld bij binnenkomst (of als je het trefwoord van de online sessie hebt ingevuld).',
    notAttended: 'Alleen wie bij deze bijeenkomst was (aangemeld bij binnenkomst) kan hem beoordelen.',
    evaluationNotYet: 'Je kunt deze bijeenkomst beoordelen na afloop, vanaf {opensAt}.',
    evaluationClosed: 'Beoordelen kon tot {closesAt} (30 dagen na afloop). Dat is voorbij.',
    evaluationTwice: 'Je hebt deze bijeenkomst al beoordeeld. Dat kan maar één keer.',
    evaluationCancelled: 'Deze bijeenkomst is geannuleerd. Beoordelen kan niet.',
    score: 'Geef een cijfer van 1 tot en met 5.',
    commentLength: 'Je opmerking mag maximaal 2.000 tekens hebben.',
  },
  en: {
    signUpNotFound: 'This sign-up does not exist.',
    eventNotFound: 'This event does not exist.',
    credentialNotFound: 'This credential does not exist.',
    notCheckedIn:
      'You get a certificate of attendance once the organiser has checked you in (or you entered the keyword of the online session).',
    notAttended: 'Only people who attended this event (checked in) can evaluate it.',
    evaluationNotYet: 'You can evaluate this event after it has ended, from {opensAt}.',
    evaluationClosed: 'Evaluating was possible until {closesAt} (30 days after the end). That has passed.',
    evaluationTwice: 'You have already evaluated this event. That is possible only once.',
    evaluationCancelled: 'This event was cancelled. It cannot be evaluated.',
    score: 'Give a score from 1 to 5.',
    commentLength: 'Your comment can have at most 2,000 characters.',
  },
} satisfies Record<Locale, Record<string, string>>

export type CertificateMessageKey = keyof (typeof texts)['nl']

export const certificateMessage = (locale: Locale, key: CertificateMessageKey, values: Record<string, string> = {}) =>
  texts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')
