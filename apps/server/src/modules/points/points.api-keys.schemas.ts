import { Type } from 'typebox'
import { pageQuery } from '../../platform/http/api-schemas.ts'

// An organisation's API keys for integrations. The key itself is only in the answer of its creation.

const Id = Type.String({ format: 'uuid' })
const Timestamp = Type.String({ format: 'date-time' })
const NullableTimestamp = Type.Union([Timestamp, Type.Null()])

export const OrganisationParams = Type.Object({ organisationId: Id }, { additionalProperties: false })
export const ApiKeyParams = Type.Object({ organisationId: Id, apiKeyId: Id }, { additionalProperties: false })
export const ApiKeyListQuery = Type.Object(pageQuery, { additionalProperties: false })

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Waarvoor de sleutel is, bijvoorbeeld de naam van het leerplatform',
    }),
  },
  { additionalProperties: false },
)

const keyFields = {
  id: Id,
  name: Type.String(),
  prefix: Type.String({ description: 'Het begin van de sleutel, om sleutels uit elkaar te houden' }),
  createdAt: Timestamp,
  lastUsedAt: NullableTimestamp,
  revokedAt: NullableTimestamp,
}
export const ApiKey = Type.Object(keyFields, { additionalProperties: false })
export const ApiKeyCreated = Type.Object(
  { ...keyFields, key: Type.String({ description: 'De sleutel zelf: alleen nu te zien, bewaar hem veilig' }) },
  { additionalProperties: false },
)
export const ApiKeyPage = Type.Object(
  {
    items: Type.Array(ApiKey),
    page: Type.Integer({ minimum: 1 }),
    pageSize: Type.Integer({ minimum: 1 }),
    total: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
)
