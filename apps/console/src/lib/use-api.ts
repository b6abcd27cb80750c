import { useEffect, useState } from 'preact/hooks';
import { api } from './api';

/**
 * One GET of the API for a component: its data, its error, and a reload. While a new path loads,
 * the last data stays (a list refreshed after a write keeps its rows and their messages).
 */
export function useApi<T>(path: string | null) {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((last) => ({ ...(last.data !== undefined ? { data: last.data } : {}), loading: true }));
    api<T>(path).then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, attempt]);
  return { ...state, reload: () => setAttempt((n) => n + 1) };
}
