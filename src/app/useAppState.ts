/** The page state, read from and written to the URL hash; the back button walks through it. */
import { useCallback, useEffect, useState } from 'react';
import { type AppState, parseHash, toHash } from './route';

export function useAppState() {
  const [parsed, setParsed] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setParsed(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback(
    (patch: Partial<AppState>) => {
      const next = toHash({ ...parsed.state, ...patch });
      if (next !== window.location.hash) window.location.hash = next;
    },
    [parsed.state],
  );
  return { state: parsed.state, linkErrors: parsed.errors, navigate };
}
