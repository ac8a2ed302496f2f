import { Alert, Heading, Paragraph } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { useNormVersions, useRegisterList } from '../api/norms-api.ts'
import { NormForm } from '../components/NormForm.tsx'
import { NormVersionsTable } from '../components/NormVersionsTable.tsx'
import { NORMS_PATH, registerNormsPath } from '../norms.rules.ts'

function Norms({ registerId }: { registerId: string }) {
  const { t } = useTranslation()
  const versions = useNormVersions(registerId)
  const [notice, setNotice] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const noticeRef = useRef<HTMLDivElement>(null)
  if (versions.isPending) return <Loading />
  if (versions.error || !versions.data) return <LoadError error={versions.error} />
  const items = versions.data.items
  const current = items.find((v) => v.current)
  return (
    <>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Notice>
            <Paragraph>{notice}</Paragraph>
          </Notice>
        </div>
      )}
      <section aria-labelledby="norm-history-title" className="vr-section">
        <Heading level={2} id="norm-history-title">
          {t('dossier.norms.history')}
        </Heading>
        {items.length === 0 ? <Paragraph>{t('dossier.norms.none')}</Paragraph> : <NormVersionsTable items={items} />}
      </section>
      <section aria-labelledby="norm-new-title" className="vr-section">
        <Heading level={2} id="norm-new-title">
          {t('dossier.norms.newTitle')}
        </Heading>
        <Paragraph>{t('dossier.norms.newIntro')}</Paragraph>
        <NormForm
          key={`${round}-${current?.id ?? 'none'}`}
          registerId={registerId}
          current={current}
          onAdded={(added) => {
            setNotice(t('dossier.norms.added', { version: added.version }))
            setRound((n) => n + 1)
            setTimeout(() => noticeRef.current?.focus(), 0)
          }}
        />
      </section>
    </>
  )
}

/** /beheer/registers/:registerId/normen: the history of a register's norm and a form for a new version. */
export function NormsPage() {
  const { t } = useTranslation()
  const { registerId = '' } = useParams()
  const registers = useRegisterList()
  const name = registers.data?.items.find((r) => r.id === registerId)?.name ?? t('dossier.norms.register')
  return (
    <RequireSession>
      {(me) => (
        <>
          <Breadcrumb
            items={[
              { to: NORMS_PATH, label: t('dossier.norms.title') },
              { to: registerNormsPath(registerId), label: name },
            ]}
          />
          <PageHeading>{t('dossier.norms.registerTitle', { register: name })}</PageHeading>
          {me.permissions.manageNorms ? (
            <Norms key={registerId} registerId={registerId} />
          ) : (
            <Alert type="warning">
              <Paragraph>{t('dossier.norms.noAccess')}</Paragraph>
            </Alert>
          )}
        </>
      )}
    </RequireSession>
  )
}
