import type { AppState } from '../../app/route';

export interface ViewProps {
  state: AppState;
  navigate: (patch: Partial<AppState>) => void;
}
