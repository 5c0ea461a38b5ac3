import { Navigate, Route, Routes, useLocation } from 'react-router';
import { homeFor } from './auth/session';
import { useSession } from './auth/use-session';
import { ErrorBoundary } from './components/error-boundary';
import { Layout } from './layout';
import { ActivityImportPage } from './pages/activities/activity-import';
import { ActivityListPage } from './pages/activities/activity-list';
import { LogActivityPage } from './pages/activities/log-activity';
import { AuthCallbackPage } from './pages/auth/auth-callback';
import { SignInPage } from './pages/auth/sign-in';
import { EnquiriesPage } from './pages/partners/enquiries';
import { EditPartnerPage, NewPartnerPage } from './pages/partners/partner-form';
import { PartnerListPage } from './pages/partners/partner-list';
import { PartnerPage } from './pages/partners/partner-page';
import { CandidatesPage } from './pages/reports/candidates';
import { DashboardPage } from './pages/reports/dashboard';
import { HebciPage } from './pages/reports/hebci';
import { StudentPartnershipReportPage } from './pages/reports/student-partnership-report';
import { ActionPlansPage } from './pages/staff/action-plans';
import { FeedbackQueuePage } from './pages/staff/feedback-queue';
import { ForumsPage } from './pages/staff/forums';
import { ProjectsPage } from './pages/staff/projects';
import { AwardsPage } from './pages/student/awards';
import { CharterPage } from './pages/student/charter';
import { FeedbackFormPage } from './pages/student/feedback-form';
import { MinutesPage } from './pages/student/minutes';
import { RepresentativesPage } from './pages/student/representatives';
import { YouSaidWeDidPage } from './pages/student/you-said-we-did';

export function App() {
  const session = useSession();
  const location = useLocation();
  if (location.pathname === '/sign-in') return <SignInPage />;
  if (location.pathname === '/auth/callback') return <AuthCallbackPage />;
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return (
    <Layout session={session}>
      <ErrorBoundary resetKey={location.pathname}>
        <Routes>
          <Route index element={<Navigate to={homeFor(session)} replace />} />
          <Route path="partners" element={<PartnerListPage />} />
          <Route path="partners/new" element={<NewPartnerPage />} />
          <Route path="partners/:id" element={<PartnerPage />} />
          <Route path="partners/:id/edit" element={<EditPartnerPage />} />
          <Route path="enquiries" element={<EnquiriesPage />} />
          <Route path="activities" element={<ActivityListPage />} />
          <Route path="activities/new" element={<LogActivityPage />} />
          <Route path="activities/import" element={<ActivityImportPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="reports/hebci" element={<HebciPage />} />
          <Route path="reports/candidates" element={<CandidatesPage />} />
          <Route path="reports/student-partnership" element={<StudentPartnershipReportPage />} />
          <Route path="student" element={<CharterPage />} />
          <Route path="student/minutes" element={<MinutesPage />} />
          <Route path="student/you-said-we-did" element={<YouSaidWeDidPage />} />
          <Route path="student/feedback" element={<FeedbackFormPage />} />
          <Route path="student/representatives" element={<RepresentativesPage />} />
          <Route path="student/awards" element={<AwardsPage />} />
          <Route path="staff/feedback" element={<FeedbackQueuePage />} />
          <Route path="staff/forums" element={<ForumsPage />} />
          <Route path="staff/action-plans" element={<ActionPlansPage />} />
          <Route path="staff/projects" element={<ProjectsPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </ErrorBoundary>
    </Layout>
  );
}

function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. Use the menu above.</p>
    </>
  );
}
