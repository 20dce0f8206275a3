/** A counter that moves whenever the loaded data changes (a report added or removed here), so queries run again. */
let revision = 0;
const listeners = new Set<() => void>();

export const dataRevision = () => revision;

export function subscribeRevision(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function bumpRevision() {
  revision += 1;
  listeners.forEach((l) => l());
}
