import { Type } from 'typebox'

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const Context = Type.Array(Type.String({ format: 'uri' }), {
  description: 'Het veld `@context`: de JSON-LD-contexten (meegeleverd, nooit opgehaald)',
})
/** `@context` is JSON-LD's own keyword, not one of our field names: described as a pattern property. */
const withContext = { patternProperties: { '^@context$': Context } }

/** The issuer's Open Badges Profile, which is also the controller document of its public keys. */
export const IssuerDocument = Type.Object(
  {
    id: Type.String({ format: 'uri' }),
    type: Type.Array(Type.String()),
    name: Type.String(),
    url: Type.String({ format: 'uri' }),
    verificationMethod: Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.Literal('Multikey'),
        controller: Type.String({ format: 'uri' }),
        publicKeyMultibase: Type.String({ description: 'Publieke Ed25519-sleutel (multibase)' }),
      }),
    ),
    assertionMethod: Type.Array(Type.String()),
  },
  { ...withContext, description: 'Uitgeversprofiel (Open Badges 3.0 Profile) met de publieke sleutels' },
)

const Proof = Type.Object({
  type: Type.Literal('DataIntegrityProof'),
  cryptosuite: Type.Literal('eddsa-rdfc-2022'),
  created: Type.String({ format: 'date-time' }),
  verificationMethod: Type.String(),
  proofPurpose: Type.Literal('assertionMethod'),
  proofValue: Type.String(),
})

export const StatusPurposeParam = Type.Union([Type.Literal('suspension'), Type.Literal('revocation')], {
  description: 'Doel van de lijst: schorsing (suspension) of intrekking (revocation)',
})

export const StatusListParams = Type.Object({
  listId: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Nummer van de statuslijst' }),
  purpose: StatusPurposeParam,
})
export type StatusListParams = { listId: number; purpose: 'suspension' | 'revocation' }

/** A signed W3C BitstringStatusListCredential. */
export const StatusListCredential = Type.Object(
  {
    id: Type.String({ format: 'uri' }),
    type: Type.Array(Type.String()),
    issuer: Type.String({ format: 'uri' }),
    validFrom: Type.String({ format: 'date-time' }),
    credentialSubject: Type.Object({
      id: Type.String(),
      type: Type.Literal('BitstringStatusList'),
      statusPurpose: StatusPurposeParam,
      encodedList: Type.String({ description: 'GZIP-gecomprimeerde bitreeks, base64url (multibase "u")' }),
    }),
    proof: Proof,
  },
  { ...withContext, description: 'Ondertekende Bitstring Status List (W3C)' },
)

export const VerificationRequest = Type.Object(
  {
    credential: Type.Object(
      {},
      { additionalProperties: true, description: 'Het certificaat (Open Badges 3.0 credential) als JSON-object' },
    ),
  },
  { additionalProperties: false },
)
export type VerificationRequest = { credential: Record<string, unknown> }

/** The verification answer: an allow-list; nothing else from the pasted credential leaves the server. */
export const CredentialVerification = Type.Object(
  {
    signatureValid: Type.Boolean({ description: 'Klopt de handtekening van Vakregister (niets veranderd)?' }),
    errors: Type.Array(Type.String(), { description: 'Waarom de handtekening niet klopt (leeg als die klopt)' }),
    issuer: Nullable(Type.Object({ id: Nullable(Type.String()), name: Nullable(Type.String()) })),
    achievementType: Nullable(Type.String({ description: 'Bijvoorbeeld Certification' })),
    name: Nullable(Type.String()),
    licenseNumber: Type.Optional(Type.String({ description: 'Registratienummer' })),
    kind: Type.Optional(
      Type.String({
        description:
          'Soort certificaat als Vakregister er nu meer over weet, zoals `attendance` (bewijs van aanwezigheid bij een bijeenkomst); ontbreekt bij andere certificaten',
      }),
    ),
    creditsEarned: Type.Optional(
      Type.Number({ minimum: 0, description: 'Behaalde PE-punten volgens het certificaat (creditsEarned)' }),
    ),
    validFrom: Nullable(Type.String()),
    validUntil: Nullable(Type.String()),
    expired: Type.Boolean({ description: 'De geldigheid (validUntil) is voorbij' }),
    notYetValid: Type.Boolean({ description: 'De geldigheid (validFrom) is nog niet begonnen' }),
    status: Nullable(
      Type.Object(
        {
          suspended: Type.Boolean({ description: 'De registratie is nu geschorst of doorgehaald' }),
          revoked: Type.Boolean({ description: 'Het certificaat is ingetrokken' }),
          withdrawn: Type.Optional(
            Type.Boolean({
              description:
                'Wat het certificaat zegt, geldt niet meer (bij `attendance`: de aanmelding bij binnenkomst is teruggedraaid); alleen bij soorten die dat kennen',
            }),
          ),
        },
        { description: 'De status nu, uit de statuslijst; null als de handtekening niet klopt' },
      ),
    ),
  },
  { additionalProperties: false },
)
