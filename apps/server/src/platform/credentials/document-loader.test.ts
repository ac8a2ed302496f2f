import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  BUNDLED_CONTEXTS,
  CREDENTIALS_V2_CONTEXT,
  createDocumentLoader,
  DocumentNotAllowedError,
  OPEN_BADGES_V3_CONTEXT,
} from './document-loader.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the credentials document loader', () => {
  it('serves the bundled VC 2.0 and Open Badges 3.0 contexts without touching the network', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('network used')))
    vi.stubGlobal('fetch', fetch)
    const load = createDocumentLoader()
    const v2 = await load(CREDENTIALS_V2_CONTEXT)
    const ob = await load(OPEN_BADGES_V3_CONTEXT)
    expect((v2.document as any)['@context'].BitstringStatusListEntry).toBeDefined()
    expect((ob.document as any)['@context'].AchievementSubject['@context'].licenseNumber).toBeDefined()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('refuses any URL it does not bundle, without fetching it', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('network used')))
    vi.stubGlobal('fetch', fetch)
    const load = createDocumentLoader(new Map([['https://register.example/api/v1/issuer', { id: 'x' }]]))
    await expect(load('https://example.org/evil-context.json')).rejects.toBeInstanceOf(DocumentNotAllowedError)
    await expect(load('https://register.example/api/v1/other')).rejects.toBeInstanceOf(DocumentNotAllowedError)
    expect((await load('https://register.example/api/v1/issuer')).document).toEqual({ id: 'x' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('hands out copies, so nothing can change a bundled context', async () => {
    const load = createDocumentLoader()
    const first = await load(CREDENTIALS_V2_CONTEXT)
    ;(first.document as any)['@context'].id = 'changed'
    expect((BUNDLED_CONTEXTS.get(CREDENTIALS_V2_CONTEXT) as any)['@context'].id).toBe('@id')
  })
})
