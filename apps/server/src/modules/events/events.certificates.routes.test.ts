import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs } from '../../../test/auth.ts'
import { auditEvents } from '../../platform/audit/audit.tables.ts'
import { readStatusBit } from '../../platform/credentials/bitstring.ts'
import { createRun } from '../points/points.attendance.fixtures.ts'
import { ledgerOf } from '../points/points.ledger.ts'
import { addDemoNorm } from '../points/points.test-fixtures.ts'
import { createRegister, createRegistration } from '../register/register.test-fixtures.ts'
import { api, createEvent, moveClock } from './events.test-fixtures.ts'

// The certificate of attendance: the PDF and the Open Badges 3.0 credential of a check-in, who may download them,
// and the verification on the same route as the registration credential (an undone check-in: attendance withdrawn).

let t: TestApp
let http: ReturnType<typeof api>
let provider: LoggedIn
let anna: LoggedIn // registered: her check-in books 2.5 points
let bram: LoggedIn // no registration: checked in without points
let chris: LoggedIn // signed up, never checked in
let registrar: LoggedIn
let annaRegistrationId: string
let eventId: string
let annaCheckInId: string
let activityPublicId: string
let withdrawnDoc: { id: string; credentialStatus: { statusListCredential: string; statusListIndex: string } }
const signUpOf: Record<string, string> = {}
const STARTS = new Date('2027-03-28T08:00:00Z')

const certificate = (who: LoggedIn | null, signUpId: string) =>
  http.get(who, `/event-sign-ups/${signUpId}/attendance-certificate`)
const credential = (who: LoggedIn | null, signUpId: string) =>
  http.get(who, `/event-sign-ups/${signUpId}/attendance-credential`)
/** The credential's bit in the public status list credential, as an outside verifier reads it. */
async function publicStatusBit(doc: { credentialStatus: { statusListCredential: string; statusListIndex: string } }) {
  const { statusListCredential, statusListIndex } = doc.credentialStatus
  const res = await t.app.inject({ method: 'GET', url: new URL(statusListCredential).pathname })
  expect(res.statusCode).toBe(200)
  return readStatusBit(res.json().credentialSubject.encodedList, Number(statusListIndex))
}
const verify = (document: unknown) => http.post(null, '/credential-verifications', { credential: document })

beforeAll(async () => {
  t = await createTestApp()
  t.now.value = new Date('2027-03-01T10:00:00Z')
  http = api(t)
  provider = await loginAs(t, 'provider_staff', { remoteAddress: '198.51.100.150' })
  registrar = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.151' })
  anna = await loginAs(t, 'professional', {
    givenName: 'Anna',
    familyName: 'de Vries',
    remoteAddress: '198.51.100.152',
  })
  bram = await loginAs(t, 'professional', { givenName: 'Bram', familyName: 'Jansen', remoteAddress: '198.51.100.153' })
  chris = await loginAs(t, 'professional', {
    givenName: 'Chris',
    familyName: 'Bakker',
    remoteAddress: '198.51.100.154',
  })
  const registerId = (await createRegister(t, 'AC')).id
  await addDemoNorm(t, registerId)
  annaRegistrationId = (await createRegistration(t, registerId, { userId: anna.userId, surname: 'de Vries' })).id
  const { activity, run } = await createRun(t, provider.organisationId!, { points: 2.5, startsOn: '2027-03-28' })
  activityPublicId = activity.publicId!
  eventId = (await createEvent(t, provider, { activityId: activity.id, runId: run.id })).id
  for (const [name, who] of Object.entries({ anna, bram, chris })) {
    const res = await http.post(who, `/events/${eventId}/sign-ups`)
    expect(res.statusCode).toBe(201)
    signUpOf[name] = res.json().id
  }
  await moveClock(t, new Date(STARTS.getTime() - 30 * 60_000))
  for (const name of ['anna', 'bram']) {
    const res = await http.post(provider, `/organisations/${provider.organisationId}/events/${eventId}/check-ins`, {
      signUpId: signUpOf[name],
    })
    expect(res.statusCode).toBe(201)
    if (name === 'anna') annaCheckInId = res.json().id
  }
})
afterAll(() => t.close())

describe('who may download a certificate of attendance', () => {
  it('only the participant: nobody logged in 401; another person, the organiser and the register office 404', async () => {
    for (const call of [certificate, credential]) {
      expect((await call(null, signUpOf.anna!)).statusCode).toBe(401)
      for (const who of [bram, provider, registrar]) {
        const res = await call(who, signUpOf.anna!)
        expect(res.statusCode).toBe(404)
        expect(res.json().detail).toBe('Deze aanmelding bestaat niet.')
      }
    }
    const denied = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'events.attendance-certificate.read'))
    expect(denied.filter((a) => a.result === 'denied')).toHaveLength(3)
  })

  it('a participant who was not checked in gets a Dutch 409; an unknown sign-up 404', async () => {
    const res = await certificate(chris, signUpOf.chris!)
    expect(res.statusCode).toBe(409)
    expect(res.json().detail).toMatch(/^Een bewijs van aanwezigheid krijg je pas als/)
    expect((await credential(chris, signUpOf.chris!)).statusCode).toBe(409)
    expect((await certificate(chris, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })
})

describe('the PDF', () => {
  it('is a tagged PDF download for the participant', async () => {
    const res = await certificate(anna, signUpOf.anna!)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.headers['content-disposition']).toBe('attachment; filename="aanwezigheidsbewijs-2027-03-28.pdf"')
    const raw = res.rawPayload.toString('latin1')
    expect(raw.startsWith('%PDF-')).toBe(true)
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toContain('/Marked true')
    expect(raw).toContain('/Lang (nl-NL)')
    // The QR code points to the verification page with the id of the same (kept) credential.
    const doc = (await credential(anna, signUpOf.anna!)).json()
    const id = doc.id.replace('urn:uuid:', '')
    expect(raw).toContain(
      `/Alt (QR-code naar de controlepagina van dit bewijs: ${t.config.publicUrl}/controleren?certificaat=${id})`,
    )
  })
})

describe('the credential', () => {
  it('is an Open Badges 3.0 Course credential with the booked points as creditsEarned, valid from the check-in', async () => {
    const res = await credential(anna, signUpOf.anna!)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8')
    const doc = res.json()
    expect(doc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(doc.issuer.id).toBe(`${t.config.publicUrl}/api/v1/issuer`)
    expect(doc.validFrom).toBe('2027-03-28T07:30:00Z')
    expect(doc.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' })
    const subject = doc.credentialSubject
    expect(Object.keys(subject).sort()).toEqual(['achievement', 'creditsEarned', 'identifier', 'type'])
    expect(subject.identifier[0]).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true })
    expect(subject.achievement).toMatchObject({
      id: `${t.config.publicUrl}/agenda/${eventId}`,
      achievementType: 'Course',
      name: 'Armoede en schulden in de bijstand',
      humanCode: activityPublicId,
    })
    const booked = (await ledgerOf(t.database.db, annaRegistrationId)).filter((e) => e.source === 'attendance')
    expect(booked).toHaveLength(1)
    expect(subject.creditsEarned).toBe(booked[0]!.points)
    expect(subject.creditsEarned).toBe(2.5)
    // No personal data in it: no name, no e-mail address, no user or registration id.
    const text = JSON.stringify(doc)
    for (const personal of ['Anna', 'Vries', anna.email, anna.userId, annaRegistrationId])
      expect(text).not.toContain(personal)
  })

  it('is the same signed credential on every download, and issued once (audited)', async () => {
    const first = await credential(anna, signUpOf.anna!)
    const second = await credential(anna, signUpOf.anna!)
    expect(second.body).toBe(first.body)
    const issued = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'events.attendance-credential.issued'))
    expect(issued).toHaveLength(1)
  })

  it('without booked points there is no creditsEarned and no humanCode is needed', async () => {
    const doc = (await credential(bram, signUpOf.bram!)).json()
    expect(doc.credentialSubject).not.toHaveProperty('creditsEarned')
    expect(doc.credentialSubject.achievement.achievementType).toBe('Course')
    const res = await verify(doc)
    expect(res.json()).toMatchObject({ signatureValid: true, kind: 'attendance', status: { withdrawn: false } })
    expect(res.json()).not.toHaveProperty('creditsEarned')
  })

  it('verifies on the verification route: the signature holds and the attendance stands', async () => {
    const doc = (await credential(anna, signUpOf.anna!)).json()
    const res = await verify(doc)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      signatureValid: true,
      errors: [],
      issuer: { id: `${t.config.publicUrl}/api/v1/issuer`, name: 'Vakregister' },
      achievementType: 'Course',
      name: 'Armoede en schulden in de bijstand',
      kind: 'attendance',
      creditsEarned: 2.5,
      validFrom: '2027-03-28T07:30:00Z',
      validUntil: null,
      expired: false,
      notYetValid: false,
      status: { suspended: false, revoked: false, withdrawn: false },
    })
  })

  it('one changed byte breaks the signature', async () => {
    const doc = (await credential(anna, signUpOf.anna!)).json()
    for (const change of [
      (d: any) => {
        d.credentialSubject.creditsEarned = 3.5
      },
      (d: any) => {
        d.validFrom = '2027-03-28T07:30:01Z'
      },
      (d: any) => {
        d.credentialSubject.achievement.name = 'Armoede en schulden in de bijstanD'
      },
    ]) {
      const changed = structuredClone(doc)
      change(changed)
      const res = (await verify(changed)).json()
      expect(res.signatureValid).toBe(false)
      expect(res.errors).toEqual([expect.stringMatching(/^De handtekening klopt niet/)])
      expect(res.status).toBeNull()
      expect(res).not.toHaveProperty('kind')
    }
  })

  it('the QR code’s public copy gives the same credential without log-in; an unknown id 404', async () => {
    const doc = (await credential(anna, signUpOf.anna!)).json()
    const res = await http.get(null, `/attendance-credentials/${doc.id.replace('urn:uuid:', '')}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual(doc)
    expect((await http.get(null, '/attendance-credentials/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404)
  })

  it('after the organiser undoes the check-in: signature valid, attendance withdrawn; no new certificate', async () => {
    const doc = (await credential(anna, signUpOf.anna!)).json()
    withdrawnDoc = doc
    expect(await publicStatusBit(doc)).toBe(false)
    await moveClock(t, new Date('2027-03-28T12:00:00Z'))
    const undo = await http.post(
      provider,
      `/organisations/${provider.organisationId}/events/${eventId}/check-ins/${annaCheckInId}/undo`,
      { reason: 'Verkeerde persoon gescand.' },
    )
    expect(undo.statusCode).toBe(200)
    const res = (await verify(doc)).json()
    expect(res).toMatchObject({ signatureValid: true, kind: 'attendance', creditsEarned: 2.5 })
    // The credential's status list bit is set too: a verifier that reads only the public list sees the withdrawal.
    expect(res.status).toEqual({ suspended: true, revoked: false, withdrawn: true })
    expect(await publicStatusBit(doc)).toBe(true)
    expect((await certificate(anna, signUpOf.anna!)).statusCode).toBe(409)
    expect((await credential(anna, signUpOf.anna!)).statusCode).toBe(409)
  })

  it('checked in again: a new credential for the new check-in; the old one stays withdrawn', async () => {
    const again = await http.post(provider, `/organisations/${provider.organisationId}/events/${eventId}/check-ins`, {
      signUpId: signUpOf.anna,
      reason: 'Was er toch.',
    })
    expect(again.statusCode).toBe(201)
    const doc = (await credential(anna, signUpOf.anna!)).json()
    expect(doc.id).not.toBe(withdrawnDoc.id)
    expect((await verify(doc)).json().status).toEqual({ suspended: false, revoked: false, withdrawn: false })
    expect(await publicStatusBit(doc)).toBe(false)
    expect(doc.validFrom).toBe('2027-03-28T12:00:00Z')
    expect((await verify(withdrawnDoc)).json().status.withdrawn).toBe(true)
  })
})
