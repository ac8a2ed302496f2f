import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts of the agenda: events, sign-ups, the waiting list.
export const EVENT_MESSAGES = {
  nl: {
    titleRequired: 'Vul de titel in.',
    descriptionRequired: 'Beschrijf de bijeenkomst.',
    timeFormat: 'Vul datum en tijd in als JJJJ-MM-DDTUU:MM (Nederlandse tijd).',
    timeNonexistent:
      'Dit tijdstip bestaat niet: om 2 uur gaat de klok een uur vooruit (zomertijd). Kies een andere tijd.',
    endBeforeStart: 'Het einde moet na het begin liggen.',
    tooLong:
      'Een bijeenkomst duurt hoogstens {days} dagen. Maak voor een reeks bijeenkomsten per bijeenkomst een aparte aan.',
    startInPast: 'Het begin moet in de toekomst liggen.',
    deadlineAfterStart: 'De aanmelddeadline mag niet na het begin liggen.',
    capacityMinimum: 'Vul een aantal plaatsen in van minstens 1.',
    capacityMaximum: 'Vul hoogstens {max} plaatsen in.',
    capacityBelowTaken: 'Er zijn al {taken} plaatsen bezet. Kies minstens {taken} plaatsen.',
    onlineUrlRequired: 'Vul de link naar de online bijeenkomst in (begint met https://).',
    locationRequired: 'Vul de naam van de locatie in, of kies online.',
    addressRequired: 'Vul het adres van de locatie in.',
    provinceUnknown: 'Kies een van de 12 provincies.',
    activityRequired: 'Kies ook de geaccrediteerde activiteit waar deze uitvoering bij hoort.',
    runNotOwn: 'Deze uitvoering hoort niet bij een geaccrediteerde activiteit van jullie organisatie.',
    eventNotFound: 'Deze bijeenkomst bestaat niet.',
    eventCancelled: 'Deze bijeenkomst is geannuleerd.',
    alreadyCancelled: 'Deze bijeenkomst is al geannuleerd.',
    eventStarted: 'Deze bijeenkomst is al begonnen. Je kunt haar niet meer wijzigen.',
    reasonRequired: 'Vul een reden in.',
    dateRange: 'Het einde van de zoekperiode mag niet vóór het begin liggen.',
    monthFormat: 'Vul een maand in als JJJJ-MM.',
    signUpNotFound: 'Deze aanmelding bestaat niet.',
    alreadySignedUp: 'Je bent al aangemeld voor deze bijeenkomst (of staat op de wachtlijst).',
    deadlinePassed: 'De aanmelddeadline is voorbij. Aanmelden of afmelden kan niet meer.',
    notActive: 'Deze aanmelding loopt niet meer.',
    noOffer: 'Er staat geen plaats voor je klaar. Misschien is de termijn van 48 uur voorbij.',
    feedNotFound: 'Deze agenda-link bestaat niet (meer). Maak een nieuwe link aan.',
    subjectRequired: 'Vul een onderwerp in.',
    textRequired: 'Vul de tekst van het bericht in.',
    typeLecture: 'Lezing',
    typeTraining: 'Training',
    typeCongress: 'Congres',
    typeServiceDeliveryDay: 'Dag van de Uitvoering',
    typeWebinar: 'Webinar',
  },
  en: {
    titleRequired: 'Enter the title.',
    descriptionRequired: 'Describe the event.',
    timeFormat: 'Enter date and time as YYYY-MM-DDTHH:MM (Dutch time).',
    timeNonexistent:
      'This time does not exist: at 2 o’clock the clock moves one hour forward (summer time). Choose another time.',
    endBeforeStart: 'The end must be after the start.',
    tooLong: 'An event lasts at most {days} days. For a series, create one event per meeting.',
    startInPast: 'The start must be in the future.',
    deadlineAfterStart: 'The sign-up deadline cannot be after the start.',
    capacityMinimum: 'Enter a number of places of at least 1.',
    capacityMaximum: 'Enter at most {max} places.',
    capacityBelowTaken: '{taken} places are already taken. Choose at least {taken} places.',
    onlineUrlRequired: 'Enter the link to the online event (starting with https://).',
    locationRequired: 'Enter the name of the location, or choose online.',
    addressRequired: 'Enter the address of the location.',
    provinceUnknown: 'Choose one of the 12 provinces.',
    activityRequired: 'Also choose the accredited activity this run belongs to.',
    runNotOwn: 'This run does not belong to an accredited activity of your organisation.',
    eventNotFound: 'This event does not exist.',
    eventCancelled: 'This event has been cancelled.',
    alreadyCancelled: 'This event has already been cancelled.',
    eventStarted: 'This event has already started. You can no longer change it.',
    reasonRequired: 'Enter a reason.',
    dateRange: 'The end of the search period cannot be before its start.',
    monthFormat: 'Enter a month as YYYY-MM.',
    signUpNotFound: 'This sign-up does not exist.',
    alreadySignedUp: 'You have already signed up for this event (or are on the waiting list).',
    deadlinePassed: 'The sign-up deadline has passed. You can no longer sign up or cancel.',
    notActive: 'This sign-up is no longer active.',
    noOffer: 'There is no place waiting for you. The 48-hour period may have passed.',
    feedNotFound: 'This calendar link does not exist (any more). Create a new link.',
    subjectRequired: 'Enter a subject.',
    textRequired: 'Enter the text of the message.',
    typeLecture: 'Lecture',
    typeTraining: 'Training',
    typeCongress: 'Congress',
    typeServiceDeliveryDay: 'Day of Service Delivery',
    typeWebinar: 'Webinar',
  },
} satisfies Record<Locale, Record<string, string>>

export type EventMessageKey = keyof (typeof EVENT_MESSAGES)['nl']

export const eventMessage = (locale: Locale, key: EventMessageKey, params: Record<string, string | number> = {}) =>
  EVENT_MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))

const TYPE_KEYS = {
  lecture: 'typeLecture',
  training: 'typeTraining',
  congress: 'typeCongress',
  'service-delivery-day': 'typeServiceDeliveryDay',
  webinar: 'typeWebinar',
} as const satisfies Record<string, EventMessageKey>

/** The label of an event type: `Lezing`, `Dag van de Uitvoering`, … */
export const eventTypeLabel = (locale: Locale, type: keyof typeof TYPE_KEYS) => eventMessage(locale, TYPE_KEYS[type])
