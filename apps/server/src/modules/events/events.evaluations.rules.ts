// Pure rules of the evaluation: when it is open, and what the organiser may see of the answers.

export const EVALUATION_DAYS = 30
/** Below this many answers the organiser sees nothing at all (not even the number): too easy to tell who said what. */
export const MIN_RESPONSES = 3
export const QUESTIONS = ['content', 'speaker', 'usefulness'] as const
export type Question = (typeof QUESTIONS)[number]
export const COMMENT_MAX = 2000

const DAY = 24 * 60 * 60_000

/** From the end of the event until 30 days after it. */
export function evaluationWindow(event: { endsAt: Date }) {
  return { opensAt: event.endsAt, closesAt: new Date(event.endsAt.getTime() + EVALUATION_DAYS * DAY) }
}

export function evaluationPhase(event: { endsAt: Date }, now: Date): 'not-yet' | 'open' | 'closed' {
  const { opensAt, closesAt } = evaluationWindow(event)
  if (now.getTime() < opensAt.getTime()) return 'not-yet'
  return now.getTime() <= closesAt.getTime() ? 'open' : 'closed'
}

export interface Answers {
  contentScore: number
  speakerScore: number
  usefulnessScore: number
  comment: string
}

const scoreOf = (answers: Answers, question: Question) =>
  question === 'content'
    ? answers.contentScore
    : question === 'speaker'
      ? answers.speakerScore
      : answers.usefulnessScore

/**
 * The aggregate: per question the average (2 decimals) and how often each score 1–5 was given, and the comments in
 * alphabetical order (independent of who wrote them or when). Below MIN_RESPONSES: nothing but the threshold.
 */
export function summarise(rows: Answers[]) {
  if (rows.length < MIN_RESPONSES)
    return { enoughResponses: false, minimumResponses: MIN_RESPONSES, responseCount: null, questions: [], comments: [] }
  const questions = QUESTIONS.map((question) => {
    const scores = rows.map((row) => scoreOf(row, question))
    const sum = scores.reduce((a, b) => a + b, 0)
    return {
      question,
      average: Math.round((sum / scores.length) * 100) / 100,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.filter((s) => s === score).length })),
    }
  })
  const comments = rows
    .map((row) => row.comment.trim())
    .filter((comment) => comment !== '')
    .sort((a, b) => a.localeCompare(b, 'nl'))
  return { enoughResponses: true, minimumResponses: MIN_RESPONSES, responseCount: rows.length, questions, comments }
}
