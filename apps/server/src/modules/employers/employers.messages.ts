import type { Locale } from '../../platform/http/messages.ts'

// Dutch (B1) and English texts of the employers module.
const texts = {
  nl: {
    invalidList: 'Niet alle e-mailadressen zijn goed. Verbeter de regels hieronder. Er is niemand uitgenodigd.',
    invalidAddress: 'Regel {line}: "{value}" is geen geldig e-mailadres.',
    emptyList: 'Er staat geen e-mailadres in de lijst. Zet één e-mailadres op elke regel.',
    tooMany: 'Je kunt hoogstens {max} mensen tegelijk uitnodigen. Verdeel de lijst in kleinere delen.',
    notInTeam: 'Deze registratie hoort niet bij jullie team.',
    noConsent: 'Deze persoon deelt de PE-stand niet met jullie organisatie. Alleen de persoon zelf kan dat aanzetten.',
    notEmployer: 'Deze organisatie staat niet als werkgever in een van je registraties.',
    wrongType: 'Stuur de adressen als lijst (application/json) of als CSV-bestand (text/csv).',
  },
  en: {
    invalidList: 'Not all email addresses are valid. Please correct the lines below. Nobody was invited.',
    invalidAddress: 'Line {line}: "{value}" is not a valid email address.',
    emptyList: 'The list holds no email address. Put one email address on each line.',
    tooMany: 'You can invite at most {max} people at once. Split the list into smaller parts.',
    notInTeam: 'This registration is not part of your team.',
    noConsent: 'This person does not share their CPD standing with your organisation. Only they can turn it on.',
    notEmployer: 'This organisation is not the employer on any of your registrations.',
    wrongType: 'Send the addresses as a list (application/json) or as a CSV file (text/csv).',
  },
} satisfies Record<Locale, Record<string, string>>

export type EmployerMessageKey = keyof (typeof texts)['nl']

export function employerMessage(locale: Locale, key: EmployerMessageKey, params: Record<string, string | number> = {}) {
  return texts[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
