import { Type } from 'typebox'
import { COMMENT_MAX, QUESTIONS } from './events.evaluations.rules.ts'

// Requests and answers of the evaluation. No answer of the API carries a person: not in the summary, not anywhere.

const Id = Type.String({ format: 'uuid' })
const Timestamp = Type.String({ format: 'date-time' })
const Score = (description: string) => Type.Integer({ minimum: 1, maximum: 5, description })

export const EvaluationParams = Type.Object({ eventId: Id })

export const EvaluationBody = Type.Object(
  {
    contentScore: Score('Inhoud: 1 (slecht) tot en met 5 (uitstekend)'),
    speakerScore: Score('Spreker of trainer: 1 tot en met 5'),
    usefulnessScore: Score('Bruikbaar in de praktijk: 1 tot en met 5'),
    comment: Type.Optional(
      Type.String({ maxLength: COMMENT_MAX, description: 'Opmerking (niet verplicht), maximaal 2.000 tekens' }),
    ),
  },
  { additionalProperties: false },
)
export type EvaluationBody = {
  contentScore: number
  speakerScore: number
  usefulnessScore: number
  comment?: string
}

export const MyEvaluation = Type.Object(
  {
    eventId: Id,
    attended: Type.Boolean({ description: 'Je bent aangemeld bij binnenkomst' }),
    submitted: Type.Boolean({ description: 'Je hebt deze bijeenkomst al beoordeeld' }),
    canSubmit: Type.Boolean({ description: 'Je kunt nu een beoordeling geven' }),
    opensAt: Timestamp,
    closesAt: Timestamp,
  },
  { additionalProperties: false },
)

export const EvaluationSummary = Type.Object(
  {
    eventId: Id,
    enoughResponses: Type.Boolean({
      description: 'Onder het minimum aantal beoordelingen is er niets te zien, ook het aantal niet',
    }),
    minimumResponses: Type.Integer({ description: 'Minimum aantal beoordelingen voordat er iets te zien is (3)' }),
    responseCount: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    questions: Type.Array(
      Type.Object(
        {
          question: Type.Union(
            QUESTIONS.map((q) => Type.Literal(q)),
            { description: 'content (inhoud), speaker (spreker), usefulness (bruikbaar in de praktijk)' },
          ),
          average: Type.Number({ minimum: 1, maximum: 5 }),
          distribution: Type.Array(
            Type.Object(
              { score: Type.Integer({ minimum: 1, maximum: 5 }), count: Type.Integer({ minimum: 0 }) },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    comments: Type.Array(Type.String(), {
      description: 'De opmerkingen zonder wie ze schreef, op alfabet (niet in de volgorde van insturen)',
    }),
  },
  { additionalProperties: false, description: 'Alleen het totaal; nooit wie wat zei' },
)
