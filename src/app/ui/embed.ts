/**
 * Embed mode (`#/<view>?embed=1&chart=<panel id>`): the view renders out of sight and the one panel asked
 * for draws itself into the frame's root, alone, with its title and source line.
 */
import { createContext, useContext } from 'react';

export interface Embed {
  /** The panel id the frame shows. */
  chart: string;
  /** Where that panel draws itself (null until the frame's root is mounted). */
  root: HTMLElement | null;
}

export const EmbedContext = createContext<Embed | null>(null);

export const useEmbed = () => useContext(EmbedContext);
