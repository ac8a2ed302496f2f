import { useQueryClient } from '@tanstack/react-query'
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useParams, useSearchParams } from 'react-router'
import { RequireSession } from '../../../app/guards.tsx'
import { Breadcrumb } from '../../../components/Breadcrumb.tsx'
import { PageHeading } from '../../../components/PageHeading.tsx'
import { Pagination, pageCount, readPage } from '../../../components/Pagination.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { adminApi, type OrganisationMembership } from '../../../lib/api.ts'
import { membershipsKey, useMemberships, useOrganisation } from '../api/organisations-queries.ts'
import { AddMemberForm } from '../components/AddMemberForm.tsx'
import { MembersTable, membershipName } from '../components/MembersTable.tsx'
import { ORGANISATIONS_PATH, organisationPath } from '../components/OrganisationsTable.tsx'

function Members({ organisationId, onNotice }: { organisationId: string; onNotice: (text: string) => void }) {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const page = readPage(params)
  const query = useMemberships(organisationId, page)
  const queryClient = useQueryClient()
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const data = query.data
  const pages = data ? pageCount(data.total, data.pageSize) : 1

  function cancel() {
    const id = confirming
    setConfirming(null)
    // back to the button that asked
    setTimeout(() => document.getElementById(`remove-${id}`)?.focus(), 0)
  }

  async function remove(membership: OrganisationMembership) {
    setBusy(true)
    setFailure(null)
    try {
      await adminApi.removeMembership(organisationId, membership.id)
      setConfirming(null)
      onNotice(
        t('organisation.removed', {
          name: membershipName(membership),
          role: t(`roles.${membership.role}`, { defaultValue: membership.role }),
        }),
      )
      await queryClient.invalidateQueries({ queryKey: membershipsKey(organisationId) })
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="members" className="vr-section">
      <Heading level={2} id="members">
        {t('organisation.members')}
      </Heading>
      <Paragraph>{t('organisation.membersIntro')}</Paragraph>
      {failure ? <LoadError error={failure} /> : null}
      {query.isPending ? (
        <Loading />
      ) : query.error || !data ? (
        <LoadError error={query.error} />
      ) : data.items.length === 0 ? (
        <Paragraph>{t('organisation.noMembers')}</Paragraph>
      ) : (
        <>
          <Paragraph className="vr-result-count">{t('organisation.membersCount', { count: data.total })}</Paragraph>
          <MembersTable
            items={data.items}
            caption={t('organisation.membersCaption', { page: data.page, pages })}
            confirming={confirming}
            busy={busy}
            onAsk={setConfirming}
            onConfirm={remove}
            onCancel={cancel}
          />
          <Pagination
            page={data.page}
            pages={pages}
            linkTo={(next) => `${organisationPath(organisationId)}${next > 1 ? `?pagina=${next}` : ''}`}
          />
        </>
      )}
    </section>
  )
}

function OrganisationDetails({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation()
  const location = useLocation()
  const created = (location.state as { created?: unknown } | null)?.created
  const query = useOrganisation(organisationId)
  const queryClient = useQueryClient()
  const [notice, setNotice] = useState<string | null>(
    typeof created === 'string' ? t('organisations.create.created', { name: created }) : null,
  )
  const noticeRef = useRef<HTMLDivElement>(null)

  function showNotice(text: string) {
    setNotice(text)
    setTimeout(() => noticeRef.current?.focus(), 0)
  }

  const title = query.data?.name ?? t('organisations.title')
  return (
    <>
      <Breadcrumb
        items={[
          { to: ORGANISATIONS_PATH, label: t('organisations.title') },
          { to: organisationPath(organisationId), label: title },
        ]}
      />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <>
          <PageHeading>{t('organisations.title')}</PageHeading>
          <LoadError error={query.error} />
        </>
      ) : (
        <>
          <PageHeading>{query.data.name}</PageHeading>
          {notice && (
            <div ref={noticeRef} tabIndex={-1}>
              <Notice>
                <Paragraph>{notice}</Paragraph>
              </Notice>
            </div>
          )}
          <section aria-labelledby="organisation-details" className="vr-section">
            <Heading level={2} id="organisation-details">
              {t('organisation.details')}
            </Heading>
            <DataList className="vr-data-list">
              <DataListItem>
                <DataListKey>{t('organisations.columns.kind')}</DataListKey>
                <DataListValue>{t(`orgKinds.${query.data.kind}`, { defaultValue: query.data.kind })}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('organisations.columns.city')}</DataListKey>
                <DataListValue>{query.data.city || '—'}</DataListValue>
              </DataListItem>
            </DataList>
          </section>
          <Members organisationId={organisationId} onNotice={showNotice} />
          <AddMemberForm
            organisationId={organisationId}
            onAdded={async (membership) => {
              showNotice(
                t('organisation.add.added', {
                  email: membership.email,
                  role: t(`roles.${membership.role}`, { defaultValue: membership.role }),
                }),
              )
              await queryClient.invalidateQueries({ queryKey: membershipsKey(organisationId) })
            }}
          />
        </>
      )}
    </>
  )
}

/** /beheer/organisaties/:organisationId: one organisation, its staff, add and remove people. */
export function OrganisationPage() {
  const { t } = useTranslation()
  const { organisationId = '' } = useParams()
  return (
    <RequireSession>
      {(me) =>
        me.permissions.manageOrganisations ? (
          <OrganisationDetails key={organisationId} organisationId={organisationId} />
        ) : (
          <>
            <Breadcrumb items={[{ to: ORGANISATIONS_PATH, label: t('organisations.title') }]} />
            <PageHeading>{t('organisations.title')}</PageHeading>
            <Alert type="warning">
              <Paragraph>{t('organisations.noAccess')}</Paragraph>
            </Alert>
          </>
        )
      }
    </RequireSession>
  )
}
