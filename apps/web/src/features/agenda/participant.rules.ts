import type { MySignUp } from './api/agenda-api.ts'

// What a participant can do with a sign-up around the event itself: the ticket, the online keyword, the certificate
// of attendance and the evaluation. Pure functions, tested; the windows mirror the API's (the API decides).

export const TICKET_PATH = '/agenda/ticket'

const MINUTE = 60_000
/** The online keyword can be entered from 15 minutes before the start until 15 minutes after the end. */
export const KEYWORD_MARGIN_MINUTES = 15
/** The API's largest comment of an evaluation. */
export const COMMENT_MAX = 2000
export const EVALUATION_QUESTIONS = ['contentScore', 'speakerScore', 'usefulnessScore'] as const
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number]
export const SCORES = [1, 2, 3, 4, 5] as const

/** A ticket code spelled out for a screen reader: "A B C D, E F 2 3" (one character at a time, a pause for '-'). */
export function spellTicketCode(code: string): string {
  return code
    .trim()
    .split('-')
    .map((part) => [...part.replace(/\s/g, '')].join(' '))
    .filter(Boolean)
    .join(', ')
}

/** The QR code's SVG as an image address (shown with <img alt>, never as inline markup). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `data:image/svg+xml;base64,${btoa(binary)}`
}

export type KeywordPhase = 'not-yet' | 'open' | 'closed'

/** When the online keyword can be entered (mirrors the API: 15 minutes before the start to 15 after the end). */
export function keywordWindow(event: { startsAt: string; endsAt: string }) {
  return {
    opensAt: new Date(new Date(event.startsAt).getTime() - KEYWORD_MARGIN_MINUTES * MINUTE),
    closesAt: new Date(new Date(event.endsAt).getTime() + KEYWORD_MARGIN_MINUTES * MINUTE),
  }
}

export function keywordPhase(event: { startsAt: string; endsAt: string }, now: Date): KeywordPhase {
  const { opensAt, closesAt } = keywordWindow(event)
  if (now.getTime() < opensAt.getTime()) return 'not-yet'
  return now.getTime() <= closesAt.getTime() ? 'open' : 'closed'
}

/** A ticket exists only for a confirmed place of an event that is not cancelled. */
export const hasTicket = (signUp: MySignUp) => signUp.state === 'confirmed' && signUp.event.state !== 'cancelled'

/** The event has ended (as "my sign-ups" groups it: at its end it is over). */
export const isOver = (signUp: MySignUp, now: Date) => new Date(signUp.event.endsAt).getTime() <= now.getTime()

/**
 * The ticket is asked for only while it can be used: a place at a location (an online session is checked in with the
 * keyword, and no page shows its ticket) at an event that has not ended. Asking makes the ticket on first request, so
 * a page never asks for it otherwise; whether one came is in the sign-up itself (`checkedInAt`).
 */
export const wantsTicket = (signUp: MySignUp, now: Date) =>
  hasTicket(signUp) && !signUp.event.online && !isOver(signUp, now)

/** For a place at an event that has ended: when one was checked in, or null (not checked in, or it was undone). */
export const attendedAt = (signUp: MySignUp, now: Date): string | null =>
  hasTicket(signUp) && isOver(signUp, now) ? signUp.checkedInAt : null

/** The keyword form is for a confirmed place of an online event within its window. */
export const canEnterKeyword = (signUp: MySignUp, now: Date) =>
  hasTicket(signUp) && signUp.event.online && keywordPhase(signUp.event, now) === 'open'

/** Only an event that has begun can have a check-in, so only then are a certificate and an evaluation asked about. */
export const mayHaveAttended = (signUp: MySignUp, now: Date) =>
  hasTicket(signUp) && new Date(signUp.event.startsAt).getTime() - 2 * 60 * MINUTE <= now.getTime()

export type EvaluationAnswers = Record<EvaluationQuestion, number | null> & { comment: string }

export const emptyEvaluation = (): EvaluationAnswers => ({
  contentScore: null,
  speakerScore: null,
  usefulnessScore: null,
  comment: '',
})

/** Characters as the API counts them (code points, so an emoji counts once). */
export const characterCount = (text: string) => [...text].length

/** The form's own checks: field → i18n key of the message (every question answered, the comment not too long). */
export function checkEvaluation(answers: EvaluationAnswers): Partial<Record<EvaluationQuestion | 'comment', string>> {
  const problems: Partial<Record<EvaluationQuestion | 'comment', string>> = {}
  for (const question of EVALUATION_QUESTIONS)
    if (answers[question] === null) problems[question] = 'agenda.evaluation.errors.score'
  if (characterCount(answers.comment) > COMMENT_MAX) problems.comment = 'agenda.evaluation.errors.comment'
  return problems
}

/** The request body; the comment only when something was written. */
export function evaluationBody(answers: EvaluationAnswers) {
  const comment = answers.comment.trim()
  return {
    contentScore: answers.contentScore ?? 0,
    speakerScore: answers.speakerScore ?? 0,
    usefulnessScore: answers.usefulnessScore ?? 0,
    ...(comment ? { comment } : {}),
  }
}

/** Who opens the ticket's address: the organiser's staff get the way to the check-in page, anyone else a note. */
export const ticketAudience = (permissions: Record<string, boolean | undefined> | undefined) =>
  permissions?.checkInAttendees ? 'organiser' : 'other'
