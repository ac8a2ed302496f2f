import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, DEMO_PROFESSIONALS } from '../../apps/server/src/db/seed-data.ts'
import { AccreditationPage } from '../pages/accreditation.page.ts'
import { AttendancePage } from '../pages/attendance.page.ts'
import { DossierPage } from '../pages/dossier.page.ts'
import { LogInPage } from '../pages/log-in.page.ts'
import { demoLogin } from '../support/demo-logins.ts'
import { type JourneyWorld, startWorld } from '../support/journey.ts'

// Issue 4's first acceptance journey, end to end through the browser:
// a provider requests accreditation of a new activity → the register office accredits it → the provider adds a run →
// uploads an attendance CSV with real numbers, 2 unknown numbers and 1 duplicate → sees the report → confirms → one of
// the participants sees the points of the activity in the PE-dossier.
//
// The provider is the training company ("Opleider (opleidingsbedrijf)"): Hogeschool Utrecht is an accredited provider,
// so its requests are accredited at once (fast track) and the register office only checks them afterwards.

let world: JourneyWorld
beforeAll(async () => {
  world = await startWorld()
})
afterAll(() => world?.stop())
afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && world) console.error(await world.diagnostics())
})

/** Registered demo professionals of the Register Klantmanagers (not Kevin Meijer: he has his own journey). */
const participants = ['Bakker', 'Jansen', 'de Vries', 'Peters'].map(
  (familyName) => DEMO_PROFESSIONALS.find((p) => p.familyName === familyName)!,
)
const participant = participants[0]!

/** Today as the register sees it (Europe/Amsterdam), yyyy-mm-dd. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
/** Today as the run table shows it, e.g. "3 december 2026". */
const todayShown = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
}).format(new Date(`${today}T12:00:00Z`))

const title = `Motiverende gespreksvoering in de bijstand ${Date.now().toString(36)}`

describe('from an accreditation request to points in the professional’s dossier', () => {
  it('accredits, books a checked attendance file and shows the points', async () => {
    // 0. The registration numbers of the participants, from the public register.
    const visitor = await world.newPage()
    const numbers: string[] = []
    for (const person of participants) {
      const surname = person.familyName.replace(/^(de|van den|van) /, '')
      const answer = await visitor.request.get(
        `/api/v1/public-registrations?surname=${encodeURIComponent(surname)}&initials=${person.givenName[0]}`,
        { headers: { accept: 'application/json' } },
      )
      expect(answer.status()).toBe(200)
      const { items } = (await answer.json()) as {
        items: { surname: string; registrationNumber: string; status: string }[]
      }
      const found = items.filter(
        (r) => r.surname === surname && r.status === 'registered' && r.registrationNumber.startsWith('KM-'),
      )
      expect(found, `${person.givenName} ${person.familyName} in the public register`).toHaveLength(1)
      numbers.push(found[0]!.registrationNumber)
    }

    // 1. The provider requests accreditation of a new activity.
    const provider = await world.newPage()
    await new LogInPage(provider).logInAs(demoLogin(/opleider \(opleidingsbedrijf\)/i))
    const providerSide = new AccreditationPage(provider)
    await providerSide.openProviderFromNavigation(/^accreditaties opleidingscentrum sociaal domein$/i)
    await providerSide.checkAccessibility('/aanbieder/:orgId/activiteiten')
    await providerSide.requestAccreditation({
      title,
      description: 'Een training van één dag over motiverende gespreksvoering met klanten in de bijstand.',
      learningGoals: 'Je past de technieken van motiverende gespreksvoering toe in een gesprek over werk.',
      format: 'Training',
      netHours: '6',
      category: 'Scholing',
      targetProfessions: ['klantmanager werk', 'klantmanager inkomen'],
      teachers: ['Marieke de Boer'],
      finalTest: 'Een opgenomen oefengesprek met feedback.',
    })
    expect(await providerSide.state()).toMatch(/in behandeling/i)
    await providerSide.checkAccessibility('/aanbieder/:orgId/activiteiten/:id (ingediend)')

    // 2. The register office accredits it: a public activity ID.
    const office = await world.newPage()
    await new LogInPage(office).logInAs(demoLogin(/^registerbureau$/i))
    const officeSide = new AccreditationPage(office)
    await officeSide.openQueue('submitted')
    await officeSide.checkAccessibility('/registerbureau/accreditaties')
    await officeSide.openActivity(title)
    await officeSide.checkAccessibility('/registerbureau/accreditaties/:id')
    const publicId = await officeSide.accredit()
    expect(publicId).toMatch(new RegExp(`^A-${today.slice(0, 4)}-\\d{5}$`))
    expect(await officeSide.state()).toMatch(/geaccrediteerd/i)

    // 3. The provider sees the decision and adds a run today (the validity starts on the decision date).
    await provider.reload()
    await providerSide.decisionFacts.waitFor()
    expect(await providerSide.state()).toMatch(/geaccrediteerd/i)
    expect(await providerSide.publicId()).toBe(publicId)
    await providerSide.addRun({ startsOn: today, location: 'Stadskantoor Utrecht, Stadsplateau 1' })
    await providerSide.runRows.filter({ hasText: todayShown }).first().waitFor()
    await providerSide.checkAccessibility('/aanbieder/:orgId/activiteiten/:id (uitvoering)')

    // 4. From the run list to the run's attendance page.
    const runId = await providerSide.openRunAttendance(new RegExp(todayShown))
    expect(runId).toMatch(/^[0-9a-f-]{36}$/)
    const attendance = new AttendancePage(provider)
    await attendance.presentList.waitFor()
    await attendance.checkAccessibility('/aanbieder/uitvoeringen/:runId/presentie')

    // 5. The attendance file: the participants, 2 unknown numbers and 1 participant twice.
    const csv = [
      'registratienummer;naam',
      ...numbers.map((n, i) => `${n};${participants[i]!.givenName} ${participants[i]!.familyName}`),
      'KM-999998;Onbekende deelnemer',
      'KM-999997;Nog een onbekende',
      `${numbers[1]};${participants[1]!.givenName} ${participants[1]!.familyName} (dubbel)`,
    ].join('\r\n')
    await attendance.checkFile('presentielijst.csv', `${csv}\r\n`)
    await attendance.report.waitFor()
    await attendance.reportCount(new RegExp(`^${numbers.length} gevonden$`, 'i')).waitFor()
    await attendance.reportCount(/^2 onbekend$/i).waitFor()
    await attendance.reportCount(/^1 dubbel$/i).waitFor()
    const outcomes = await attendance.reportOutcomes()
    expect(outcomes.filter((o) => /^onbekend nummer/i.test(o))).toHaveLength(2)
    expect(outcomes.filter((o) => /^dubbel in de lijst$/i.test(o))).toHaveLength(1)
    expect(outcomes.filter((o) => /^gevonden$/i.test(o))).toHaveLength(numbers.length)
    expect(outcomes).toHaveLength(numbers.length + 3)
    await attendance.checkAccessibility('/aanbieder/uitvoeringen/:runId/presentie (controle)')

    // 6. Confirmed: the matched participants are booked and on the attendance list.
    await attendance.confirm()
    for (const number of numbers) await attendance.presentRow(number).waitFor()
    await attendance.checkAccessibility('/aanbieder/uitvoeringen/:runId/presentie (bevestigd)')

    // 7. The participant sees the points of the activity in her PE-dossier.
    const professional = await world.newPage()
    await new LogInPage(professional).logInAs({
      role: 'Professional',
      email: participant.email,
      password: DEMO_PASSWORD,
    })
    const dossier = new DossierPage(professional)
    await dossier.openFromNavigation()
    expect(professional.url()).toBe(`${world.server.baseUrl}/mijn-pe-punten`)
    const entry = dossier.entryRows.filter({ hasText: publicId })
    await entry.first().waitFor()
    expect(await entry.count()).toBe(1)
    const cells = await entry.first().getByRole('cell').allInnerTexts()
    expect(cells.join(' | ')).toContain(title)
    expect(cells.join(' | ')).toMatch(/\| Scholing \| 6 \| Presentie \|/)
    expect(await dossier.progressText(/scholing/i)).toMatch(/\d/)
    await dossier.checkAccessibility('/mijn-pe-punten')
  })
})
