import { useQueryClient } from '@tanstack/react-query'
import { Alert, Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { AppLink } from '../../../components/AppLink.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { REGISTRATIONS_KEY, type RegistrationDetail, useRegistration } from '../api/registrations-api.ts'
import { CyclesTable, DecisionsTable } from '../components/CyclesTable.tsx'
import { HistoryTable } from '../components/HistoryTable.tsx'
import { RegistrationActions } from '../components/RegistrationActions.tsx'
import { RegistrationFacts } from '../components/RegistrationFacts.tsx'
import { formatDate, personName, REGISTRATIONS_PATH, registrationDetailPath } from '../registrations.rules.ts'
import '../registrations.css'

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="vr-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  )
}

function Details({ registration }: { registration: RegistrationDetail }) {
  const { t, i18n } = useTranslation()
  const queryClient = useQueryClient()
  const [notice, setNotice] = useState<string | null>(null)
  const [round, setRound] = useState(0)
  const noticeRef = useRef<HTMLDivElement>(null)

  async function done(text: string) {
    await queryClient.invalidateQueries({ queryKey: REGISTRATIONS_KEY })
    setNotice(text)
    setRound((n) => n + 1) // fresh, closed forms
    setTimeout(() => noticeRef.current?.focus(), 0)
  }

  const r = registration
  return (
    <>
      <PageHeading>{t('registrations.detailTitle', { name: personName(r) })}</PageHeading>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Notice>
            <Paragraph>{notice}</Paragraph>
          </Notice>
        </div>
      )}
      <RegistrationFacts registration={r} />
      <RegistrationActions key={round} registration={r} onDone={done} />
      <Section id="registration-cycles-title" title={t('registrations.cycles.title')}>
        {r.cycles.length ? <CyclesTable items={r.cycles} /> : <Paragraph>{t('registrations.cycles.none')}</Paragraph>}
        <Paragraph>
          <AppLink to={`${registrationDetailPath(r.id)}/pe-dossier`}>{t('dossier.office.link')}</AppLink>
        </Paragraph>
      </Section>
      <Section id="registration-decisions-title" title={t('registrations.decisions.title')}>
        {r.decisions.length ? (
          <DecisionsTable items={r.decisions} />
        ) : (
          <Paragraph>{t('registrations.decisions.none')}</Paragraph>
        )}
      </Section>
      <Section id="registration-history-title" title={t('registrations.history.title')}>
        <HistoryTable items={r.history} />
      </Section>
      <Section id="registration-credentials-title" title={t('registrations.credentials.title')}>
        {r.credentials.length ? (
          <UnorderedList>
            {r.credentials.map((c) => (
              <UnorderedListItem key={c.credentialId}>
                {t('registrations.credentials.item', {
                  issued: formatDate(c.issuedAt, i18n.language),
                  from: formatDate(c.validFrom, i18n.language),
                  until: formatDate(c.validUntil, i18n.language),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t('registrations.credentials.none')}</Paragraph>
        )}
      </Section>
    </>
  )
}

function Loader({ registrationId }: { registrationId: string }) {
  const { t } = useTranslation()
  const query = useRegistration(registrationId)
  const name = query.data ? personName(query.data) : t('registrations.detailCrumb')
  return (
    <>
      <Breadcrumb
        items={[
          { to: REGISTRATIONS_PATH, label: t('registrations.title') },
          { to: registrationDetailPath(registrationId), label: name },
        ]}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error || !query.data ? (
        <>
          <PageHeading>{t('registrations.detailCrumb')}</PageHeading>
          <LoadError error={query.error} />
        </>
      ) : (
        <Details registration={query.data} />
      )}
    </>
  )
}

/** /registerbureau/registraties/:registrationId: one registration with its history, cycles, decisions and actions. */
export function RegistrationDetailPage() {
  const { t } = useTranslation()
  const { registrationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) =>
        me.permissions.readRegistrations ? (
          <Loader key={registrationId} registrationId={registrationId} />
        ) : (
          <>
            <Breadcrumb items={[{ to: REGISTRATIONS_PATH, label: t('registrations.title') }]} />
            <PageHeading>{t('registrations.title')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('registrations.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }
    </RequireSession>
  )
}
