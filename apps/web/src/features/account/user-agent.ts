import type { TFunction } from 'i18next'

/** A short, human description of a browser's User-Agent ("Firefox op Windows"). */
export function describeDevice(userAgent: string | null, t: TFunction): string {
  if (!userAgent) return t('device.unknown')
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null
  if (browser && system) return t('device.browserOn', { browser, system })
  return browser ?? system ?? t('device.other')
}
