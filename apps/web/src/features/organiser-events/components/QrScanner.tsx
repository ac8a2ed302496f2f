import { Button, Paragraph } from '@utrecht/component-library-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ticketTokenFrom } from '../organiser-events.rules.ts'

interface DetectedBarcode {
  rawValue: string
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike

const detectorClass = () =>
  (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null

/**
 * A camera scanner where the browser has BarcodeDetector (feature-detected; nothing shows otherwise). The camera starts
 * only after the button press and stops with the other button or when leaving the page. A QR code that is no ticket
 * is reported; the same ticket is sent once per 5 seconds.
 */
export function QrScanner({ onToken, onOther }: { onToken: (token: string) => void; onOther: () => void }) {
  const { t } = useTranslation()
  const videoRef = useRef<HTMLVideoElement>(null)
  const streamRef = useRef<MediaStream | null>(null)
  const last = useRef<{ value: string; at: number }>({ value: '', at: 0 })
  const [running, setRunning] = useState(false)
  const [failed, setFailed] = useState(false)
  const Detector = detectorClass()

  const stop = useCallback(() => {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop()
    streamRef.current = null
    setRunning(false)
  }, [])
  useEffect(() => stop, [stop])

  useEffect(() => {
    if (!running || !Detector || !videoRef.current) return
    const detector = new Detector({ formats: ['qr_code'] })
    const video = videoRef.current
    let busy = false
    const timer = setInterval(async () => {
      if (busy || video.readyState < 2) return
      busy = true
      try {
        for (const code of await detector.detect(video)) {
          const now = Date.now()
          if (code.rawValue === last.current.value && now - last.current.at < 5000) continue
          last.current = { value: code.rawValue, at: now }
          const token = ticketTokenFrom(code.rawValue)
          if (token) onToken(token)
          else onOther()
        }
      } catch {
        // a frame that cannot be read: try the next one
      }
      busy = false
    }, 300)
    return () => clearInterval(timer)
  }, [running, Detector, onToken, onOther])

  if (!Detector) return <Paragraph>{t('organiserEvents.checkIn.noScanner')}</Paragraph>

  async function start() {
    setFailed(false)
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      streamRef.current = stream
      if (videoRef.current) {
        videoRef.current.srcObject = stream
        await videoRef.current.play()
      }
      setRunning(true)
    } catch {
      setFailed(true)
      stop()
    }
  }

  return (
    <div>
      <div className="vr-organiser-events__actions">
        {running ? (
          <Button appearance="secondary-action-button" onClick={stop}>
            {t('organiserEvents.checkIn.stopCamera')}
          </Button>
        ) : (
          <Button appearance="secondary-action-button" onClick={start}>
            {t('organiserEvents.checkIn.startCamera')}
          </Button>
        )}
      </div>
      {failed && <Paragraph role="alert">{t('organiserEvents.checkIn.cameraFailed')}</Paragraph>}
      <video
        ref={videoRef}
        className="vr-organiser-events__video"
        hidden={!running}
        muted
        playsInline
        aria-label={t('organiserEvents.checkIn.cameraLabel')}
      />
    </div>
  )
}
