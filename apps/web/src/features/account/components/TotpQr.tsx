import { useTranslation } from 'react-i18next'
import type { TotpSetup } from '../../../lib/api.ts'

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** Splits the secret into groups of four, easier to type over. */
export const groupSecret = (secret: string) =>
  secret
    .replace(/\s/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim()

/** The QR code (as an image, never as inline markup) and the secret for typing it in by hand. */
export function TotpQr({ setup }: { setup: TotpSetup }) {
  const { t } = useTranslation()
  return (
    <div className="vr-totp">
      <img
        className="vr-totp__qr"
        src={`data:image/svg+xml;base64,${toBase64(setup.qrCodeSvg)}`}
        alt={t('mfaSetup.qrAlt')}
        width={200}
        height={200}
      />
      <div className="vr-totp__manual">
        <p className="vr-totp__manual-label" id="totp-secret-label">
          {t('mfaSetup.manualLabel')}
        </p>
        <p>
          <code className="vr-totp__secret" translate="no">
            {groupSecret(setup.secret)}
          </code>
        </p>
      </div>
    </div>
  )
}
