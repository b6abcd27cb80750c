import { useState } from 'preact/hooks';
import { api, ApiError } from './api';

/** A form's submission: busy while it runs, the problem (in the user's language) or the success message after. */
export function useSubmit<T>(onDone?: (result: T) => void) {
  const [state, setState] = useState<{ busy: boolean; error?: ApiError | Error; done?: T }>({ busy: false });
  const submit = async (path: string, body: unknown, method = 'POST') => {
    setState({ busy: true });
    try {
      const result = await api<T>(path, { method, body });
      setState({ busy: false, done: result });
      onDone?.(result);
      return result;
    } catch (err) {
      setState({ busy: false, error: err as Error });
      return undefined;
    }
  };
  return { ...state, submit, reset: () => setState({ busy: false }) };
}

/** A form's fields as strings, from its inputs' names. */
export const fieldsOf = (form: HTMLFormElement) => Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
