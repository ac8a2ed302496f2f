// Pure checks of the application form's text fields; references (register, profession, employer) are checked by
// the service against the database, and every problem ends up in one list.
import type { FieldError } from '../../platform/http/errors.ts'
import type { Locale } from '../../platform/http/messages.ts'
import { type ApplicationMessageKey, applicationMessage } from './register.applications.messages.ts'

/** The version of the professional code (beroepscode) an applicant accepts now; the web app links to it. */
export const PROFESSIONAL_CODE_VERSION = '2025-01'
export const PROFESSIONAL_CODE_PATH = '/beroepscode'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** Voorletters: letters each followed by a dot, e.g. `J.A.` or `Th.` */
const INITIALS = /^(\p{Lu}\p{Ll}{0,2}\.){1,8}$/u

/** The form fields an application accepts (besides the file `diploma`). */
export const APPLY_FIELDS = [
  'registerId',
  'initials',
  'infix',
  'surname',
  'profession',
  'employerOrganisationId',
  'selfEmployed',
  'educationInstitution',
  'educationProgramme',
  'educationDate',
  'acceptCode',
  'codeVersion',
] as const

export interface ApplyInput {
  /** A register id (uuid) or slug. */
  register: string
  initials: string
  infix: string
  surname: string
  profession: string
  employerOrganisationId: string | null
  selfEmployed: boolean
  educationInstitution: string
  educationProgramme: string
  educationDate: string
  codeVersion: string
}

const isTrue = (value: string | undefined) => value === 'true' || value === 'on' || value === '1'

/** `j.a` → `J.A.`; spaces removed, a missing last dot added. */
export function normalizeInitials(value: string): string {
  const compact = value.replace(/\s+/g, '')
  const dotted = compact.includes('.') ? compact : compact.split('').join('.')
  const withDot = dotted.endsWith('.') ? dotted : `${dotted}.`
  return withDot.replace(/(^|\.)(\p{Ll})/gu, (_m, dot: string, letter: string) => dot + letter.toUpperCase())
}

export function isValidDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === iso
}

/** Checks the form's text fields; returns the cleaned input and every problem found. */
export function checkApplyFields(
  fields: Record<string, string>,
  locale: Locale,
  today: string,
): { input: ApplyInput; errors: FieldError[] } {
  const errors: FieldError[] = []
  const add = (name: string, code: string, key: ApplicationMessageKey, limit?: number) =>
    errors.push({ in: 'body', name, code, reason: applicationMessage(locale, key, { limit }) })
  const text = (name: string, max: number, required = true) => {
    const value = (fields[name] ?? '').trim().replace(/\s+/g, ' ')
    if (required && value === '') add(name, 'required', 'required')
    else if (value.length > max) add(name, 'maxLength', 'tooLong', max)
    return value
  }

  for (const name of Object.keys(fields)) {
    if (!(APPLY_FIELDS as readonly string[]).includes(name)) add(name, 'additionalProperties', 'unknownField')
  }
  const register = (fields.registerId ?? '').trim()
  if (register === '') add('registerId', 'required', 'registerUnknown')
  const rawInitials = text('initials', 20)
  const initials = rawInitials === '' ? '' : normalizeInitials(rawInitials)
  if (initials !== '' && initials.length <= 20 && !INITIALS.test(initials)) add('initials', 'pattern', 'initialsFormat')
  const infix = text('infix', 30, false)
  const surname = text('surname', 100)
  const profession = (fields.profession ?? '').trim()
  if (profession === '') add('profession', 'required', 'professionRequired')

  const employer = (fields.employerOrganisationId ?? '').trim()
  const selfEmployed = isTrue(fields.selfEmployed)
  if (employer === '' && !selfEmployed) add('employerOrganisationId', 'required', 'employerRequired')
  else if (employer !== '' && selfEmployed) add('employerOrganisationId', 'conflict', 'employerAndSelfEmployed')
  else if (employer !== '' && !UUID.test(employer)) add('employerOrganisationId', 'format', 'employerUnknown')

  const educationInstitution = text('educationInstitution', 200)
  const educationProgramme = text('educationProgramme', 200)
  const educationDate = (fields.educationDate ?? '').trim()
  if (educationDate === '') add('educationDate', 'required', 'required')
  else if (!isValidDate(educationDate)) add('educationDate', 'format', 'dateFormat')
  else if (educationDate > today) add('educationDate', 'maximum', 'dateInFuture')
  else if (educationDate < '1950-01-01') add('educationDate', 'minimum', 'dateTooOld')

  if (!isTrue(fields.acceptCode)) add('acceptCode', 'required', 'acceptCode')
  const codeVersion = (fields.codeVersion ?? '').trim()
  if (isTrue(fields.acceptCode) && codeVersion !== PROFESSIONAL_CODE_VERSION) add('codeVersion', 'const', 'codeVersion')

  return {
    input: {
      register,
      initials,
      infix,
      surname,
      profession,
      employerOrganisationId: employer === '' ? null : employer,
      selfEmployed,
      educationInstitution,
      educationProgramme,
      educationDate,
      codeVersion,
    },
    errors,
  }
}
