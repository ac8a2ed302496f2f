/**
 * Contract-shaped API answers (docs/api.md) for scanning screens behind a log-in without a live account.
 * Used only by the scan script; never by the app.
 */

import type { Page, Route } from 'playwright-core'
import QRCode from 'qrcode'

export type FixtureState = 'pending' | 'professional' | 'setupRequired' | 'staff'

const NOW = '2026-03-02T09:30:00.000Z'

function me(state: FixtureState, mfaEnabled: boolean) {
  const staff = state === 'staff'
  return {
    id: '2b8c5f0e-6a1d-4e57-9d0f-3c1a7e9b4d21',
    email: staff ? 'registerbureau@vakregister.nl' : 'anna.devries@utrecht.nl',
    givenName: staff ? 'Fatima' : 'Anna',
    familyName: staff ? 'El Amrani' : 'de Vries',
    locale: 'nl',
    staffRoles: staff ? ['register_office'] : [],
    memberships: staff
      ? []
      : [
          {
            organisationId: '7d1e2c3b-0000-4000-8000-000000000001',
            organisationName: 'Gemeente Utrecht',
            role: 'member',
          },
        ],
    mfa: { enabled: mfaEnabled, required: staff || state === 'setupRequired' },
    session: {
      mfaState:
        state === 'pending' ? 'pending' : state === 'setupRequired' && !mfaEnabled ? 'setup_required' : 'complete',
      csrfToken: 'fixture-csrf-token',
      expiresAt: '2026-03-02T21:30:00.000Z',
      idleExpiresAt: '2026-03-02T10:00:00.000Z',
    },
    permissions: { readAudit: staff, manageOrganisations: staff },
  }
}

const sessions = {
  items: [
    {
      id: 'sess_current',
      createdAt: NOW,
      lastSeenAt: NOW,
      expiresAt: '2026-03-02T21:30:00.000Z',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36',
      current: true,
    },
    {
      id: 'sess_phone',
      createdAt: '2026-03-01T18:02:00.000Z',
      lastSeenAt: '2026-03-01T18:40:00.000Z',
      expiresAt: '2026-03-02T06:02:00.000Z',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Safari/604.1',
      current: false,
    },
  ],
}

const ACTIONS = [
  ['identity.session.created', 'session', 'success'],
  ['identity.session.created', 'session', 'failure'],
  ['identity.mfa.enabled', 'user', 'success'],
  ['organisations.membership.created', 'membership', 'success'],
  ['identity.password.changed', 'user', 'success'],
  ['audit.read', 'audit', 'denied'],
] as const

function auditPage(url: URL) {
  const page = Number(url.searchParams.get('page') ?? 1)
  const pageSize = Number(url.searchParams.get('pageSize') ?? 20)
  const total = 45
  const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize)) }, (_, i) => {
    const [action, objectType, result] = ACTIONS[i % ACTIONS.length]!
    return {
      id: `0000000${i}-aaaa-4bbb-8ccc-${String(100000000000 + i)}`,
      occurredAt: new Date(Date.parse(NOW) - i * 3_600_000).toISOString(),
      actorId: i % 5 === 4 ? null : '2b8c5f0e-6a1d-4e57-9d0f-3c1a7e9b4d21',
      actorEmail: i % 5 === 4 ? null : 'anna.devries@utrecht.nl',
      action,
      objectType,
      objectId: '5f7e9a2c-1b3d-4e6f-8a9b-0c1d2e3f4a5b',
      result,
      origin: '192.0.2.10',
      requestId: `req-${1000 + i}`,
      details: null,
    }
  })
  return { items, page, pageSize, total }
}

const json = (route: Route, status: number, body: unknown) =>
  route.fulfill({
    status,
    contentType: status >= 400 ? 'application/problem+json' : 'application/json',
    body: JSON.stringify(body),
  })

/** Answers /api/v1/* for this page from fixtures in the given state. */
export async function FIXTURE_ROUTES(page: Page, state: FixtureState, origin: string) {
  let mfaEnabled = state !== 'setupRequired'
  const qrCodeSvg = await QRCode.toString(
    'otpauth://totp/Vakregister:anna?secret=JBSWY3DPEHPK3PXP&issuer=Vakregister',
    {
      type: 'svg',
      margin: 1,
    },
  )
  await page.route(`${origin}/api/v1/**`, async (route) => {
    const request = route.request()
    const url = new URL(request.url())
    const key = `${request.method()} ${url.pathname.replace('/api/v1', '')}`
    switch (key) {
      case 'GET /me':
        return json(route, 200, me(state, mfaEnabled))
      case 'GET /sessions':
        return json(route, 200, sessions)
      case 'POST /me/mfa/totp':
        return json(route, 200, { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', otpauthUri: 'otpauth://totp/x', qrCodeSvg })
      case 'POST /me/mfa/totp/confirmation':
        mfaEnabled = true
        return json(route, 200, {
          recoveryCodes: Array.from({ length: 10 }, (_, i) => `k7m${i}q-2x9p${i}`),
        })
      case 'GET /audit-events':
        return json(route, 200, auditPage(url))
      default:
        return json(route, 404, { type: 'about:blank', title: 'not-found', status: 404, detail: 'Niet gevonden.' })
    }
  })
}
