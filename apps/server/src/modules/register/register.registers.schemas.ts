import { Type } from 'typebox'
import type { RegisterSettingsInput } from './register.registers.rules.ts'

// Request bodies only fix the types: the limits are checked in register.registers.rules.ts, so one answer lists
// every invalid field (also a missing one) with a message that says what to fill in.

export const RegisterParams = Type.Object({ registerId: Type.String({ format: 'uuid' }) })

const fields = {
  name: Type.String({ description: 'Naam van het register, 3 tot 120 tekens, zoals "Register Klantmanagers"' }),
  slug: Type.String({
    description:
      'Korte naam voor webadressen: 2 tot 60 tekens, kleine letters, cijfers en streepjes (register-klantmanagers). Uniek.',
  }),
  numberPrefix: Type.String({
    description:
      'Letters voor het registratienummer: 1 tot 5 hoofdletters (KM geeft KM-000123). Uniek. Niet meer te wijzigen zodra het register een nummer heeft uitgegeven (409).',
  }),
  professions: Type.Array(Type.String(), {
    description:
      'De beroepen van het register: 1 tot 20, elk niet leeg, hoogstens 100 tekens en één keer. Een beroep dat registraties nog gebruiken kun je niet weghalen (409).',
  }),
  cycleYears: Type.Integer({
    description:
      'Duur van een registratiecyclus in jaren (1 tot 10). Een wijziging geldt voor cycli die daarna beginnen; lopende en eerdere cycli houden hun datums.',
  }),
}

export const CreateRegister = Type.Object(
  {
    name: Type.Optional(fields.name),
    slug: Type.Optional(fields.slug),
    numberPrefix: Type.Optional(fields.numberPrefix),
    professions: Type.Optional(fields.professions),
    cycleYears: Type.Optional(fields.cycleYears),
  },
  {
    additionalProperties: false,
    description: 'Alle velden zijn verplicht; elk ontbrekend of ongeldig veld staat in één antwoord (400).',
  },
)

export const UpdateRegister = Type.Object(
  {
    name: Type.Optional(fields.name),
    slug: Type.Optional(fields.slug),
    numberPrefix: Type.Optional(fields.numberPrefix),
    professions: Type.Optional(fields.professions),
    cycleYears: Type.Optional(fields.cycleYears),
  },
  {
    additionalProperties: false,
    description: 'Alleen de velden die je meestuurt veranderen. Bij een ongeldig veld verandert niets.',
  },
)

export const RegisterSettings = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    slug: Type.String(),
    numberPrefix: Type.String(),
    professions: Type.Array(Type.String()),
    cycleYears: Type.Integer({ description: 'Duur van een nieuwe registratiecyclus in jaren' }),
    numberPrefixLocked: Type.Boolean({
      description: 'Waar als het register al registratienummers heeft uitgegeven: de letters liggen dan vast',
    }),
  },
  { additionalProperties: false, description: 'Een register en zijn instellingen (openbaar)' },
)

export const RegisterList = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          id: Type.String({ format: 'uuid' }),
          name: Type.String(),
          slug: Type.String(),
          numberPrefix: Type.String(),
          professions: Type.Array(Type.String()),
          cycleYears: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    ),
    professionalCode: Type.Object(
      {
        version: Type.String({ description: 'De versie die je bij een aanvraag als codeVersion meestuurt' }),
        url: Type.String({ format: 'uri' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)

export type CreateRegister = Partial<RegisterSettingsInput>
export type UpdateRegister = Partial<RegisterSettingsInput>
