import type { StaffRole } from '../modules/identity/identity.tables.ts'
import type { MembershipRole, OrganisationKind } from '../modules/organisations/organisations.tables.ts'

// Realistic Dutch demo data for development and demos; never for production (see seed.ts).

/** One password for every demo account: long, not in any common-password list. */
export const DEMO_PASSWORD = 'Klantmanager-demo-2026'
/** One TOTP secret (base32) for every demo account whose role requires MFA. */
export const DEMO_TOTP_SECRET = 'KVAKREGISTERDEMOTOTPSECRET234567'
export const DEMO_DOMAIN = 'demo.vakregister.nl'

export interface DemoOrganisation {
  key: string
  name: string
  kind: OrganisationKind
  city: string
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'utrecht', name: 'Gemeente Utrecht', kind: 'municipality', city: 'Utrecht' },
  { key: 'zwolle', name: 'Gemeente Zwolle', kind: 'municipality', city: 'Zwolle' },
  { key: 'tilburg', name: 'Gemeente Tilburg', kind: 'municipality', city: 'Tilburg' },
  { key: 'hogeschool', name: 'Hogeschool Utrecht', kind: 'university', city: 'Utrecht' },
  { key: 'opleider', name: 'Opleidingscentrum Sociaal Domein', kind: 'training_company', city: 'Amersfoort' },
  { key: 'registerbureau', name: 'Registerbureau Vakregister', kind: 'register_office', city: 'Utrecht' },
]

export interface DemoAccount {
  /** Role as shown at start-up. */
  role: string
  givenName: string
  familyName: string
  email: string
  staffRoles: StaffRole[]
  membership?: { organisation: string; role: MembershipRole }
  mfa: boolean
}

const email = (local: string) => `${local}@${DEMO_DOMAIN}`

/** One account for every role, in the order start-up prints them. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: 'Professional (klantmanager)',
    givenName: 'Fatima',
    familyName: 'El Amrani',
    email: email('professional'),
    staffRoles: [],
    membership: { organisation: 'utrecht', role: 'member' },
    mfa: false,
  },
  {
    role: 'Registerbureau',
    givenName: 'Marieke',
    familyName: 'de Boer',
    email: email('registerbureau'),
    staffRoles: ['register_office'],
    membership: { organisation: 'registerbureau', role: 'member' },
    mfa: true,
  },
  {
    role: 'Redacteur',
    givenName: 'Thomas',
    familyName: 'Visser',
    email: email('redacteur'),
    staffRoles: ['editor'],
    mfa: true,
  },
  {
    role: 'Moderator',
    givenName: 'Anouk',
    familyName: 'Smits',
    email: email('moderator'),
    staffRoles: ['moderator'],
    mfa: true,
  },
  {
    role: 'Beheerder',
    givenName: 'Jeroen',
    familyName: 'van Dijk',
    email: email('beheerder'),
    staffRoles: ['admin'],
    mfa: true,
  },
  {
    role: 'Opleider (hogeschool)',
    givenName: 'Sandra',
    familyName: 'Hendriks',
    email: email('opleider-hogeschool'),
    staffRoles: [],
    membership: { organisation: 'hogeschool', role: 'provider_staff' },
    mfa: true,
  },
  {
    role: 'Opleider (opleidingsbedrijf)',
    givenName: 'Mark',
    familyName: 'Willems',
    email: email('opleider-bedrijf'),
    staffRoles: [],
    membership: { organisation: 'opleider', role: 'provider_staff' },
    mfa: true,
  },
  {
    role: 'Werkgever (leidinggevende)',
    givenName: 'Karin',
    familyName: 'Mulder',
    email: email('werkgever'),
    staffRoles: [],
    membership: { organisation: 'utrecht', role: 'employer_manager' },
    mfa: true,
  },
  {
    role: 'Onderzoeker',
    givenName: 'Ahmed',
    familyName: 'Yilmaz',
    email: email('onderzoeker'),
    staffRoles: [],
    membership: { organisation: 'hogeschool', role: 'researcher' },
    mfa: false,
  },
]

const PROFESSIONALS: [string, string][] = [
  ['Sanne', 'de Vries'],
  ['Daan', 'Jansen'],
  ['Lotte', 'Bakker'],
  ['Mohamed', 'Bouzid'],
  ['Emma', 'Dekker'],
  ['Bram', 'Peters'],
  ['Noor', 'van den Berg'],
  ['Kevin', 'Meijer'],
  ['Yasmina', 'Tahiri'],
  ['Ruben', 'de Graaf'],
  ['Esther', 'Kok'],
  ['Joost', 'Brouwer'],
  ['Priya', 'Ramdin'],
  ['Sven', 'van Leeuwen'],
  ['Iris', 'Vermeulen'],
  ['Hasan', 'Çelik'],
  ['Femke', 'Koster'],
  ['Stefan', 'Prins'],
  ['Linda', 'Huisman'],
  ['Orlando', 'Martínez'],
  ['Ilse', 'Postma'],
  ['Wouter', 'Schouten'],
  ['Naima', 'Ouali'],
  ['Gerrit', 'Hoekstra'],
  ['Chantal', 'Bos'],
]
const MUNICIPALITIES = ['utrecht', 'zwolle', 'tilburg']

const localPart = (given: string, family: string) =>
  `${given}.${family}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]+/g, '')

/** ~25 professionals, spread over the three municipalities. */
export const DEMO_PROFESSIONALS: DemoAccount[] = PROFESSIONALS.map(([givenName, familyName], i) => ({
  role: 'Professional',
  givenName,
  familyName,
  email: email(localPart(givenName, familyName)),
  staffRoles: [],
  membership: { organisation: MUNICIPALITIES[i % MUNICIPALITIES.length]!, role: 'member' },
  mfa: false,
}))

export interface DemoRegister {
  key: string
  name: string
  slug: string
  numberPrefix: string
  professions: string[]
  cycleYears: number
}

/** Two registers, so nothing is hard-wired to one. */
export const DEMO_REGISTERS: DemoRegister[] = [
  {
    key: 'km',
    name: 'Register Klantmanagers',
    slug: 'klantmanagers',
    numberPrefix: 'KM',
    professions: ['klantmanager werk', 'klantmanager inkomen', 'jobcoach', 'handhaver', 'schuldhulpverlener'],
    cycleYears: 5,
  },
  {
    key: 'pc',
    name: 'Register Participatiecoaches',
    slug: 'participatiecoaches',
    numberPrefix: 'PC',
    professions: ['participatiecoach', 'werkconsulent'],
    cycleYears: 4,
  },
]

export type DemoRegistrationKind = 'registered' | 'suspended' | 'lapsed' | 'candidate'

export interface DemoRegistration {
  /** E-mail of the demo account. */
  email: string
  register: string
  profession: string
  kind: DemoRegistrationKind
  /** Months before the seed day that the registration started. */
  monthsAgo: number
  showEmployerPublicly: boolean
}

const KM_PROFESSIONS = DEMO_REGISTERS[0]!.professions
const PC_PROFESSIONS = DEMO_REGISTERS[1]!.professions
/** Index in DEMO_PROFESSIONALS → a special status; the last five professionals have no registration. */
const SPECIAL: Record<number, DemoRegistrationKind> = { 3: 'suspended', 10: 'lapsed', 18: 'candidate', 19: 'candidate' }

/** The demo professional plus 20 of the 25 professionals: mostly registered, one suspended, one lapsed, two candidates. */
export const DEMO_REGISTRATIONS: DemoRegistration[] = [
  {
    email: email('professional'),
    register: 'km',
    profession: 'klantmanager werk',
    kind: 'registered',
    monthsAgo: 18,
    showEmployerPublicly: true,
  },
  ...DEMO_PROFESSIONALS.slice(0, 20).map((account, i) => {
    const inPc = i % 5 === 4
    return {
      email: account.email,
      register: inPc ? 'pc' : 'km',
      profession: inPc ? PC_PROFESSIONS[i % PC_PROFESSIONS.length]! : KM_PROFESSIONS[i % KM_PROFESSIONS.length]!,
      kind: SPECIAL[i] ?? 'registered',
      // Kevin Meijer (7) is within 12 weeks of his cycle end, for re-registration; the 4-year register's people are
      // inside their first cycle.
      monthsAgo: i === 10 ? 62 : i === 7 ? 58 : 3 + ((i * 7) % (inPc ? 44 : 50)),
      showEmployerPublicly: i % 3 === 0,
    }
  }),
]
