import type { Locale } from '../http/messages.ts'

// Dutch (default) and English texts of the upload and document errors. B1: short, say what to do.
const messages = {
  nl: {
    'too-large': 'Het bestand is groter dan 10 MB.',
    'wrong-type': 'Kies een PDF-, JPG- of PNG-bestand.',
    required: 'Kies een bestand.',
    'not-multipart': 'Stuur het bestand als multipart/form-data.',
    'too-many-parts': 'Stuur één bestand tegelijk, met niet meer dan een paar andere velden.',
    broken: 'Het bestand is niet goed aangekomen. Probeer het opnieuw.',
    invalid: 'Het bestand is niet goed ontvangen. Verbeter het veld hieronder.',
    erased: 'Dit bestand is verwijderd, bijvoorbeeld na een verzoek om gegevens te wissen.',
  },
  en: {
    'too-large': 'The file is larger than 10 MB.',
    'wrong-type': 'Choose a PDF, JPG or PNG file.',
    required: 'Choose a file.',
    'not-multipart': 'Send the file as multipart/form-data.',
    'too-many-parts': 'Send one file at a time, with no more than a few other fields.',
    broken: 'The file did not arrive correctly. Please try again.',
    invalid: 'The file was not received correctly. Please correct the field below.',
    erased: 'This file has been deleted, for example after a request to erase personal data.',
  },
} as const

export type StorageMessageKey = keyof (typeof messages)['nl']

export function storageMessage(locale: Locale, key: StorageMessageKey): string {
  return messages[locale][key] ?? messages.nl[key]
}
