import { Type } from 'typebox'
import { POINT_CATEGORIES } from '../points/points.tables.ts'
import { CHECK_IN_METHODS, POINTS_OUTCOMES } from './events.check-in.tables.ts'

// Requests and answers of tickets and check-in. Answers are allow-lists: a name and registration number for the
// organiser, never an e-mail address; the ticket token carries no personal data.

const Id = Type.String({ format: 'uuid' })
const Timestamp = Type.String({ format: 'date-time' })
const NullableTimestamp = Type.Union([Timestamp, Type.Null()])

export const CheckInParams = Type.Object({ organisationId: Id, eventId: Id, checkInId: Id })

export const Ticket = Type.Object(
  {
    signUpId: Id,
    eventId: Id,
    code: Type.String({ description: 'Ticketcode om te typen, zoals ABCD-EF23 (8 tekens zonder O, 0, I en 1)' }),
    token: Type.String({
      description:
        'Ondertekend ticket (t1.<base64url JSON {s: aanmelding, e: bijeenkomst, v: versie}>.<HMAC-SHA256>); geen persoonsgegevens',
    }),
    qrPayload: Type.String({ description: 'De URL in de QR-code: {PUBLIC_URL}/agenda/ticket?ticket=<token>' }),
    qrSvg: Type.String({ description: 'De QR-code als SVG' }),
    checkedInAt: NullableTimestamp,
  },
  { additionalProperties: false },
)

export const CheckInBody = Type.Object(
  {
    token: Type.Optional(
      Type.String({ minLength: 1, maxLength: 1000, description: 'Gescand ticket: het token of de URL uit de QR-code' }),
    ),
    code: Type.Optional(
      Type.String({ minLength: 1, maxLength: 20, description: 'Getypte ticketcode, zoals ABCD-EF23' }),
    ),
    signUpId: Type.Optional(Id),
    reason: Type.Optional(
      Type.String({ maxLength: 1000, description: 'Verplicht na afloop (achteraf aanmelden, tot 30 dagen)' }),
    ),
  },
  { additionalProperties: false },
)
export type CheckInBody = {
  token?: string
  code?: string
  signUpId?: string
  reason?: string
}

export const SelfCheckInBody = Type.Object(
  { keyword: Type.String({ maxLength: 100, description: 'Het trefwoord dat in de sessie wordt getoond' }) },
  { additionalProperties: false },
)
export type SelfCheckInBody = { keyword: string }

export const UndoBody = Type.Object({ reason: Type.String({ maxLength: 1000 }) }, { additionalProperties: false })
export type UndoBody = { reason: string }

export const KeywordBody = Type.Object(
  {
    keyword: Type.Optional(
      Type.String({
        maxLength: 100,
        description: '4 tot 40 tekens; zonder trefwoord maken wij er een (zoals molen-tulp-42)',
      }),
    ),
  },
  { additionalProperties: false },
)
export type KeywordBody = { keyword?: string }

const Points = Type.Object(
  {
    outcome: Type.Enum([...POINTS_OUTCOMES], {
      description:
        'booked: presentie en punten geboekt; already-present: stond al op de presentielijst (niets dubbel); no-registration: geen registratie, geen punten; not-bookable: registratie niet actief op de datum; no-points: bijeenkomst levert geen punten op',
    }),
    points: Type.Union([Type.Number(), Type.Null()]),
    category: Type.Union([Type.Enum([...POINT_CATEGORIES]), Type.Null()]),
    message: Type.String(),
  },
  { additionalProperties: false },
)

export const CheckIn = Type.Object(
  {
    id: Id,
    eventId: Id,
    signUpId: Id,
    name: Type.String(),
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    method: Type.Enum([...CHECK_IN_METHODS], {
      description: 'scan: QR-code; code: getypte ticketcode; list: aangevinkt in de lijst; keyword: trefwoord (online)',
    }),
    checkedInAt: Timestamp,
    late: Type.Boolean({ description: 'Achteraf aangemeld, na afloop (met reden)' }),
    reason: Type.String(),
    undoneAt: NullableTimestamp,
    undoReason: Type.String(),
    points: Points,
  },
  { additionalProperties: false },
)

export const CheckInList = Type.Object(
  {
    eventId: Id,
    online: Type.Boolean(),
    startsAt: Timestamp,
    endsAt: Timestamp,
    phase: Type.Enum(['too-early', 'live', 'correction', 'closed'], {
      description:
        'too-early: vóór 2 uur voor het begin; live: tot 15 minuten na het einde; correction: achteraf aanmelden of terugdraaien met reden, tot 30 dagen; closed',
    }),
    correctionEndsAt: Timestamp,
    confirmed: Type.Integer(),
    checkedIn: Type.Integer(),
    noShows: Type.Integer({ description: 'Na afloop: bevestigde plaatsen zonder aanmelding bij binnenkomst' }),
    items: Type.Array(
      Type.Object(
        {
          signUpId: Id,
          name: Type.String(),
          registrationNumber: Type.Union([Type.String(), Type.Null()]),
          checkIn: Type.Union([CheckIn, Type.Null()]),
          noShow: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

export const Keyword = Type.Object(
  {
    eventId: Id,
    keyword: Type.Union([Type.String(), Type.Null()]),
    opensAt: Timestamp,
    closesAt: Timestamp,
    open: Type.Boolean({ description: 'Deelnemers kunnen het trefwoord nu invullen' }),
  },
  { additionalProperties: false },
)
