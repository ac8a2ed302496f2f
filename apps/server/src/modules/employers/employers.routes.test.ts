import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.ts'
import { type LoggedIn, loginAs, mailsTo } from '../../../test/auth.ts'
import { createTestRegister, createTestRegistration } from '../../../test/registrations.ts'
import { outboxMails } from '../../platform/mail/mail.tables.ts'
import { cycleDecisions } from '../register/register.decisions.tables.ts'
import { employerInvitations } from './employers.tables.ts'

let t: TestApp
let manager: LoggedIn
let otherManager: LoggedIn
let professional: LoggedIn
let colleague: LoggedIn
let office: LoggedIn
let org: string
let registrationId: string

beforeAll(async () => {
  t = await createTestApp()
  manager = await loginAs(t, 'employer_manager', {
    remoteAddress: '198.51.100.1',
    givenName: 'Marieke',
    familyName: 'Bos',
  })
  org = manager.organisationId!
  otherManager = await loginAs(t, 'employer_manager', { remoteAddress: '198.51.100.2' })
  professional = await loginAs(t, 'professional', { remoteAddress: '198.51.100.3' })
  colleague = await loginAs(t, 'professional', { remoteAddress: '198.51.100.4' })
  office = await loginAs(t, 'register_office', { remoteAddress: '198.51.100.5' })
  const register = await createTestRegister(t.database.db)
  const { registration, cycle } = await createTestRegistration(t.database.db, {
    registerId: register.id,
    userId: professional.userId,
    employerOrganisationId: org,
    surname: 'Berg',
    infix: 'van den',
    initials: 'S.',
  })
  registrationId = registration.id
  await t.database.db.insert(cycleDecisions).values({
    cycleId: cycle!.id,
    kind: 'hardship',
    reason: 'Langdurig ziek (medisch, vertrouwelijk)',
    outcome: 'Norm verlaagd naar 150 punten',
    decidedById: office.userId,
  })
  await createTestRegistration(t.database.db, {
    registerId: register.id,
    userId: colleague.userId,
    employerOrganisationId: otherManager.organisationId,
    surname: 'Elders',
  })
})
afterAll(() => t.close())

const api = (
  who: LoggedIn | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object | string,
  type?: string,
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(who?.headers ?? {}), ...(type ? { 'content-type': type } : {}) },
    payload,
  })

const invitationRows = () =>
  t.database.db.select().from(employerInvitations).where(eq(employerInvitations.organisationId, org))

describe('inviting staff', () => {
  it('refuses the whole list when one line is wrong, names every wrong line in Dutch, and sends nothing', async () => {
    const mailsBefore = (await t.database.db.select().from(outboxMails)).length
    const res = await api(manager, 'POST', `/organisations/${org}/invitations`, {
      emails: ['goed@gemeente.nl', 'fout-adres', '', 'ook@fout'],
    })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toContain('application/problem+json')
    const problem = res.json()
    expect(problem.detail).toMatch(/Er is niemand uitgenodigd/)
    expect(problem.errors).toEqual([
      expect.objectContaining({
        in: 'body',
        name: 'emails.2',
        reason: 'Regel 2: "fout-adres" is geen geldig e-mailadres.',
      }),
      expect.objectContaining({
        in: 'body',
        name: 'emails.4',
        reason: 'Regel 4: "ook@fout" is geen geldig e-mailadres.',
      }),
    ])
    expect(await invitationRows()).toEqual([])
    expect((await t.database.db.select().from(outboxMails)).length).toBe(mailsBefore)
  })

  it('invites every new address once, mails a link with the employer filled in, skips duplicates, and audits', async () => {
    const res = await api(manager, 'POST', `/organisations/${org}/invitations`, {
      emails: ['Anna@Gemeente.nl', 'bram@gemeente.nl', 'anna@gemeente.nl'],
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.invited.map((i: { email: string }) => i.email).sort()).toEqual(['anna@gemeente.nl', 'bram@gemeente.nl'])
    expect(body.skipped).toEqual([{ email: 'anna@gemeente.nl', line: 3, reason: 'duplicate' }])
    const [mail] = await mailsTo(t, 'anna@gemeente.nl')
    expect(mail!.template).toBe('employers.invitation')
    expect(mail!.textBody).toContain(`http://localhost:3000/inschrijven?werkgever=${org}`)
    expect(mail!.textBody).toContain('Marieke Bos')
    const [entry] = await t.database.db
      .execute<{ details: { invitationIds: string[] } }>(
        `select details from audit_events where action = 'employers.invitations.sent' and object_id = '${org}'` as any,
      )
      .then((r: any) => r.rows ?? r)
    expect(entry!.details.invitationIds).toHaveLength(2)
  })

  it('skips an address whose invitation is still open, and renews one that has expired', async () => {
    const again = await api(manager, 'POST', `/organisations/${org}/invitations`, { emails: ['bram@gemeente.nl'] })
    expect(again.json()).toEqual({
      invited: [],
      skipped: [{ email: 'bram@gemeente.nl', line: 1, reason: 'already-invited' }],
    })
    // Let it expire (moving the clock would end the test sessions).
    await t.database.db
      .update(employerInvitations)
      .set({ expiresAt: new Date(t.now.value.getTime() - 1000) })
      .where(eq(employerInvitations.email, 'bram@gemeente.nl'))
    const list = await api(manager, 'GET', `/organisations/${org}/invitations`)
    expect(list.json().items.find((i: { email: string }) => i.email === 'bram@gemeente.nl').state).toBe('expired')
    const renewed = await api(manager, 'POST', `/organisations/${org}/invitations`, { emails: ['bram@gemeente.nl'] })
    expect(renewed.json().invited).toHaveLength(1)
    expect((await mailsTo(t, 'bram@gemeente.nl')).length).toBe(2)
    expect((await invitationRows()).filter((r) => r.email === 'bram@gemeente.nl')).toHaveLength(1)
  })

  it('reads a CSV upload (BOM, header, ; separator) and names the wrong lines of a CSV by their line', async () => {
    const bad = await api(
      manager,
      'POST',
      `/organisations/${org}/invitations`,
      'email\nokay@gemeente.nl\nkapot',
      'text/csv',
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ name: 'csv.3', reason: expect.stringContaining('Regel 3') }),
    ])
    const res = await api(
      manager,
      'POST',
      `/organisations/${org}/invitations`,
      '\uFEFFemail;\r\ncsv1@gemeente.nl;\r\n"csv2@gemeente.nl";\r\n',
      'text/csv; charset=utf-8',
    )
    expect(res.statusCode).toBe(200)
    expect(
      res
        .json()
        .invited.map((i: { email: string }) => i.email)
        .sort(),
    ).toEqual(['csv1@gemeente.nl', 'csv2@gemeente.nl'])
  })

  it('marks an invitation as aangemeld once a registration with that address names the employer, and skips it', async () => {
    await api(manager, 'POST', `/organisations/${org}/invitations`, { emails: [professional.email] })
    const list = await api(manager, 'GET', `/organisations/${org}/invitations?pageSize=100`)
    expect(list.statusCode).toBe(200)
    const states = Object.fromEntries(
      list.json().items.map((i: { email: string; state: string }) => [i.email, i.state]),
    )
    expect(states).toMatchObject({ 'anna@gemeente.nl': 'open', 'csv1@gemeente.nl': 'open' })
    // The professional already has a registration with this employer: skipped, never invited.
    expect(states[professional.email.toLowerCase()]).toBeUndefined()
    const res = await api(manager, 'POST', `/organisations/${org}/invitations`, { emails: [professional.email] })
    expect(res.json().skipped[0].reason).toBe('already-registered')
  })

  it('refuses an empty list, a wrong content type, other roles (403) and anonymous callers (401)', async () => {
    expect((await api(manager, 'POST', `/organisations/${org}/invitations`, { emails: [''] })).statusCode).toBe(400)
    const plain = await api(manager, 'POST', `/organisations/${org}/invitations`, 'a@b.nl', 'text/plain')
    expect(plain.statusCode).toBe(415)
    expect(plain.json().detail).toMatch(/CSV-bestand/)
    for (const who of [otherManager, professional, office]) {
      expect((await api(who, 'POST', `/organisations/${org}/invitations`, { emails: ['x@y.nl'] })).statusCode).toBe(403)
      expect((await api(who, 'GET', `/organisations/${org}/invitations`)).statusCode).toBe(403)
    }
    expect((await api(null, 'POST', `/organisations/${org}/invitations`, { emails: ['x@y.nl'] })).statusCode).toBe(401)
    expect((await mailsTo(t, 'x@y.nl')).length).toBe(0)
  })
})

describe('the team and a person’s CPD standing', () => {
  it('shows the registrations with this employer: name, number, status, cycle end and sharing', async () => {
    const res = await api(manager, 'GET', `/organisations/${org}/team`)
    expect(res.statusCode).toBe(200)
    expect(res.json().items).toEqual([
      {
        registrationId,
        registrationNumber: expect.stringMatching(/^[A-Z]{1,5}-\d{6}$/),
        name: 'S. van den Berg',
        registerName: 'Register Klantmanagers',
        profession: 'klantmanager werk',
        status: 'registered',
        cycleEnd: '2029-03-01',
        sharesStanding: false,
      },
    ])
    expect((await api(otherManager, 'GET', `/organisations/${org}/team`)).statusCode).toBe(403)
    expect((await api(professional, 'GET', `/organisations/${org}/team`)).statusCode).toBe(403)
    expect((await api(null, 'GET', `/organisations/${org}/team`)).statusCode).toBe(401)
  })

  it('shows the standing only while the person consents; revoking works at the next request; both audited', async () => {
    const url = `/organisations/${org}/team/${registrationId}/standing`
    const hidden = await api(manager, 'GET', url)
    expect(hidden.statusCode).toBe(403)
    expect(hidden.json().detail).toMatch(/deelt de PE-stand niet/)

    const grant = await api(professional, 'PUT', `/me/cpd-sharing/${org}`, { granted: true })
    expect(grant.statusCode).toBe(200)
    expect(grant.json()).toMatchObject({ organisationId: org, granted: true, isEmployer: true })

    const shown = await api(manager, 'GET', url)
    expect(shown.statusCode).toBe(200)
    const standing = shown.json()
    expect(standing).toMatchObject({
      registrationId,
      name: 'S. van den Berg',
      status: 'registered',
      currentCycle: {
        number: 1,
        startDate: '2024-03-01',
        endDate: '2029-03-01',
        postponedUntil: null,
        effectiveEndDate: '2029-03-01',
        closed: false,
        decisions: [{ kind: 'hardship', outcome: 'Norm verlaagd naar 150 punten', postponedUntil: null }],
      },
    })
    expect(JSON.stringify(standing)).not.toContain('medisch')
    expect((await api(manager, 'GET', `/organisations/${org}/team`)).json().items[0].sharesStanding).toBe(true)

    const revoke = await api(professional, 'PUT', `/me/cpd-sharing/${org}`, { granted: false })
    expect(revoke.json().granted).toBe(false)
    expect((await api(manager, 'GET', url)).statusCode).toBe(403)

    const rows = await t.database.db.execute(
      `select action from audit_events where object_id = '${org}' and action like 'employers.cpd-sharing.%' order by id` as any,
    )
    expect(((rows as any).rows ?? rows).map((r: { action: string }) => r.action)).toEqual([
      'employers.cpd-sharing.granted',
      'employers.cpd-sharing.revoked',
    ])
  })

  it('lists one’s own employers with the switch; sharing with an organisation that is not your employer is refused', async () => {
    const own = await api(professional, 'GET', '/me/cpd-sharing')
    expect(own.json().items).toEqual([
      expect.objectContaining({ organisationId: org, granted: false, isEmployer: true }),
    ])
    const refused = await api(professional, 'PUT', `/me/cpd-sharing/${otherManager.organisationId}`, { granted: true })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().detail).toMatch(/niet als werkgever/)
    expect((await api(null, 'PUT', `/me/cpd-sharing/${org}`, { granted: true })).statusCode).toBe(401)
    expect((await api(professional, 'PUT', `/me/cpd-sharing/${org}`, { granted: 'ja' })).statusCode).toBe(400)
  })

  it('gives 404 for a registration outside the team, and 403 to a manager of another organisation', async () => {
    const [other] = await t.database.db
      .execute(`select id from registrations where employer_organisation_id = '${otherManager.organisationId}'` as any)
      .then((r: any) => r.rows ?? r)
    expect((await api(manager, 'GET', `/organisations/${org}/team/${other.id}/standing`)).statusCode).toBe(404)
    expect((await api(otherManager, 'GET', `/organisations/${org}/team/${registrationId}/standing`)).statusCode).toBe(
      403,
    )
  })
})
