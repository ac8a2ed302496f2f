import { Type } from 'typebox'
import { pageOf, pageQuery } from '../../platform/http/api-schemas.ts'

export const AuditEventQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ format: 'uuid', description: 'Alleen gebeurtenissen van deze persoon' })),
    action: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Begin van de actie, zoals `identity.`' }),
    ),
    result: Type.Optional(
      Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')], {
        description: 'Uitkomst',
      }),
    ),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Vanaf dit moment (UTC)' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Tot en met dit moment (UTC)' })),
    ...pageQuery,
  },
  { additionalProperties: false },
)
export type AuditEventQuery = {
  actorId?: string
  action?: string
  result?: 'success' | 'failure' | 'denied'
  from?: string
  to?: string
  page: number
  pageSize: number
}

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()])

export const AuditEvent = Type.Object(
  {
    id: Type.Integer({ description: 'Volgnummer in de keten' }),
    occurredAt: Type.String({ format: 'date-time' }),
    actorId: Nullable(Type.String({ format: 'uuid' })),
    actorEmail: Nullable(Type.String()),
    action: Type.String(),
    objectType: Nullable(Type.String()),
    objectId: Nullable(Type.String()),
    result: Type.Union([Type.Literal('success'), Type.Literal('failure'), Type.Literal('denied')]),
    origin: Nullable(Type.String()),
    requestId: Nullable(Type.String()),
    details: Type.Record(Type.String(), Type.Unknown()),
  },
  { additionalProperties: false },
)

export const AuditEventPage = pageOf(AuditEvent)
