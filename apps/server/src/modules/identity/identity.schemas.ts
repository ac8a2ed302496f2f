import { Type } from 'typebox'
import { MEMBERSHIP_ROLES } from '../organisations/organisations.tables.ts'
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './identity.rules.ts'
import { STAFF_ROLES } from './identity.tables.ts'

const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)))

export const Locale = Type.Union([Type.Literal('nl'), Type.Literal('en')])
const Email = Type.String({ format: 'email', maxLength: 254 })
const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' })
const NewPassword = Type.String({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
/** Any typed password (log-in, confirmations): no rules beyond a sane size. */
const AnyPassword = Type.String({ minLength: 1, maxLength: 1024 })
const MailToken = Type.String({ minLength: 1, maxLength: 200 })
const TotpCode = Type.String({ pattern: '^[0-9]{6}$' })
const RecoveryCode = Type.String({ minLength: 8, maxLength: 40 })

export const SignUpBody = Type.Object(
  { email: Email, password: NewPassword, givenName: Name, familyName: Name, locale: Type.Optional(Locale) },
  { additionalProperties: false },
)
export const VerificationBody = Type.Object({ token: MailToken }, { additionalProperties: false })
export const LoginBody = Type.Object({ email: Email, password: AnyPassword }, { additionalProperties: false })
export const MfaBody = Type.Object(
  { code: Type.Optional(TotpCode), recoveryCode: Type.Optional(RecoveryCode) },
  { additionalProperties: false, description: 'Een code uit de app (`code`) of een herstelcode (`recoveryCode`).' },
)
export const UpdateMeBody = Type.Object(
  { givenName: Type.Optional(Name), familyName: Type.Optional(Name), locale: Type.Optional(Locale) },
  { additionalProperties: false },
)
export const ChangePasswordBody = Type.Object(
  { currentPassword: AnyPassword, newPassword: NewPassword },
  { additionalProperties: false },
)
export const PasswordResetBody = Type.Object({ email: Email }, { additionalProperties: false })
export const PasswordResetConfirmationBody = Type.Object(
  { token: MailToken, password: NewPassword },
  { additionalProperties: false },
)
export const CodeBody = Type.Object({ code: TotpCode }, { additionalProperties: false })
export const PasswordBody = Type.Object({ password: AnyPassword }, { additionalProperties: false })
export const SessionParams = Type.Object({ sessionId: Type.String({ format: 'uuid' }) })

/** OpenAPI: the route needs a browser session (cookie). */
export const SESSION = [{ session: [] }]

export const Empty = Type.Object({}, { additionalProperties: false })

export const Me = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    locale: Locale,
    staffRoles: Type.Array(literals(STAFF_ROLES)),
    memberships: Type.Array(
      Type.Object({
        organisationId: Type.String({ format: 'uuid' }),
        organisationName: Type.String(),
        role: literals(MEMBERSHIP_ROLES),
      }),
    ),
    mfa: Type.Object({ enabled: Type.Boolean(), required: Type.Boolean() }),
    session: Type.Object({
      mfaState: Type.Union([Type.Literal('complete'), Type.Literal('pending'), Type.Literal('setup_required')]),
      csrfToken: Type.String(),
      expiresAt: Type.String({ format: 'date-time' }),
      idleExpiresAt: Type.String({ format: 'date-time' }),
    }),
    permissions: Type.Object({
      readAudit: Type.Boolean(),
      manageOrganisations: Type.Boolean(),
      listUsers: Type.Boolean(),
      manageStaffRoles: Type.Boolean(),
      readRegistrations: Type.Boolean({ description: 'Registraties van het register bekijken (registerbureau)' }),
      reviewApplications: Type.Boolean({ description: 'Aanvragen voor het register beoordelen (registerbureau)' }),
      configureRegisters: Type.Boolean({ description: 'Registers instellen (registerbureau, beheerder)' }),
      handleDataRequests: Type.Boolean({ description: 'Verzoeken over persoonsgegevens afhandelen (registerbureau)' }),
      reviewSelfReports: Type.Boolean({
        description: 'Zelf ingebrachte activiteiten en de steekproef beoordelen (registerbureau)',
      }),
      reviewAccreditations: Type.Boolean({
        description: 'Accreditatie-aanvragen en bezwaren beoordelen (registerbureau)',
      }),
      manageActivities: Type.Boolean({
        description: 'Activiteiten en uitvoeringen beheren (medewerker van een aanbieder)',
      }),
      manageApiKeys: Type.Boolean({
        description: 'API-sleutels voor koppelingen beheren (medewerker van een aanbieder)',
      }),
      reviewReregistrations: Type.Boolean({
        description: 'Verzoeken om herregistratie, uitstel en beperkte duur beoordelen (registerbureau)',
      }),
      manageNorms: Type.Boolean({
        description: 'De herregistratienormen van registers beheren (registerbureau, beheerder)',
      }),
      readOwnDossier: Type.Boolean({ description: 'Het eigen PE-dossier bekijken (iedereen die ingelogd is)' }),
      signUpForEvents: Type.Boolean({
        description:
          'Je aanmelden voor bijeenkomsten in de agenda en je aanmeldingen bekijken (iedereen die ingelogd is)',
      }),
      manageEvents: Type.Boolean({
        description:
          'Bijeenkomsten in de agenda publiceren, wijzigen en afgelasten en zien wie zich aanmeldde (medewerker van een aanbieder)',
      }),
      checkInAttendees: Type.Boolean({
        description:
          'Deelnemers aanmelden bij binnenkomst, de aanwezigheidslijst en het trefwoord van online sessies (medewerker van een aanbieder)',
      }),
    }),
  },
  { description: 'De ingelogde persoon, de sessie en wat de persoon mag.' },
)

export const SessionList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String({ format: 'uuid' }),
      createdAt: Type.String({ format: 'date-time' }),
      lastSeenAt: Type.String({ format: 'date-time' }),
      expiresAt: Type.String({ format: 'date-time' }),
      userAgent: Type.String(),
      current: Type.Boolean(),
    }),
  ),
})

export const TotpSetup = Type.Object({ secret: Type.String(), otpauthUri: Type.String(), qrCodeSvg: Type.String() })
export const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { minItems: 10, maxItems: 10 }),
})
