// Pure checks of a register's settings (name, slug, number prefix, professions, cycle length), with the Dutch (B1)
// and English messages. Every invalid field is reported at once; the service adds the checks that need the database.
import type { FieldError } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'

export const REGISTER_LIMITS = {
  nameMin: 3,
  nameMax: 120,
  slugMin: 2,
  slugMax: 60,
  professionsMin: 1,
  professionsMax: 20,
  professionMax: 100,
  cycleYearsMin: 1,
  cycleYearsMax: 10,
} as const

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const NUMBER_PREFIX_PATTERN = /^[A-Z]{1,5}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const MESSAGES = {
  nl: {
    invalid: 'Niet alle gegevens zijn goed ingevuld. Verbeter de velden hieronder.',
    required: 'Vul dit veld in.',
    name: 'Vul een naam in van 3 tot 120 tekens, zoals Register Klantmanagers.',
    slug: 'Vul een korte naam voor het webadres in van 2 tot 60 tekens: kleine letters, cijfers en streepjes, zoals register-klantmanagers.',
    numberPrefix: 'Vul 1 tot 5 hoofdletters in, zoals KM. Dit komt voor het registratienummer.',
    professionsCount: 'Vul 1 tot 20 beroepen in.',
    professionEmpty: 'Een beroep mag niet leeg zijn.',
    professionLong: 'Het beroep "{value}" is te lang. Gebruik hoogstens 100 tekens.',
    professionTwice: 'Het beroep "{value}" staat er twee keer in.',
    cycleYears: 'Vul een cyclusduur in van 1 tot 10 jaar (een heel getal).',
    notFound: 'Dit register bestaat niet.',
    taken: 'Er is al een register met deze gegevens. Kies andere.',
    slugTaken: 'Er is al een register met deze korte naam. Kies een andere.',
    numberPrefixTaken: 'Er is al een register met deze letters voor het registratienummer. Kies andere letters.',
    numberPrefixLocked:
      'De letters voor het registratienummer kun je niet meer wijzigen: dit register heeft al registratienummers uitgegeven.',
    professionInUse:
      'Je kunt het beroep "{value}" niet weghalen: er zijn nog registraties of aanvragen met dit beroep.',
    professionsInUse: 'Je kunt deze beroepen niet weghalen: er zijn nog registraties of aanvragen mee: {value}.',
  },
  en: {
    invalid: 'Some fields are not filled in correctly. Please correct the fields below.',
    required: 'Fill in this field.',
    name: 'Enter a name of 3 to 120 characters, like Register Klantmanagers.',
    slug: 'Enter a short name for the web address of 2 to 60 characters: lower-case letters, digits and hyphens, like register-klantmanagers.',
    numberPrefix: 'Enter 1 to 5 capital letters, like KM. They come before the registration number.',
    professionsCount: 'Enter 1 to 20 professions.',
    professionEmpty: 'A profession cannot be empty.',
    professionLong: 'The profession "{value}" is too long. Use at most 100 characters.',
    professionTwice: 'The profession "{value}" appears twice.',
    cycleYears: 'Enter a cycle length of 1 to 10 years (a whole number).',
    notFound: 'This register does not exist.',
    taken: 'A register with these details already exists. Choose others.',
    slugTaken: 'A register with this short name already exists. Choose another.',
    numberPrefixTaken: 'A register with these registration number letters already exists. Choose other letters.',
    numberPrefixLocked:
      'You can no longer change the registration number letters: this register has already handed out registration numbers.',
    professionInUse: 'You cannot remove the profession "{value}": registrations or applications still use it.',
    professionsInUse: 'You cannot remove these professions: registrations or applications still use them: {value}.',
  },
} satisfies Record<Locale, Record<string, string>>

export type RegisterMessageKey = keyof (typeof MESSAGES)['nl']

export function registerMessage(locale: Locale, key: RegisterMessageKey, value = ''): string {
  return MESSAGES[locale][key].replace('{value}', value)
}

/** The settings of a register as stored. */
export interface RegisterSettingsInput {
  name: string
  slug: string
  numberPrefix: string
  professions: string[]
  cycleYears: number
}

export const REGISTER_FIELDS = ['name', 'slug', 'numberPrefix', 'professions', 'cycleYears'] as const
export type RegisterField = (typeof REGISTER_FIELDS)[number]

export interface CheckedRegisterInput {
  values: Partial<RegisterSettingsInput>
  errors: FieldError[]
}

/**
 * Checks the given fields (all of them when `requireAll`, for a new register) and returns them cleaned up: text
 * trimmed, professions trimmed. Field names in `errors` are the API's (`professions` for every profession problem).
 */
export function checkRegisterInput(
  input: Partial<Record<RegisterField, unknown>>,
  locale: Locale,
  requireAll: boolean,
): CheckedRegisterInput {
  const errors: FieldError[] = []
  const values: Partial<RegisterSettingsInput> = {}
  const fail = (name: RegisterField, code: string, key: RegisterMessageKey, value?: string) =>
    errors.push({ in: 'body', name, code, reason: registerMessage(locale, key, value) })
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

  for (const field of REGISTER_FIELDS) {
    if (input[field] === undefined && requireAll) fail(field, 'required', 'required')
  }

  if (input.name !== undefined) {
    const name = text(input.name)
    if (name.length < REGISTER_LIMITS.nameMin || name.length > REGISTER_LIMITS.nameMax) {
      fail('name', name.length < REGISTER_LIMITS.nameMin ? 'minLength' : 'maxLength', 'name')
    } else values.name = name
  }

  if (input.slug !== undefined) {
    const slug = text(input.slug)
    const validLength = slug.length >= REGISTER_LIMITS.slugMin && slug.length <= REGISTER_LIMITS.slugMax
    // A slug never looks like an id: a register is found by either.
    if (!validLength || !SLUG_PATTERN.test(slug) || UUID.test(slug)) fail('slug', 'pattern', 'slug')
    else values.slug = slug
  }

  if (input.numberPrefix !== undefined) {
    const prefix = text(input.numberPrefix)
    if (!NUMBER_PREFIX_PATTERN.test(prefix)) fail('numberPrefix', 'pattern', 'numberPrefix')
    else values.numberPrefix = prefix
  }

  if (input.professions !== undefined) {
    const professionErrors = errors.length
    const list = Array.isArray(input.professions) ? input.professions.map(text) : []
    if (list.length < REGISTER_LIMITS.professionsMin || list.length > REGISTER_LIMITS.professionsMax) {
      fail('professions', list.length < REGISTER_LIMITS.professionsMin ? 'minItems' : 'maxItems', 'professionsCount')
    }
    if (list.some((p) => p === '')) fail('professions', 'minLength', 'professionEmpty')
    const seen = new Set<string>()
    for (const profession of list) {
      if (profession.length > REGISTER_LIMITS.professionMax) {
        fail('professions', 'maxLength', 'professionLong', `${profession.slice(0, 30)}…`)
      }
      const key = profession.toLocaleLowerCase('nl')
      if (profession !== '' && seen.has(key)) fail('professions', 'uniqueItems', 'professionTwice', profession)
      seen.add(key)
    }
    if (errors.length === professionErrors) values.professions = list
  }

  if (input.cycleYears !== undefined) {
    const years = input.cycleYears
    if (
      typeof years !== 'number' ||
      !Number.isInteger(years) ||
      years < REGISTER_LIMITS.cycleYearsMin ||
      years > REGISTER_LIMITS.cycleYearsMax
    ) {
      fail('cycleYears', 'range', 'cycleYears')
    } else values.cycleYears = years
  }

  return { values, errors }
}

/** The professions in `before` that `after` no longer has. */
export function removedProfessions(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after)
  return before.filter((profession) => !kept.has(profession))
}

/** Field → { from, to } for every field whose value differs: what the audit entry records. */
export function changedFields(
  before: RegisterSettingsInput,
  after: Partial<RegisterSettingsInput>,
): Partial<Record<RegisterField, { from: unknown; to: unknown }>> {
  const changes: Partial<Record<RegisterField, { from: unknown; to: unknown }>> = {}
  for (const field of REGISTER_FIELDS) {
    const next = after[field]
    if (next === undefined) continue
    if (JSON.stringify(before[field]) !== JSON.stringify(next)) changes[field] = { from: before[field], to: next }
  }
  return changes
}
