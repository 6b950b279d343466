import { meQueryOptions } from '@parvis/web/data-access';
import { ErrorState, LoadingState, PageLayout } from '@parvis/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeContext } from './use-me';

/** Lets signed-in users through; others go to /login?next=<where they were going>. */
export function RequireAuth() {
  const me = useQuery(meQueryOptions());
  const location = useLocation();
  if (me.isPending) {
    return (
      <PageLayout>
        <LoadingState />
      </PageLayout>
    );
  }
  if (me.isError) {
    return (
      <PageLayout>
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </PageLayout>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return (
    <MeContext.Provider value={me.data}>
      <Outlet />
    </MeContext.Provider>
  );
}
