import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1, je-vorm) and English texts of attendance (presentie), imports and API keys.
const texts = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    runNotFound: 'Deze uitvoering bestaat niet.',
    runNotAccredited: 'Deze activiteit is (nog) niet geaccrediteerd. Je kunt nog geen presentie boeken.',
    attendanceNotFound: 'Deze presentie bestaat niet.',
    alreadyWithdrawn: 'Deze presentie is al ingetrokken.',
    reasonRequired: 'Schrijf waarom je de presentie intrekt.',
    numberRequired: 'Vul een registratienummer in, zoals KM-000123.',
    numberFormat: 'Vul een registratienummer in zoals KM-000123.',
    searchRequired: 'Zoek op registratienummer, of op achternaam met voorletters.',
    registrantUnknown: 'Er is geen registratie met dit nummer.',
    notRegistered:
      'Deze persoon kan geen punten krijgen voor deze uitvoering: de registratie is niet actief op de datum van de uitvoering.',
    alreadyPresent: 'Deze persoon staat al op de presentielijst van deze uitvoering.',
    listRequired: 'Plak minimaal één registratienummer of e-mailadres.',
    tooManyRows: 'Er staan meer dan {limit} regels in. Splits de lijst of het bestand.',
    fileRequired: 'Kies een CSV- of Excel-bestand (.xlsx) van hoogstens 10 MB.',
    fileType: 'Kies een CSV-bestand (tekst in UTF-8) of een Excel-bestand (.xlsx).',
    fileBroken: 'We kunnen dit Excel-bestand niet lezen. Sla het opnieuw op als .xlsx of als CSV.',
    fileEmpty: 'Er staan geen registratienummers of e-mailadressen in het bestand.',
    importNotFound: 'Deze controle bestaat niet.',
    importConfirmed: 'Deze lijst is al bevestigd. De presentie is al geboekt.',
    importCancelled: 'Deze controle is geannuleerd. Controleer de lijst opnieuw om te boeken.',
    apiKeyNameRequired: 'Geef de sleutel een naam, bijvoorbeeld de naam van je leerplatform.',
    apiKeyNotFound: 'Deze API-sleutel bestaat niet.',
    apiKeyRevoked: 'Deze API-sleutel is al ingetrokken.',
    organisationNotFound: 'Deze organisatie bestaat niet.',
    apiKeyMissing: 'Stuur een geldige API-sleutel mee in de header Authorization: Bearer <sleutel>.',
    idempotencyKeyRequired: 'Stuur een header Idempotency-Key mee (1 tot 255 tekens), uniek per verzoek.',
    idempotencyKeyReused:
      'Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor nieuwe gegevens.',
    entriesRequired: 'Stuur minimaal één registratienummer of e-mailadres.',
    entryValueRequired: 'Geef een registratienummer of een e-mailadres.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    runNotFound: 'This run does not exist.',
    runNotAccredited: 'This activity is not accredited (yet). You cannot record attendance yet.',
    attendanceNotFound: 'This attendance does not exist.',
    alreadyWithdrawn: 'This attendance has already been withdrawn.',
    reasonRequired: 'Write why you withdraw the attendance.',
    numberRequired: 'Enter a registration number, like KM-000123.',
    numberFormat: 'Enter a registration number like KM-000123.',
    searchRequired: 'Search by registration number, or by surname with initials.',
    registrantUnknown: 'There is no registration with this number.',
    notRegistered: 'This person cannot get points for this run: the registration is not active on the date of the run.',
    alreadyPresent: 'This person is already on the attendance list of this run.',
    listRequired: 'Paste at least one registration number or e-mail address.',
    tooManyRows: 'There are more than {limit} lines. Split the list or the file.',
    fileRequired: 'Choose a CSV or Excel file (.xlsx) of at most 10 MB.',
    fileType: 'Choose a CSV file (text in UTF-8) or an Excel file (.xlsx).',
    fileBroken: 'We cannot read this Excel file. Save it again as .xlsx or as CSV.',
    fileEmpty: 'The file holds no registration numbers or e-mail addresses.',
    importNotFound: 'This check does not exist.',
    importConfirmed: 'This list has already been confirmed. The attendance has been booked.',
    importCancelled: 'This check was cancelled. Check the list again to book it.',
    apiKeyNameRequired: 'Give the key a name, for example the name of your learning platform.',
    apiKeyNotFound: 'This API key does not exist.',
    apiKeyRevoked: 'This API key has already been revoked.',
    organisationNotFound: 'This organisation does not exist.',
    apiKeyMissing: 'Send a valid API key in the header Authorization: Bearer <key>.',
    idempotencyKeyRequired: 'Send an Idempotency-Key header (1 to 255 characters), unique per request.',
    idempotencyKeyReused: 'This Idempotency-Key was already used for another request. Use a new key for new data.',
    entriesRequired: 'Send at least one registration number or e-mail address.',
    entryValueRequired: 'Give a registration number or an e-mail address.',
  },
} as const

export type AttendanceMessageKey = keyof (typeof texts)['nl']

export function attendanceMessage(locale: Locale, key: AttendanceMessageKey, values: { limit?: number } = {}): string {
  let text: string = texts[locale][key]
  if (values.limit !== undefined) text = text.replace('{limit}', String(values.limit))
  return text
}
