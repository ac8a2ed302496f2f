import { useQueryClient } from '@tanstack/react-query'
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ScrollRegion } from '../../../components/ScrollRegion.tsx'
import { LoadError, Loading, Notice } from '../../../components/Status.tsx'
import { api, type SessionItem } from '../../../lib/api.ts'
import { formatDateTime } from '../../../lib/format.ts'
import { useForgetSessionAfterLogOut } from '../../../lib/session.ts'
import { SESSIONS_QUERY_KEY, useSessions } from '../api/account-queries.ts'
import { describeDevice } from '../user-agent.ts'

export function SessionsSection() {
  const { t, i18n } = useTranslation()
  const { data, isPending, error } = useSessions()
  const queryClient = useQueryClient()
  const forgetSession = useForgetSessionAfterLogOut()
  const navigate = useNavigate()
  const [message, setMessage] = useState<string | null>(null)
  const [failure, setFailure] = useState<unknown>(null)

  async function end(session: SessionItem) {
    setFailure(null)
    try {
      await api.endSession(session.id)
      if (session.current) {
        forgetSession()
        navigate('/inloggen?uitgelogd=1')
        return
      }
      setMessage(t('account.sessions.ended'))
      await queryClient.invalidateQueries({ queryKey: SESSIONS_QUERY_KEY })
    } catch (caught) {
      setFailure(caught)
    }
  }

  async function endAll() {
    setFailure(null)
    try {
      await api.endAllSessions()
      forgetSession()
      navigate('/inloggen?uitgelogd=1')
    } catch (caught) {
      setFailure(caught)
    }
  }

  return (
    <section aria-labelledby="sessies" className="vr-section">
      <Heading level={2} id="sessies" tabIndex={-1}>
        {t('account.sessions.title')}
      </Heading>
      <Paragraph>{t('account.sessions.intro')}</Paragraph>
      {message && (
        <Notice>
          <Paragraph>{message}</Paragraph>
        </Notice>
      )}
      {failure ? <LoadError error={failure} /> : null}
      {isPending ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} />
      ) : (
        <ScrollRegion labelledBy="sessies">
          <Table className="vr-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('account.sessions.device')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.started')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.lastSeen')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('account.sessions.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((session) => (
                <TableRow key={session.id}>
                  <TableCell>
                    {describeDevice(session.userAgent, t)}
                    {session.current && <strong className="vr-tag">{t('account.sessions.thisDevice')}</strong>}
                  </TableCell>
                  <TableCell>{formatDateTime(session.createdAt, i18n.language)}</TableCell>
                  <TableCell>{formatDateTime(session.lastSeenAt, i18n.language)}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => end(session)}>
                      {t('account.sessions.end')}
                      <span className="vr-visually-hidden">
                        {' '}
                        {t('account.sessions.endWhich', {
                          device: describeDevice(session.userAgent, t),
                          time: formatDateTime(session.createdAt, i18n.language),
                        })}
                      </span>
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      <Heading level={3}>{t('account.sessions.everywhereTitle')}</Heading>
      <Paragraph>{t('account.sessions.everywhereIntro')}</Paragraph>
      <Button appearance="primary-action-button" hint="danger" onClick={endAll}>
        {t('account.sessions.everywhere')}
      </Button>
    </section>
  )
}
