import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppCommand } from '../../../shared/host-api/contract';
import type { ThreadView } from '../../../shared/review/threads';
import { Button, useDialogOpening } from '../components';
import { useApprovedVersion } from '../features/approval/use-approved-version';
import { useSoftLock } from '../features/approval/use-soft-lock';
import { CommentsProvider, useComments } from '../features/comments/comments-context';
import { ProgramComments } from '../features/comments/ProgramComments';
import { ProgramCommentsButton } from '../features/comments/ProgramCommentsButton';
import { ExportButton } from '../features/exchange/ExportButton';
import { usePendingMerge } from '../features/exchange/use-pending-merge';
import type { ExportScope } from '../features/export/export-scope';
import { useAutomaticVersions } from '../features/history/use-automatic-versions';
import { MethodsButton } from '../features/methods/MethodsButton';
import { PreferencesButton } from '../features/preferences/PreferencesButton';
import { PresenceBar } from '../features/presence/PresenceBar';
import { useAnnouncePresence } from '../features/presence/use-announce-presence';
import { SessionEditor } from '../features/session/SessionEditor';
import { ShareButton } from '../features/sharing/ShareButton';
import { useLoadReviewAfterFirstPaint, useMeta, useProgramSession, useUndoState } from '../program';
import { DamageRecoveryNotice } from './DamageRecoveryNotice';
import { type Route, routeHash } from './route';
import { SaveStatusBadge } from './SaveStatusBadge';
import { SyncStatusBadge } from './SyncStatusBadge';
import { inNativeTextInput, useCommands } from './use-commands';
import { useNetworkStatus } from './use-network-status';
import { useSaveBeforeUnload } from './use-save-before-unload';
import { useProgramWindowTitle } from './use-window-title';

type ProgramRoute = Exclude<Route, { view: 'library' }>;

// Each view and the export dialog load when first shown, so that opening a
// session plan waits only for the session editor (docs/benchmarks.md).
const WeekPlanner = lazy(() =>
  import('../features/planner/WeekPlanner').then((module) => ({ default: module.WeekPlanner })),
);
const TodayView = lazy(() =>
  import('../features/today/TodayView').then((module) => ({ default: module.TodayView })),
);
const ProgramSettings = lazy(() =>
  import('../features/settings/ProgramSettings').then((module) => ({
    default: module.ProgramSettings,
  })),
);
const BalanceView = lazy(() =>
  import('../features/balance/BalanceView').then((module) => ({ default: module.BalanceView })),
);
const HistoryScreen = lazy(() =>
  import('../features/history/HistoryScreen').then((module) => ({ default: module.HistoryScreen })),
);
const VersionViewer = lazy(() =>
  import('../features/history/VersionViewer').then((module) => ({ default: module.VersionViewer })),
);
const CompareScreen = lazy(() =>
  import('../features/history/CompareScreen').then((module) => ({ default: module.CompareScreen })),
);
// The banner compares the whole program: it loads only once a version is approved.
const ApprovedForDelivery = lazy(() =>
  import('../features/approval/ApprovedForDelivery').then((module) => ({
    default: module.ApprovedForDelivery,
  })),
);
const ExportDialog = lazy(() =>
  import('../features/export/ExportDialog').then((module) => ({ default: module.ExportDialog })),
);

export function ProgramLayout({
  route,
  navigate,
}: {
  route: ProgramRoute;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const session = useProgramSession();
  const meta = useMeta();
  const { canUndo, canRedo } = useUndoState();
  const programId = route.programId;
  const exporting = useDialogOpening<ExportScope>();
  const approved = useApprovedVersion();
  // From the week or the settings, the whole program; from a session, that plan.
  const exportHere = () =>
    exporting.open(
      route.view === 'session' ? { kind: 'session', blockId: route.blockId } : { kind: 'program' },
    );
  useSaveBeforeUnload(session);
  useProgramWindowTitle(route);
  // Comments, versions and approvals come in after the plan is first shown.
  useLoadReviewAfterFirstPaint(session);
  // Watching from the first edit on, before the approval is known.
  useSoftLock();
  // Before a pending merge, so that the version kept before it is taken first.
  useAutomaticVersions(session);
  usePendingMerge(session);
  useNetworkStatus(session);
  useAnnouncePresence({
    // The history's screens are not places co-tutors are shown in: they read as the week.
    view: route.view === 'settings' || route.view === 'session' ? route.view : 'week',
    blockId: route.view === 'session' ? route.blockId : null,
  });

  useCommands((command: AppCommand) => {
    if (command === 'undo' || command === 'redo') {
      // From the native menu while a plain input has focus: that input's own undo.
      if (inNativeTextInput(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') session.undo();
      else session.redo();
    } else if (command === 'show-library') navigate({ view: 'library' });
    else if (command === 'new-program') navigate({ view: 'library', creating: true });
    else if (command === 'export-document') exportHere();
  });

  const tab = (view: 'week' | 'balance' | 'today' | 'settings', label: string) => (
    <a
      href={routeHash({ view, programId })}
      className="tab"
      aria-current={
        route.view === view || (view === 'week' && route.view === 'session') ? 'page' : undefined
      }
    >
      {label}
    </a>
  );

  return (
    <CommentsProvider>
      <div className="program-layout">
        <header className="topbar">
          <Button variant="ghost" onClick={() => navigate({ view: 'library' })}>
            ← {t('nav.library')}
          </Button>
          <h1 className="topbar-title" title={meta.title}>
            {meta.title}
          </h1>
          <nav aria-label={t('nav.mainNavigation')} className="tabs">
            {tab('week', t('nav.week'))}
            {tab('balance', t('nav.balance'))}
            {tab('today', t('nav.today'))}
            {tab('settings', t('nav.settings'))}
          </nav>
          <div className="topbar-actions">
            <PresenceBar />
            <div className="status-group">
              <SaveStatusBadge />
              <SyncStatusBadge />
            </div>
            <Button variant="ghost" small onClick={() => session.undo()} disabled={!canUndo}>
              {t('actions.undo')}
            </Button>
            <Button variant="ghost" small onClick={() => session.redo()} disabled={!canRedo}>
              {t('actions.redo')}
            </Button>
            {route.view === 'week' ? <MethodsButton blockId={null} variant="ghost" /> : null}
            <ProgramCommentsButton />
            <ShareButton />
            <Button
              variant="ghost"
              small
              aria-label={t('openLabel', { ns: 'history' })}
              title={t('openLabel', { ns: 'history' })}
              aria-current={isHistory(route) ? 'page' : undefined}
              onClick={() => navigate({ view: 'history', programId })}
            >
              {t('open', { ns: 'history' })}
            </Button>
            <Button
              variant="ghost"
              small
              aria-label={t('dialog.openLabel', { ns: 'export' })}
              title={t('dialog.openLabel', { ns: 'export' })}
              onClick={exportHere}
            >
              {t('dialog.open', { ns: 'export' })}
            </Button>
            <ExportButton />
            <PreferencesButton variant="ghost" small />
          </div>
        </header>
        <DamageRecoveryNotice recovery={session.recovery} />
        {approved !== null ? (
          <Suspense fallback={null}>
            <ApprovedForDelivery
              approved={approved}
              showBanner={route.view === 'week' || route.view === 'session'}
            />
          </Suspense>
        ) : null}
        <main className="program-main">
          <Suspense fallback={<ViewLoading />}>
            {route.view === 'week' ? (
              <WeekPlanner
                onOpenSession={(blockId) => navigate({ view: 'session', programId, blockId })}
                balanceHref={routeHash({ view: 'balance', programId })}
              />
            ) : route.view === 'today' ? (
              <TodayView
                onOpenSession={(blockId) => navigate({ view: 'session', programId, blockId })}
              />
            ) : route.view === 'settings' ? (
              <ProgramSettings />
            ) : route.view === 'balance' ? (
              <BalanceView
                sessionHref={(blockId) => routeHash({ view: 'session', programId, blockId })}
              />
            ) : route.view === 'history' ? (
              <HistoryScreen navigate={navigate} />
            ) : route.view === 'version' ? (
              <VersionViewer
                key={route.versionId}
                versionId={route.versionId}
                navigate={navigate}
              />
            ) : route.view === 'compare' ? (
              <CompareScreen from={route.from} to={route.to} navigate={navigate} />
            ) : (
              <SessionEditor
                key={route.blockId}
                blockId={route.blockId}
                onBack={() => navigate({ view: 'week', programId })}
                onExport={() => exporting.open({ kind: 'session', blockId: route.blockId })}
              />
            )}
          </Suspense>
        </main>
        <ProgramCommentsHere
          onOpen={(thread) =>
            navigate(
              thread.blockId === null
                ? { view: 'settings', programId }
                : { view: 'session', programId, blockId: thread.blockId },
            )
          }
        />
        {exporting.value !== null ? (
          <Suspense fallback={null}>
            <ExportDialog initialScope={exporting.value} onClose={exporting.close} />
          </Suspense>
        ) : null}
      </div>
    </CommentsProvider>
  );
}

/** The list of all comments, while it is open. */
function ProgramCommentsHere({ onOpen }: { onOpen: (thread: ThreadView) => void }) {
  const comments = useComments();
  return comments?.programListOpen === true ? <ProgramComments onOpen={onOpen} /> : null;
}

/** While a view's code loads (a moment, from disk). */
function ViewLoading() {
  const { t } = useTranslation();
  return (
    <div className="screen-message" role="status">
      {t('status.loading')}
    </div>
  );
}

function isHistory(route: ProgramRoute): boolean {
  return route.view === 'history' || route.view === 'version' || route.view === 'compare';
}
