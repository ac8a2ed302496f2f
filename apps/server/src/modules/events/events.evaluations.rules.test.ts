import { describe, expect, it } from 'vitest'
import {
  type Answers,
  evaluationPhase,
  evaluationWindow,
  MIN_RESPONSES,
  summarise,
} from './events.evaluations.rules.ts'

const ENDS = new Date('2027-03-28T10:30:00Z')
const DAY = 24 * 60 * 60_000
const answer = (content: number, speaker: number, usefulness: number, comment = ''): Answers => ({
  contentScore: content,
  speakerScore: speaker,
  usefulnessScore: usefulness,
  comment,
})

describe('the evaluation window', () => {
  it('opens at the end of the event and closes 30 days later', () => {
    const event = { endsAt: ENDS }
    expect(evaluationWindow(event).closesAt.toISOString()).toBe('2027-04-27T10:30:00.000Z')
    expect(evaluationPhase(event, new Date(ENDS.getTime() - 1))).toBe('not-yet')
    expect(evaluationPhase(event, ENDS)).toBe('open')
    expect(evaluationPhase(event, new Date(ENDS.getTime() + 30 * DAY))).toBe('open')
    expect(evaluationPhase(event, new Date(ENDS.getTime() + 30 * DAY + 1))).toBe('closed')
  })
})

describe('the summary', () => {
  it('shows nothing at all, not even the number, below the minimum of answers', () => {
    for (let n = 0; n < MIN_RESPONSES; n++) {
      const rows = Array.from({ length: n }, () => answer(5, 4, 3, 'Top'))
      expect(summarise(rows)).toEqual({
        enoughResponses: false,
        minimumResponses: 3,
        responseCount: null,
        questions: [],
        comments: [],
      })
    }
  })

  it('gives the average and the distribution per question and the comments in alphabetical order', () => {
    const summary = summarise([
      answer(5, 4, 2, 'Zeer bruikbaar'),
      answer(4, 4, 3, ''),
      answer(3, 5, 5, '  Alles helder  '),
      answer(4, 2, 5, 'Meer casussen graag'),
    ])
    expect(summary.enoughResponses).toBe(true)
    expect(summary.responseCount).toBe(4)
    expect(summary.questions.map((q) => [q.question, q.average])).toEqual([
      ['content', 4],
      ['speaker', 3.75],
      ['usefulness', 3.75],
    ])
    expect(summary.questions[0]!.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 1 },
      { score: 4, count: 2 },
      { score: 5, count: 1 },
    ])
    expect(summary.comments).toEqual(['Alles helder', 'Meer casussen graag', 'Zeer bruikbaar'])
  })

  it('does not depend on the order in which the answers were given', () => {
    const rows = [answer(1, 2, 3, 'b'), answer(2, 3, 4, 'c'), answer(3, 4, 5, 'a'), answer(5, 5, 5, 'd')]
    expect(summarise([...rows].reverse())).toEqual(summarise(rows))
    expect(summarise([rows[2]!, rows[0]!, rows[3]!, rows[1]!])).toEqual(summarise(rows))
  })
})
