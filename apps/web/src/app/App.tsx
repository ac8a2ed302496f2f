import { QueryClientProvider } from '@tanstack/react-query'
import { BrowserRouter, Route, Routes } from 'react-router'
import { AccountPage } from '../features/account/pages/AccountPage.tsx'
import { MfaSetupPage } from '../features/account/pages/MfaSetupPage.tsx'
import { AuditPage } from '../features/audit/pages/AuditPage.tsx'
import { ContentPage } from '../features/content/pages/ContentPage.tsx'
import { HomePage } from '../features/content/pages/HomePage.tsx'
import { NotFoundPage } from '../features/content/pages/NotFoundPage.tsx'
import { ForgotPasswordPage } from '../features/identity/pages/ForgotPasswordPage.tsx'
import { LoginPage } from '../features/identity/pages/LoginPage.tsx'
import { ResetPasswordPage } from '../features/identity/pages/ResetPasswordPage.tsx'
import { SignUpPage } from '../features/identity/pages/SignUpPage.tsx'
import { VerifyPage } from '../features/identity/pages/VerifyPage.tsx'
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage.tsx'
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage.tsx'
import { UserPage } from '../features/users/pages/UserPage.tsx'
import { UsersPage } from '../features/users/pages/UsersPage.tsx'
import { AppShell } from './AppShell.tsx'
import { queryClient } from './query-client.ts'

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route index element={<HomePage />} />
            <Route path="aanmelden" element={<SignUpPage />} />
            <Route path="verifieren" element={<VerifyPage />} />
            <Route path="inloggen" element={<LoginPage />} />
            <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
            <Route path="wachtwoord-herstellen" element={<ResetPasswordPage />} />
            <Route path="account" element={<AccountPage />} />
            <Route path="account/tweestapsverificatie" element={<MfaSetupPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="beheer/gebruikers" element={<UsersPage />} />
            <Route path="beheer/gebruikers/:userId" element={<UserPage />} />
            <Route path="beheer/organisaties" element={<OrganisationsPage />} />
            <Route path="beheer/organisaties/:organisationId" element={<OrganisationPage />} />
            <Route path="toegankelijkheid" element={<ContentPage page="accessibility" />} />
            <Route path="privacy" element={<ContentPage page="privacy" />} />
            <Route path="contact" element={<ContentPage page="contact" />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  )
}
