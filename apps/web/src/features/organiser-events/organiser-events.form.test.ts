import { describe, expect, it } from 'vitest'
import type { OwnEvent } from './api/organiser-events-api.ts'
import { initialValues, toInput } from './organiser-events.form.ts'

const filled = {
  ...initialValues(),
  title: ' Terugkomdag ',
  description: 'Oefenen.',
  speakers: 'Dr. A. de Vries\n\n  Y. Bakker ',
  startsAtLocal: '28-03-2027',
  startsTime: '9.30',
  endsAtLocal: '28-03-2027',
  endsTime: '12:00',
  locationName: 'Stadskantoor',
  address: 'Stadsplateau 1',
  province: 'Utrecht',
  capacity: '25',
  audience: 'klantmanager',
}

describe('the event form → the API body', () => {
  it('on location: wall-clock times, lists from lines, the location fields, no deadline when empty', () => {
    const body = toInput(filled)
    expect(body).toMatchObject({
      title: ' Terugkomdag ',
      speakers: ['Dr. A. de Vries', 'Y. Bakker'],
      startsAtLocal: '2027-03-28T09:30',
      endsAtLocal: '2027-03-28T12:00',
      online: false,
      locationName: 'Stadskantoor',
      province: 'Utrecht',
      capacity: 25,
      audience: ['klantmanager'],
      activityId: null,
      runId: null,
    })
    expect(body).not.toHaveProperty('signUpDeadlineLocal')
    expect(body).not.toHaveProperty('onlineUrl')
  })

  it('online: the link and no location; no province is sent as none', () => {
    const body = toInput({ ...filled, online: true, onlineUrl: 'https://meet.example.org/x' })
    expect(body.onlineUrl).toBe('https://meet.example.org/x')
    expect(body).not.toHaveProperty('locationName')
    expect(body).not.toHaveProperty('province')
    expect(toInput({ ...filled, province: '' }).province).toBeNull()
  })

  it('a deadline with only a date is sent empty, so the API names the field; a run only with its activity', () => {
    expect(toInput({ ...filled, signUpDeadlineLocal: '27-03-2027' }).signUpDeadlineLocal).toBe('')
    expect(toInput({ ...filled, signUpDeadlineLocal: '27-03-2027', deadlineTime: '17:00' }).signUpDeadlineLocal).toBe(
      '2027-03-27T17:00',
    )
    expect(toInput({ ...filled, runId: 'r' }).runId).toBeNull()
    expect(toInput({ ...filled, activityId: 'a', runId: 'r' })).toMatchObject({ activityId: 'a', runId: 'r' })
  })

  it('a stored event fills the form in Dutch and comes back unchanged', () => {
    const stored = {
      title: 'Lezing',
      type: 'lecture',
      description: 'Over schulden.',
      speakers: ['A', 'B'],
      startsAtLocal: '2027-01-12T09:00',
      endsAtLocal: '2027-01-12T16:30',
      signUpDeadlineLocal: '2027-01-10T23:59',
      online: false,
      onlineUrl: '',
      locationName: 'Jaarbeurs',
      address: 'Jaarbeursplein 6',
      province: 'Utrecht',
      accessibility: 'Rolstoel',
      capacity: 400,
      audience: ['klantmanager'],
      priceInfo: 'Gratis',
      activityId: 'a',
      runId: 'r',
    } as unknown as OwnEvent
    const values = initialValues(stored)
    expect(values).toMatchObject({ startsAtLocal: '12-01-2027', startsTime: '09:00', capacity: '400' })
    expect(toInput(values)).toMatchObject({
      startsAtLocal: '2027-01-12T09:00',
      endsAtLocal: '2027-01-12T16:30',
      signUpDeadlineLocal: '2027-01-10T23:59',
      speakers: ['A', 'B'],
      capacity: 400,
      activityId: 'a',
      runId: 'r',
    })
  })
})
