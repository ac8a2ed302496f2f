// The PDF certificate of registration: A4, tagged (accessible), with a QR code to the public register page.
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { Locale } from '../../platform/http/messages.ts'
import { labelledList } from '../../platform/pdf.ts'
import { REGISTRATION_NUMBER_PATTERN } from './register.rules.ts'

export interface CertificateInput {
  locale: Locale
  registerName: string
  initials: string
  /** Tussenvoegsel; empty when there is none. */
  infix: string
  surname: string
  registrationNumber: string
  profession: string
  /** ISO date `YYYY-MM-DD`. */
  registeredSince: string
  /** ISO date `YYYY-MM-DD`; null when the registration has no end date. */
  validUntil: string | null
  /** Base URL of the public site, e.g. `https://vakregister.nl` (no trailing slash needed). */
  publicUrl: string
}

// Dutch (B1) and English texts.
const texts = {
  nl: {
    lang: 'nl-NL',
    title: 'Bewijs van registratie',
    author: 'Registerbureau',
    subject: (name: string, number: string) => `Bewijs van registratie van ${name}, registratienummer ${number}`,
    intro: (name: string, register: string) => `${name} staat ingeschreven in het ${register}.`,
    name: 'Naam',
    registrationNumber: 'Registratienummer',
    register: 'Register',
    profession: 'Beroep',
    registeredSince: 'Geregistreerd sinds',
    validUntil: 'Geldig tot',
    noEndDate: 'geen einddatum',
    check: 'Wilt u weten of deze registratie nog geldig is? Scan de QR-code of ga naar deze pagina:',
    qrAlt: (url: string) => `QR-code naar de openbare pagina van deze registratie: ${url}`,
    note: 'Op de openbare pagina staat altijd de status van vandaag. Die kan anders zijn dan op dit bewijs.',
  },
  en: {
    lang: 'en-GB',
    title: 'Certificate of registration',
    author: 'Register office',
    subject: (name: string, number: string) => `Certificate of registration of ${name}, registration number ${number}`,
    intro: (name: string, register: string) => `${name} is registered in the ${register}.`,
    name: 'Name',
    registrationNumber: 'Registration number',
    register: 'Register',
    profession: 'Profession',
    registeredSince: 'Registered since',
    validUntil: 'Valid until',
    noEndDate: 'no end date',
    check: 'Do you want to know if this registration is still valid? Scan the QR code or go to this page:',
    qrAlt: (url: string) => `QR code to the public page of this registration: ${url}`,
    note: 'The public page always shows the status of today. It can differ from this certificate.',
  },
} as const

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseIsoDate(field: string, iso: string): Date {
  const match = ISO_DATE.exec(iso)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!date || date.toISOString().slice(0, 10) !== iso)
    throw new RangeError(`certificate: ${field} is not a date: ${iso}`)
  return date
}

/** `formatCertificateDate('nl', '2026-03-01')` → `1 maart 2026`; English gives `1 March 2026`. */
export function formatCertificateDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(texts[locale].lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(parseIsoDate('date', iso))
}

/** The permanent public page of a registration, e.g. `https://vakregister.nl/register/KM-000123`. */
export function publicRegistrationUrl(publicUrl: string, registrationNumber: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/register/${encodeURIComponent(registrationNumber)}`
}

function validate(input: CertificateInput): void {
  if (input.locale !== 'nl' && input.locale !== 'en')
    throw new RangeError(`certificate: unknown locale ${input.locale}`)
  if (typeof input.registrationNumber !== 'string' || !REGISTRATION_NUMBER_PATTERN.test(input.registrationNumber))
    throw new RangeError(`certificate: invalid registration number: ${input.registrationNumber}`)
  for (const field of ['registerName', 'initials', 'surname', 'profession'] as const) {
    const value = input[field]
    if (typeof value !== 'string' || value.trim() === '') throw new RangeError(`certificate: ${field} is required`)
  }
  if (typeof input.infix !== 'string') throw new RangeError('certificate: infix must be a string')
  parseIsoDate('registeredSince', input.registeredSince)
  if (input.validUntil !== null) parseIsoDate('validUntil', input.validUntil)
  let url: URL
  try {
    url = new URL(input.publicUrl)
  } catch {
    throw new RangeError(`certificate: publicUrl is not a URL: ${input.publicUrl}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new RangeError(`certificate: publicUrl must be http(s): ${input.publicUrl}`)
}

const MARGIN = 72
const INK = '#1a1a1a'
const ACCENT = '#154273'

/** Renders the certificate as a tagged A4 PDF. Throws a RangeError on missing or malformed input. */
export async function renderRegistrationCertificate(input: CertificateInput): Promise<Buffer> {
  validate(input)
  const t = texts[input.locale]
  const fullName = [input.initials, input.infix, input.surname]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ')
  const url = publicRegistrationUrl(input.publicUrl, input.registrationNumber)
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 })

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${t.title} – ${fullName}`,
      Author: `${t.author} ${input.registerName}`,
      Subject: t.subject(fullName, input.registrationNumber),
      Keywords: `${input.registrationNumber}, ${input.registerName}`,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - 2 * MARGIN

  // Decoration: a coloured band at the top, marked as an artifact (not read aloud).
  doc.markContent('Artifact', { type: 'Layout' })
  doc.rect(0, 0, doc.page.width, 18).fill(ACCENT)
  doc.endMarkedContent()

  const root = doc.struct('Document')
  doc.addStructure(root)

  root.add(
    doc.struct('P', {}, () => {
      doc.font('Helvetica').fontSize(12).fillColor(ACCENT).text(input.registerName, MARGIN, MARGIN, { width })
    }),
  )
  root.add(
    doc.struct('H1', {}, () => {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(26).fillColor(INK).text(t.title, { width })
    }),
  )
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(0.8).font('Helvetica').fontSize(13).text(t.intro(fullName, input.registerName), { width })
    }),
  )

  // The fields as a list of label + value pairs.
  const rows: [string, string][] = [
    [t.name, fullName],
    [t.registrationNumber, input.registrationNumber],
    [t.register, input.registerName],
    [t.profession, input.profession],
    [t.registeredSince, formatCertificateDate(input.locale, input.registeredSince)],
    [t.validUntil, input.validUntil === null ? t.noEndDate : formatCertificateDate(input.locale, input.validUntil)],
  ]
  doc.moveDown(1)
  labelledList(doc, root, rows, { x: MARGIN, width, labelWidth: 170, ink: INK })

  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(1.5).font('Helvetica').fontSize(12).fillColor(INK).text(t.check, MARGIN, doc.y, { width })
    }),
  )
  const qrSize = 130
  const qrY = doc.y + 12
  root.add(
    doc.struct('Figure', { alt: t.qrAlt(url) }, () => {
      doc.image(qr, MARGIN, qrY, { width: qrSize, height: qrSize })
    }),
  )
  root.add(
    doc.struct('P', {}, () => {
      doc
        .font('Helvetica')
        .fontSize(12)
        .fillColor(ACCENT)
        .text(url, MARGIN, qrY + qrSize + 12, { width })
    }),
  )
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(1).font('Helvetica').fontSize(10).fillColor(INK).text(t.note, MARGIN, doc.y, { width })
    }),
  )
  root.end()
  doc.end()
  return done
}
