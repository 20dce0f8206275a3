/** The page state, read from and written to the URL hash; the back button walks through it. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AppState, parseHash, toHash } from './route';

export function useAppState() {
  const [parsed, setParsed] = useState(() => parseHash(window.location.hash));
  const shown = useRef(window.location.hash);
  useEffect(() => {
    const onChange = () => {
      // The page's own navigation is already shown; only the back button or an edited link is new here.
      if (window.location.hash === shown.current) return;
      shown.current = window.location.hash;
      setParsed(parseHash(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback(
    (patch: Partial<AppState>) => {
      const next = toHash({ ...parsed.state, ...patch });
      if (next === window.location.hash) return;
      window.location.hash = next;
      // In the same event, not on hashchange: a controlled input keeps the value just chosen.
      shown.current = window.location.hash;
      setParsed(parseHash(next));
    },
    [parsed.state],
  );
  return { state: parsed.state, linkErrors: parsed.errors, navigate };
}
