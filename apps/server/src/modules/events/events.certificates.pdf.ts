// The certificate of attendance as a tagged, accessible A4 PDF with a QR code to the verification page.
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { Locale } from '../../platform/http/messages.ts'
import { labelledList } from '../../platform/pdf.ts'

export interface AttendanceCertificateInput {
  locale: Locale
  /** The participant's name as in their account. */
  name: string
  eventTitle: string
  /** The event type in words, e.g. "lezing". */
  eventType: string
  startsAt: Date
  endsAt: Date
  organiser: string
  /** Present only when the check-in booked CPD points. */
  accreditation: { activityPublicId: string; points: number; category: string } | null
  /** The page that checks this certificate (its QR code and printed link). */
  verificationUrl: string
}

const texts = {
  nl: {
    lang: 'nl-NL',
    title: 'Bewijs van aanwezigheid',
    intro: (name: string, type: string, title: string) => `${name} was aanwezig bij de ${type} ‘${title}’.`,
    name: 'Naam',
    event: 'Bijeenkomst',
    date: 'Datum',
    organiser: 'Organisator',
    activity: 'Geaccrediteerde activiteit',
    points: 'PE-punten',
    pointsValue: (points: string, category: string) => `${points} (${category})`,
    check: 'Wilt u weten of dit bewijs echt is en nog geldt? Scan de QR-code of ga naar deze pagina:',
    qrAlt: (url: string) => `QR-code naar de controlepagina van dit bewijs: ${url}`,
    note: 'Het digitale certificaat (Open Badges 3.0) van dit bewijs kunt u downloaden in Vakregister en op de controlepagina controleren.',
    categories: { training: 'scholing', reflection: 'reflectie', 'free-choice': 'vrije ruimte' } as Record<
      string,
      string
    >,
  },
  en: {
    lang: 'en-GB',
    title: 'Certificate of attendance',
    intro: (name: string, type: string, title: string) => `${name} attended the ${type} ‘${title}’.`,
    name: 'Name',
    event: 'Event',
    date: 'Date',
    organiser: 'Organiser',
    activity: 'Accredited activity',
    points: 'CPD points',
    pointsValue: (points: string, category: string) => `${points} (${category})`,
    check: 'Do you want to know if this certificate is genuine and still stands? Scan the QR code or go to this page:',
    qrAlt: (url: string) => `QR code to the verification page of this certificate: ${url}`,
    note: 'The digital credential (Open Badges 3.0) of this certificate can be downloaded in Vakregister and checked on the verification page.',
    categories: { training: 'training', reflection: 'reflection', 'free-choice': 'free choice' } as Record<
      string,
      string
    >,
  },
} as const

const ZONE = 'Europe/Amsterdam'

/** "28 maart 2027, 10:00–12:30", or "28 maart 2027 10:00 – 29 maart 2027 16:00" across days (Dutch time). */
export function formatEventDates(locale: Locale, startsAt: Date, endsAt: Date): string {
  const lang = texts[locale].lang
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE })
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: ZONE })
  const [startDay, endDay] = [day.format(startsAt), day.format(endsAt)]
  if (startDay === endDay) return `${startDay}, ${time.format(startsAt)}–${time.format(endsAt)}`
  return `${startDay} ${time.format(startsAt)} – ${endDay} ${time.format(endsAt)}`
}

const MARGIN = 72
const INK = '#1a1a1a'
const ACCENT = '#154273'

/** Renders the certificate as a tagged A4 PDF (language, title, headings, a list of fields, the QR code as a figure). */
export async function renderAttendanceCertificate(input: AttendanceCertificateInput): Promise<Buffer> {
  const t = texts[input.locale]
  const qr = await QRCode.toBuffer(input.verificationUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 2,
    scale: 8,
  })
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    tagged: true,
    lang: t.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${t.title} – ${input.name}`,
      Author: input.organiser,
      Subject: `${t.title}: ${input.eventTitle}`,
      Keywords: input.accreditation?.activityPublicId ?? '',
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const width = doc.page.width - 2 * MARGIN

  doc.markContent('Artifact', { type: 'Layout' })
  doc.rect(0, 0, doc.page.width, 18).fill(ACCENT)
  doc.endMarkedContent()

  const root = doc.struct('Document')
  doc.addStructure(root)
  const paragraph = (text: string, options: { size?: number; color?: string; gap?: number } = {}) =>
    root.add(
      doc.struct('P', {}, () => {
        doc
          .moveDown(options.gap ?? 0.8)
          .font('Helvetica')
          .fontSize(options.size ?? 12)
          .fillColor(options.color ?? INK)
          .text(text, MARGIN, doc.y, { width })
      }),
    )

  root.add(
    doc.struct('P', {}, () => {
      doc.font('Helvetica').fontSize(12).fillColor(ACCENT).text('Vakregister', MARGIN, MARGIN, { width })
    }),
  )
  root.add(
    doc.struct('H1', {}, () => {
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(26).fillColor(INK).text(t.title, { width })
    }),
  )
  paragraph(t.intro(input.name, input.eventType, input.eventTitle), { size: 13 })

  const rows: [string, string][] = [
    [t.name, input.name],
    [t.event, input.eventTitle],
    [t.date, formatEventDates(input.locale, input.startsAt, input.endsAt)],
    [t.organiser, input.organiser],
  ]
  if (input.accreditation) {
    const points = new Intl.NumberFormat(t.lang, { maximumFractionDigits: 2 }).format(input.accreditation.points)
    const category = t.categories[input.accreditation.category] ?? input.accreditation.category
    rows.push([t.activity, input.accreditation.activityPublicId], [t.points, t.pointsValue(points, category)])
  }
  doc.moveDown(1)
  labelledList(doc, root, rows, { x: MARGIN, width, labelWidth: 190, ink: INK })

  paragraph(t.check, { gap: 1.5 })
  const qrSize = 130
  const qrY = doc.y + 12
  root.add(
    doc.struct('Figure', { alt: t.qrAlt(input.verificationUrl) }, () => {
      doc.image(qr, MARGIN, qrY, { width: qrSize, height: qrSize })
    }),
  )
  root.add(
    doc.struct('P', {}, () => {
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor(ACCENT)
        .text(input.verificationUrl, MARGIN, qrY + qrSize + 12, { width })
    }),
  )
  paragraph(t.note, { size: 10, gap: 1 })
  root.end()
  doc.end()
  return done
}
