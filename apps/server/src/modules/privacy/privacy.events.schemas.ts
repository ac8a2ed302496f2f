import { type TSchema, Type } from 'typebox'
import { CHECK_IN_METHODS, POINTS_OUTCOMES } from '../events/events.check-in.tables.ts'
import { EVENT_STATES, SIGN_UP_END_REASONS, SIGN_UP_STATES } from '../events/events.tables.ts'

// The agenda's part of the export of one's personal data (allow-lists, like privacy.schemas.ts).

const DateTime = Type.String({ format: 'date-time' })
const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])
const Obj = (properties: Record<string, TSchema>, description?: string) =>
  Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) })

const CheckIn = Obj(
  {
    method: Type.Enum([...CHECK_IN_METHODS], { description: 'QR-code, getypte code, lijst of sleutelwoord' }),
    checkedInAt: DateTime,
    late: Type.Boolean({ description: 'Achteraf aangemeld door de organisator' }),
    reason: Type.String({ description: 'Reden van de organisator bij een late aanmelding' }),
    pointsOutcome: Type.Enum([...POINTS_OUTCOMES], { description: 'Wat de aanmelding deed voor je PE-punten' }),
    undoneAt: Nullable(DateTime),
    undoReason: Type.String(),
    certificate: Nullable(
      Obj(
        { credentialId: Type.String(), issuedAt: DateTime },
        'Je bewijs van deelname (Open Badges), als je het hebt opgehaald',
      ),
    ),
  },
  'Je aanmelding bij binnenkomst (check-in)',
)

const EventSignUp = Obj(
  {
    eventTitle: Type.String(),
    organiserName: Type.String(),
    eventStartsAt: DateTime,
    eventEndsAt: DateTime,
    online: Type.Boolean(),
    eventState: Type.Enum([...EVENT_STATES]),
    state: Type.Enum([...SIGN_UP_STATES], {
      description: 'plaats, wachtlijst, aangeboden plaats, afgemeld of verlopen',
    }),
    signedUpAt: DateTime,
    confirmedAt: Nullable(DateTime),
    offeredAt: Nullable(DateTime),
    offerExpiresAt: Nullable(DateTime),
    endedAt: Nullable(DateTime),
    endReason: Nullable(
      Type.Enum([...SIGN_UP_END_REASONS], {
        description: 'zelf afgemeld, bijeenkomst afgelast, aanbod verlopen of gegevens gewist',
      }),
    ),
    ticketCode: Nullable(Type.String({ description: 'De code op je toegangsbewijs (het QR-token zelf niet)' })),
    reminderSentAt: Nullable(DateTime),
    checkIns: Type.Array(CheckIn),
  },
  'Je aanmelding voor een bijeenkomst in de agenda',
)

export const AgendaExport = Obj(
  {
    signUps: Type.Array(EventSignUp),
    evaluations: Type.Array(
      Obj(
        { eventTitle: Type.String(), eventStartsAt: DateTime },
        'Je hebt deze bijeenkomst beoordeeld (je antwoorden zijn anoniem opgeslagen en staan hier niet in)',
      ),
    ),
    calendarFeed: Nullable(
      Obj(
        { createdAt: DateTime },
        'Je hebt een persoonlijke agendalink, gemaakt op dit moment (de link zelf staat hier niet in)',
      ),
    ),
    publishedEvents: Type.Array(
      Obj(
        {
          organisationName: Type.String(),
          title: Type.String(),
          startsAt: DateTime,
          state: Type.Enum([...EVENT_STATES]),
          createdAt: DateTime,
        },
        'Een bijeenkomst die je publiceerde voor een aanbieder',
      ),
    ),
    checkInsDone: Type.Array(
      Obj(
        { eventTitle: Type.String(), eventStartsAt: DateTime, checkIns: Type.Integer() },
        'Hoeveel deelnemers je aanmeldde bij binnenkomst, per bijeenkomst (wie dat waren, staat hier niet in)',
      ),
    ),
  },
  'Je aanmeldingen voor bijeenkomsten in de agenda, en wat je in de agenda deed voor een aanbieder',
)
