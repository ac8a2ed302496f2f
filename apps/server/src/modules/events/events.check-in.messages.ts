import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1, je-vorm) and English texts of tickets, check-in, the keyword and corrections.
const texts = {
  nl: {
    eventNotFound: 'Deze bijeenkomst bestaat niet.',
    signUpNotFound: 'Deze aanmelding bestaat niet.',
    checkInNotFound: 'Deze aanmelding bij binnenkomst bestaat niet.',
    eventCancelled: 'Deze bijeenkomst is geannuleerd. Aanmelden bij binnenkomst kan niet.',
    noTicket: 'Je hebt (nog) geen plaats bij deze bijeenkomst, dus ook geen ticket.',
    oneWay: 'Kies één manier: scan het ticket, typ de ticketcode of kies iemand uit de lijst.',
    tokenInvalid:
      'Dit ticket is ongeldig. Het is niet door ons gemaakt, beschadigd of vervangen door een nieuw ticket.',
    ticketOtherEvent: 'Dit ticket hoort bij een andere bijeenkomst.',
    codeFormat: 'Een ticketcode heeft 8 tekens, zoals ABCD-EF23 (geen O, 0, I of 1).',
    codeUnknown: 'Er is geen ticket met deze code voor deze bijeenkomst.',
    signUpCancelled: 'Deze aanmelding is afgemeld of vervallen. Het ticket is niet meer geldig.',
    signUpNoPlace:
      'Deze persoon heeft geen plaats: de aanmelding staat op de wachtlijst of de plaats is nog niet bevestigd.',
    tooEarly: 'Aanmelden bij binnenkomst kan vanaf {opensAt} (2 uur voor het begin).',
    correctionClosed:
      'De bijeenkomst is meer dan 30 dagen voorbij. Aanmelden of een aanmelding terugdraaien kan niet meer.',
    lateReasonRequired:
      'De bijeenkomst is voorbij. Schrijf waarom je deze persoon achteraf aanmeldt (bijvoorbeeld: stond op de papieren lijst).',
    undoReasonRequired: 'Schrijf waarom je deze aanmelding terugdraait.',
    alreadyUndone: 'Deze aanmelding bij binnenkomst is al teruggedraaid.',
    notOnline: 'Dit is geen online bijeenkomst. De organisator meldt je aan bij binnenkomst, met je ticket.',
    outsideWindow:
      'Je kunt het trefwoord alleen invullen tijdens de sessie: van {opensAt} tot {closesAt} (15 minuten voor het begin tot 15 minuten na het einde).',
    noKeyword: 'De organisator heeft nog geen trefwoord voor deze sessie. Probeer het straks nog eens.',
    keywordWrong: 'Dit trefwoord klopt niet. Kijk goed naar het trefwoord dat in de sessie wordt getoond.',
    keywordRequired: 'Vul het trefwoord in dat in de sessie wordt getoond.',
    keywordLength: 'Kies een trefwoord van 4 tot 40 tekens.',
    pointsBooked: 'De aanwezigheid en {points} PE-punten ({category}) zijn geboekt in het PE-dossier.',
    pointsAlreadyPresent:
      'Deze persoon stond al op de presentielijst van deze uitvoering. Er zijn geen punten dubbel geboekt.',
    pointsNoRegistration: 'Aangemeld, maar geen PE-punten: deze persoon heeft geen registratie in het beroepsregister.',
    pointsNotBookable:
      'Aangemeld, maar geen PE-punten: de registratie van deze persoon is niet actief op de datum van de bijeenkomst.',
    pointsNone: 'Aangemeld. Deze bijeenkomst levert geen PE-punten op.',
    categoryTraining: 'scholing',
    categoryReflection: 'reflectie',
    categoryFreeChoice: 'vrije ruimte',
  },
  en: {
    eventNotFound: 'This event does not exist.',
    signUpNotFound: 'This sign-up does not exist.',
    checkInNotFound: 'This check-in does not exist.',
    eventCancelled: 'This event has been cancelled. Check-in is not possible.',
    noTicket: 'You do not have a place at this event (yet), so no ticket either.',
    oneWay: 'Choose one way: scan the ticket, type the ticket code or pick someone from the list.',
    tokenInvalid: 'This ticket is invalid. It was not made by us, is damaged or was replaced by a new ticket.',
    ticketOtherEvent: 'This ticket belongs to another event.',
    codeFormat: 'A ticket code has 8 characters, like ABCD-EF23 (no O, 0, I or 1).',
    codeUnknown: 'There is no ticket with this code for this event.',
    signUpCancelled: 'This sign-up was cancelled or has expired. The ticket is no longer valid.',
    signUpNoPlace: 'This person has no place: the sign-up is on the waiting list or the place is not confirmed yet.',
    tooEarly: 'Check-in opens at {opensAt} (2 hours before the start).',
    correctionClosed: 'The event ended more than 30 days ago. Check-ins can no longer be added or undone.',
    lateReasonRequired:
      'The event is over. Write why you check this person in afterwards (for example: was on the paper list).',
    undoReasonRequired: 'Write why you undo this check-in.',
    alreadyUndone: 'This check-in has already been undone.',
    notOnline: 'This is not an online event. The organiser checks you in at the door, with your ticket.',
    outsideWindow:
      'You can enter the keyword only during the session: from {opensAt} to {closesAt} (15 minutes before the start to 15 minutes after the end).',
    noKeyword: 'The organiser has not set a keyword for this session yet. Please try again shortly.',
    keywordWrong: 'This keyword is not right. Look carefully at the keyword shown in the session.',
    keywordRequired: 'Enter the keyword shown in the session.',
    keywordLength: 'Choose a keyword of 4 to 40 characters.',
    pointsBooked: 'The attendance and {points} CPD points ({category}) have been booked in the CPD dossier.',
    pointsAlreadyPresent: 'This person was already on the attendance list of this run. No points were booked twice.',
    pointsNoRegistration: 'Checked in, but no CPD points: this person has no registration in the register.',
    pointsNotBookable:
      'Checked in, but no CPD points: this person’s registration is not active on the date of the event.',
    pointsNone: 'Checked in. This event does not give CPD points.',
    categoryTraining: 'training',
    categoryReflection: 'reflection',
    categoryFreeChoice: 'free choice',
  },
} satisfies Record<Locale, Record<string, string>>

export type CheckInMessageKey = keyof (typeof texts)['nl']

export const checkInMessage = (locale: Locale, key: CheckInMessageKey, params: Record<string, string | number> = {}) =>
  texts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
