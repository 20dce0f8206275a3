/**
 * What the header's search does with a picked agency. Trends and Compare add it to what they show (their
 * defaults included, which only they know); other views open its report.
 */
import { createContext, useContext, useEffect } from 'react';

export type PickHandler = (agencyId: string) => void;

export const AgencyPickContext = createContext<(handler: PickHandler | null) => void>(() => {});

/** Let the current view take the search's picks while it is shown. */
export function useAgencyPick(handler: PickHandler) {
  const register = useContext(AgencyPickContext);
  useEffect(() => {
    register(handler);
    return () => register(null);
  }, [register, handler]);
}
