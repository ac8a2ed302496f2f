import i18next from 'i18next'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { describe, expect, it } from 'vitest'
import { en } from '../../../i18n/en.ts'
import { nl } from '../../../i18n/nl.ts'
import type { ExportProviderWork, ExportRegistration } from '../api/privacy-api.ts'
import { ProviderWork, RegistrationPoints } from './PointsData.tsx'

// Renders the points part of "Mijn gegevens" to HTML with the real texts, and reads what a person would see.

async function render(element: ReactElement, lng: 'nl' | 'en' = 'nl') {
  const i18n = i18next.createInstance()
  await i18n.init({
    lng,
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, element))
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

const registration = {
  id: 'r1',
  pointsLedger: [
    {
      activityDate: '2025-05-12',
      category: 'training',
      points: 6,
      reference: 'A-2026-00001 · Motiverende gespreksvoering',
      source: 'attendance',
      bookedAt: '2025-05-13T10:00:00.000Z',
      note: '',
      reversal: false,
    },
    {
      activityDate: '2025-05-12',
      category: 'training',
      points: -6,
      reference: 'A-2026-00001 · Motiverende gespreksvoering',
      source: 'attendance',
      bookedAt: '2025-06-01T10:00:00.000Z',
      note: 'Niet aanwezig geweest',
      reversal: true,
    },
  ],
  selfReportedActivities: [
    {
      kind: 'intervision',
      title: 'Intervisiegroep Noord',
      description: '',
      activityDate: '2025-09-10',
      hours: 7.5,
      requestedCategory: 'reflection',
      evidenceKind: 'declaration',
      evidenceDocumentName: 'verklaring.pdf',
      state: 'approved',
      submittedAt: '2025-09-11T10:00:00.000Z',
      pointsGranted: 7.5,
      categoryGranted: 'reflection',
      reviewedAt: '2025-09-20T10:00:00.000Z',
      decisionReason: 'Voldoet.',
      spotCheck: false,
      spotCheckedAt: null,
      spotCheckOutcome: null,
    },
  ],
  attendances: [
    {
      activityPublicId: 'A-2026-00001',
      activityTitle: 'Motiverende gespreksvoering',
      providerName: 'Leerhuis Utrecht',
      startsOn: '2025-05-12',
      endsOn: '2025-05-13',
      online: false,
      method: 'file',
      recordedAt: '2025-05-13T10:00:00.000Z',
      withdrawnAt: null,
      withdrawalReason: '',
    },
  ],
  reregistrationRequests: [
    {
      cycleNumber: 1,
      kind: 'postponement',
      state: 'rejected',
      reason: 'Ik was ziek.',
      postponedUntil: '2030-03-01',
      shiftYears: null,
      submittedAt: '2028-12-01T10:00:00.000Z',
      decidedAt: '2028-12-15T10:00:00.000Z',
      decisionReason: 'Niet onderbouwd.',
    },
  ],
} as unknown as ExportRegistration

const work: ExportProviderWork = {
  submittedActivities: [
    {
      organisationName: 'Leerhuis Utrecht',
      publicId: null,
      title: 'Schuldhulp',
      state: 'submitted',
      submittedAt: '2026-01-01T10:00:00.000Z',
    },
  ],
  objections: [],
  apiKeys: [
    {
      organisationName: 'Leerhuis Utrecht',
      name: 'LMS',
      prefix: 'vr_abc',
      createdAt: '2026-01-01T10:00:00.000Z',
      revokedAt: null,
    },
  ],
}

describe('the points part of the personal data page', () => {
  it('shows the ledger with the reversal, self-reports, attendance and requests in Dutch', async () => {
    const text = await render(createElement(RegistrationPoints, { r: registration }))
    expect(text).toContain('PE-punten')
    expect(text).toContain('Teruggeboekt: Niet aanwezig geweest')
    expect(text).toContain('-6')
    expect(text).toContain('Intervisie — Intervisiegroep Noord — 7,5 uur')
    expect(text).toContain('7,5 (Reflectie)')
    expect(text).toContain('verklaring.pdf')
    expect(text).toContain('2025-05-12 – 2025-05-13')
    expect(text).toContain('Uitstel, periode 1, tot 2030-03-01')
    expect(text).toContain('Ik was ziek.')
    expect(text).not.toContain('privacy.view')
  })

  it('has the same parts in English, and says when there is nothing', async () => {
    const text = await render(createElement(RegistrationPoints, { r: registration }), 'en')
    expect(text).toContain('CPD points')
    expect(text).toContain('Reversed: Niet aanwezig geweest')
    expect(text).toContain('Postponement, cycle 1, until 2030-03-01')
    expect(text).not.toContain('privacy.view')
    const provider = await render(createElement(ProviderWork, { work }))
    expect(provider).toContain('Activiteiten die je indiende')
    expect(provider).toContain('Schuldhulp')
    expect(provider).toContain('Bezwaren die je indiende Niets.')
    expect(provider).toContain('LMS (vr_abc…)')
  })
})
