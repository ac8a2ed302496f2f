import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'
import { APPLICATION_MESSAGE_KINDS, APPLICATION_STATES } from './register.applications.tables.ts'
import { REGISTRATION_STATUSES } from './register.tables.ts'

const State = Type.Enum([...APPLICATION_STATES], { description: 'Stand van de aanvraag' })
const Uuid = Type.String({ format: 'uuid' })
const DateTime = Type.String({ format: 'date-time' })

export const ApplicationParams = Type.Object({ applicationId: Uuid })
export const DocumentParams = Type.Object({ documentId: Uuid })

export const QueueQuery = Type.Object(
  { state: Type.Optional({ ...State, default: 'submitted' }), ...pageQuery },
  { additionalProperties: false },
)
export const PageOnlyQuery = Type.Object({ ...pageQuery }, { additionalProperties: false })

const fields = {
  id: Uuid,
  state: State,
  kind: Type.Enum(['first', 'reapply', 're-entry'], {
    description: 'Eerste aanvraag, opnieuw na afwijzing, of herintreding',
  }),
  registerName: Type.String(),
  profession: Type.String(),
  initials: Type.String(),
  infix: Type.String(),
  surname: Type.String(),
  submittedAt: DateTime,
  queuedAt: DateTime,
  decidedAt: Type.Union([DateTime, Type.Null()]),
}
export const ApplicationSummary = Type.Object(fields, { additionalProperties: false })
export const ApplicationPage = pageOf(ApplicationSummary)

const DocumentInfo = Type.Object(
  { id: Uuid, fileName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
)

export const ApplicationDetail = Type.Object(
  {
    ...fields,
    registrationStatus: Type.Enum([...REGISTRATION_STATUSES]),
    registrationNumber: Type.Union([Type.String(), Type.Null()]),
    registerId: Uuid,
    employerOrganisationId: Type.Union([Uuid, Type.Null()]),
    employerName: Type.Union([Type.String(), Type.Null()]),
    selfEmployed: Type.Boolean(),
    educationInstitution: Type.String(),
    educationProgramme: Type.String(),
    educationDate: Type.String({ format: 'date' }),
    codeVersion: Type.String(),
    codeAcceptedAt: DateTime,
    decisionReason: Type.String({ description: 'De reden van een afwijzing; leeg als er geen is' }),
    applicantEmail: Type.Union([Type.String(), Type.Null()]),
    diploma: DocumentInfo,
    messages: Type.Array(
      Type.Object(
        {
          id: Uuid,
          kind: Type.Enum([...APPLICATION_MESSAGE_KINDS], { description: 'Vraag van het registerbureau of antwoord' }),
          body: Type.String(),
          createdAt: DateTime,
          document: Type.Union([DocumentInfo, Type.Null()]),
        },
        { additionalProperties: false },
      ),
    ),
    permissions: Type.Object(
      {
        approve: Type.Boolean(),
        reject: Type.Boolean(),
        requestInformation: Type.Boolean(),
        answer: Type.Boolean(),
      },
      { additionalProperties: false, description: 'Wat jij nu met deze aanvraag mag doen' },
    ),
  },
  { additionalProperties: false },
)

export const ApplicationCreated = Type.Object(
  { id: Uuid, registrationId: Uuid, kind: fields.kind },
  { additionalProperties: false },
)
export const ApplicationStateResult = Type.Object(
  {
    id: Uuid,
    state: State,
    registrationNumber: Type.Optional(Type.String()),
    cycle: Type.Optional(
      Type.Object(
        { startDate: Type.String({ format: 'date' }), endDate: Type.String({ format: 'date' }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

/** JSON bodies; emptiness is checked by the service so the message can say what to write. */
export const RejectBody = Type.Object(
  { reason: Type.String({ maxLength: 5000, description: 'Waarom de aanvraag is afgewezen (de aanvrager ziet dit)' }) },
  { additionalProperties: false },
)
export const InformationRequestBody = Type.Object(
  { question: Type.String({ maxLength: 5000, description: 'De vraag aan de aanvrager' }) },
  { additionalProperties: false },
)

/**
 * The multipart forms, for the OpenAPI document only: the service reads and checks every part itself. Fastify sees
 * an unparsed multipart body as null, so the schema allows null and has no `required`; it says in words what is.
 */
export const ApplyForm = {
  type: ['object', 'null'],
  description:
    'multipart/form-data. Verplicht: registerId, initials, surname, profession, employerOrganisationId óf selfEmployed=true, educationInstitution, educationProgramme, educationDate, diploma (PDF, JPEG of PNG, hoogstens 10 MB, type gecontroleerd op de inhoud), acceptCode=true en codeVersion. Elk ongeldig veld staat in één antwoord.',
  properties: {
    registerId: { type: 'string', description: 'Id of slug van het register' },
    initials: { type: 'string', maxLength: 20, description: 'Voorletters, zoals J.A.' },
    infix: { type: 'string', maxLength: 30, description: 'Tussenvoegsel' },
    surname: { type: 'string', maxLength: 100 },
    profession: { type: 'string', description: 'Een van de beroepen van het register' },
    employerOrganisationId: { type: 'string', format: 'uuid' },
    selfEmployed: { type: 'string', enum: ['true', 'false'] },
    educationInstitution: { type: 'string', maxLength: 200 },
    educationProgramme: { type: 'string', maxLength: 200 },
    educationDate: { type: 'string', format: 'date' },
    diploma: { type: 'string', format: 'binary' },
    acceptCode: { type: 'string', enum: ['true'] },
    codeVersion: { type: 'string' },
  },
}
export const AnswerForm = {
  type: ['object', 'null'],
  description:
    'multipart/form-data. Verplicht: body (het antwoord). Optioneel: document (PDF, JPEG of PNG, hoogstens 10 MB).',
  properties: {
    body: { type: 'string', maxLength: 5000 },
    document: { type: 'string', format: 'binary' },
  },
}

export type QueueQuery = { state: (typeof APPLICATION_STATES)[number]; page: number; pageSize: number }
