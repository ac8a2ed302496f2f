import { QueryClientProvider } from '@tanstack/react-query'
import { BrowserRouter, Route, Routes } from 'react-router'
import { AccountPage } from '../features/account/pages/AccountPage.tsx'
import { MfaSetupPage } from '../features/account/pages/MfaSetupPage.tsx'
import { ApplyPage } from '../features/applications/pages/ApplyPage.tsx'
import { MyApplicationPage } from '../features/applications/pages/MyApplicationPage.tsx'
import { MyApplicationsPage } from '../features/applications/pages/MyApplicationsPage.tsx'
import { ProfessionalCodePage } from '../features/applications/pages/ProfessionalCodePage.tsx'
import { QueuePage } from '../features/applications/pages/QueuePage.tsx'
import { ReviewPage } from '../features/applications/pages/ReviewPage.tsx'
import { AuditPage } from '../features/audit/pages/AuditPage.tsx'
import { ContentPage } from '../features/content/pages/ContentPage.tsx'
import { HomePage } from '../features/content/pages/HomePage.tsx'
import { NotFoundPage } from '../features/content/pages/NotFoundPage.tsx'
import { InvitePage } from '../features/employer/pages/InvitePage.tsx'
import { TeamPage } from '../features/employer/pages/TeamPage.tsx'
import { ForgotPasswordPage } from '../features/identity/pages/ForgotPasswordPage.tsx'
import { LoginPage } from '../features/identity/pages/LoginPage.tsx'
import { ResetPasswordPage } from '../features/identity/pages/ResetPasswordPage.tsx'
import { SignUpPage } from '../features/identity/pages/SignUpPage.tsx'
import { VerifyPage } from '../features/identity/pages/VerifyPage.tsx'
import { MyRegistrationPage } from '../features/my-registration/pages/MyRegistrationPage.tsx'
import { OrganisationPage } from '../features/organisations/pages/OrganisationPage.tsx'
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage.tsx'
import { DataRequestsPage } from '../features/privacy/pages/DataRequestsPage.tsx'
import { MyDataPage } from '../features/privacy/pages/MyDataPage.tsx'
import { RegisterSearchPage } from '../features/public-register/pages/RegisterSearchPage.tsx'
import { RegistrationPage } from '../features/public-register/pages/RegistrationPage.tsx'
import { VerifyCredentialPage } from '../features/public-register/pages/VerifyCredentialPage.tsx'
import { EditRegisterPage } from '../features/registers/pages/EditRegisterPage.tsx'
import { NewRegisterPage } from '../features/registers/pages/NewRegisterPage.tsx'
import { RegistersPage } from '../features/registers/pages/RegistersPage.tsx'
import { RegistrationDetailPage } from '../features/registrations/pages/RegistrationDetailPage.tsx'
import { RegistrationsPage } from '../features/registrations/pages/RegistrationsPage.tsx'
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
            <Route path="beheer/registers" element={<RegistersPage />} />
            <Route path="beheer/registers/nieuw" element={<NewRegisterPage />} />
            <Route path="beheer/registers/:registerId" element={<EditRegisterPage />} />
            <Route path="toegankelijkheid" element={<ContentPage page="accessibility" />} />
            <Route path="privacy" element={<ContentPage page="privacy" />} />
            <Route path="contact" element={<ContentPage page="contact" />} />
            <Route path="register" element={<RegisterSearchPage />} />
            <Route path="register/:registrationNumber" element={<RegistrationPage />} />
            <Route path="controleren" element={<VerifyCredentialPage />} />
            <Route path="registerbureau/registraties" element={<RegistrationsPage />} />
            <Route path="registerbureau/registraties/:registrationId" element={<RegistrationDetailPage />} />
            <Route path="mijn-registratie" element={<MyRegistrationPage />} />
            <Route path="mijn-gegevens" element={<MyDataPage />} />
            <Route path="werkgever/:organisationId/team" element={<TeamPage />} />
            <Route path="werkgever/:organisationId/uitnodigen" element={<InvitePage />} />
            <Route path="registerbureau/verzoeken" element={<DataRequestsPage />} />
            <Route path="inschrijven" element={<ApplyPage />} />
            <Route path="beroepscode" element={<ProfessionalCodePage />} />
            <Route path="mijn-aanvragen" element={<MyApplicationsPage />} />
            <Route path="mijn-aanvragen/:applicationId" element={<MyApplicationPage />} />
            <Route path="registerbureau/aanvragen" element={<QueuePage />} />
            <Route path="registerbureau/aanvragen/:applicationId" element={<ReviewPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  )
}
