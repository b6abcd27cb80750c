import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from './auth';

export const SessionContext = createContext<Session | null>(null);
export const useSession = () => useContext(SessionContext);
