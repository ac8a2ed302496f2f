// Demo data for the review queue and the downloads (called by db/seed.ts inside its transaction, after
// seedRegisterDemo): open applications with a real small PDF diploma for the demo candidates, and a signed
// credential for every demo registration that is registered or suspended.
import { desc, eq, inArray } from 'drizzle-orm'
import PDFDocument from 'pdfkit'
import type { AppDeps } from '../../app.ts'
import type { Tx } from '../../db/client.ts'
import { loadIssuer } from '../../platform/credentials/issuer.ts'
import { findStatusAllocation, setStatusBit } from '../../platform/credentials/status-list.ts'
import { storeDocument } from '../../platform/storage/storage.service.ts'
import { PROFESSIONAL_CODE_VERSION } from './register.applications.rules.ts'
import { registrationApplications } from './register.applications.tables.ts'
import { issueRegistrationCredential } from './register.credentials.ts'
import { addDays, addMonths } from './register.rules.ts'
import { registrationCycles, registrations } from './register.tables.ts'

/** A one-page demo diploma (PDF) made with pdfkit. */
export function demoDiplomaPdf(name: string, programme: string, institution: string, date: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A5',
      layout: 'landscape',
      lang: 'nl-NL',
      displayTitle: true,
      info: { Title: `Diploma ${programme}`, Author: institution },
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.fontSize(24).text('Diploma', { align: 'center' })
    doc.moveDown().fontSize(14).text(institution, { align: 'center' })
    doc.moveDown().fontSize(12).text(`${name} heeft de opleiding`, { align: 'center' })
    doc.fontSize(16).text(programme, { align: 'center' })
    doc.fontSize(12).text(`met goed gevolg afgerond op ${date}.`, { align: 'center' })
    doc.moveDown(2).fontSize(9).text('Demodocument van Vakregister: geen echt diploma.', { align: 'center' })
    doc.end()
  })
}

const PROGRAMMES = [
  ['Hogeschool Utrecht', 'Bachelor Sociaal Werk'],
  ['Hogeschool Windesheim', 'Bachelor Toegepaste Psychologie'],
  ['Hogeschool van Amsterdam', 'Bachelor Sociaal Juridische Dienstverlening'],
] as const

export async function seedApplicationsDemo(
  deps: AppDeps,
  tx: Tx,
  now: Date,
): Promise<{ applications: number; credentials: number }> {
  const today = now.toISOString().slice(0, 10)
  const candidates = await tx
    .select()
    .from(registrations)
    .where(eq(registrations.status, 'candidate'))
    .orderBy(registrations.createdAt)
  for (const [i, candidate] of candidates.entries()) {
    const [institution, programme] = PROGRAMMES[i % PROGRAMMES.length]!
    const educationDate = addMonths(today, -(14 + i * 9))
    const name = `${candidate.initials} ${candidate.infix ? `${candidate.infix} ` : ''}${candidate.surname}`
    const diploma = await storeDocument(deps, tx, {
      ownerUserId: candidate.userId,
      purpose: 'diploma',
      fileName: `diploma-${candidate.surname.toLowerCase()}.pdf`,
      buffer: await demoDiplomaPdf(name, programme, institution, educationDate),
    })
    const submittedAt = new Date(`${addDays(today, -(10 - i * 3))}T08:30:00Z`)
    await tx.insert(registrationApplications).values({
      registrationId: candidate.id,
      state: 'submitted',
      educationInstitution: institution,
      educationProgramme: programme,
      educationDate,
      diplomaDocumentId: diploma.id,
      codeVersion: PROFESSIONAL_CODE_VERSION,
      codeAcceptedAt: submittedAt,
      submittedAt,
      queuedAt: submittedAt,
    })
  }

  // Every registered or suspended demo person gets the credential of their current cycle.
  const issuer = await loadIssuer(tx, deps.config.publicUrl, now)
  const people = await tx
    .select({ id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(inArray(registrations.status, ['registered', 'suspended']))
  let credentials = 0
  for (const person of people) {
    const [cycle] = await tx
      .select()
      .from(registrationCycles)
      .where(eq(registrationCycles.registrationId, person.id))
      .orderBy(desc(registrationCycles.number))
      .limit(1)
    if (!cycle) continue
    const { credentialId } = await issueRegistrationCredential(tx, deps, person.id, cycle, issuer)
    credentials++
    if (person.status === 'suspended') {
      const allocation = await findStatusAllocation(tx, credentialId)
      if (allocation) await setStatusBit(tx, allocation, 'suspension', now)
    }
  }
  return { applications: candidates.length, credentials }
}
