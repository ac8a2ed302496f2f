import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts of the norms and the dossier: field errors, refusals and category names.

const MESSAGES = {
  nl: {
    invalid: 'Niet alle gegevens van de norm zijn goed ingevuld. Verbeter de velden hieronder.',
    required: 'Vul dit veld in.',
    validFrom: 'Vul een geldige datum in (jjjj-mm-dd) vanaf wanneer deze norm geldt.',
    validFromBeforeLatest: 'Een nieuwe versie kan niet eerder ingaan dan de vorige versie ({value}).',
    totalPoints:
      'Vul het aantal punten per registratieperiode in: meer dan 0 en hoogstens 10.000, met hoogstens 2 decimalen.',
    points: 'Vul een aantal punten in van 0 tot 10.000 met hoogstens 2 decimalen, of laat het leeg.',
    minAboveMax: 'Het minimum mag niet hoger zijn dan het maximum.',
    aboveTotal: 'Dit mag niet meer zijn dan het totaal aantal punten per periode ({value}).',
    sumOfMinimums: 'De minimums van de categorieën zijn samen {value} punten. Dat is meer dan het totaal.',
    sumOfMaximums: 'Met deze maximums kan niemand aan het totaal komen: samen zijn ze maar {value} punten.',
    capPerActivity: 'Vul een maximum per activiteit in van meer dan 0 punten (hoogstens het totaal), of laat het leeg.',
    proRata: 'Kies ja of nee.',
    note: 'Gebruik hoogstens 500 tekens voor de toelichting.',
    registerNotFound: 'Dit register bestaat niet.',
    noNorm: 'Dit register heeft nog geen herregistratienorm. Het registerbureau stelt die vast.',
    dossierNotFound: 'Deze registratie bestaat niet, of je mag hem niet zien.',
    training: 'scholing',
    reflection: 'reflectie',
    'free-choice': 'vrije ruimte',
    total: 'in totaal',
  },
  en: {
    invalid: 'Some fields of the norm are not filled in correctly. Please correct the fields below.',
    required: 'Fill in this field.',
    validFrom: 'Enter a valid date (yyyy-mm-dd) from which this norm applies.',
    validFromBeforeLatest: 'A new version cannot start earlier than the previous version ({value}).',
    totalPoints: 'Enter the points per registration period: more than 0 and at most 10,000, with at most 2 decimals.',
    points: 'Enter a number of points from 0 to 10,000 with at most 2 decimals, or leave it empty.',
    minAboveMax: 'The minimum cannot be higher than the maximum.',
    aboveTotal: 'This cannot be more than the total points per period ({value}).',
    sumOfMinimums: 'The minimums of the categories add up to {value} points. That is more than the total.',
    sumOfMaximums: 'With these maximums nobody can reach the total: together they are only {value} points.',
    capPerActivity: 'Enter a maximum per activity of more than 0 points (at most the total), or leave it empty.',
    proRata: 'Choose yes or no.',
    note: 'Use at most 500 characters for the note.',
    registerNotFound: 'This register does not exist.',
    noNorm: 'This register has no re-registration norm yet. The register office sets it.',
    dossierNotFound: 'This registration does not exist, or you may not see it.',
    training: 'training',
    reflection: 'reflection',
    'free-choice': 'free choice',
    total: 'in total',
  },
} satisfies Record<Locale, Record<string, string>>

export type NormMessageKey = keyof (typeof MESSAGES)['nl']

export function normMessage(locale: Locale, key: NormMessageKey, value: string | number = ''): string {
  return MESSAGES[locale][key].replace('{value}', formatPoints(locale, value))
}

/** 1.5 → "1,5" in Dutch; text is passed through. */
export function formatPoints(locale: Locale, value: string | number): string {
  if (typeof value === 'string') return value
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 2 }).format(value)
}
