/**
 * The colours of the explanation, shared by the 3D view and the legend so they cannot disagree.
 * Each highlight role runs from a light tint (lowest ranked) to a strong colour (highest ranked).
 */
import type { HighlightRole } from '../domain/highlight';

export interface RoleColour {
  /** Colour of the highest-ranked muscle of the role (legend swatch). */
  readonly strong: string;
  /** Colour of the lowest-ranked muscle of the role. */
  readonly light: string;
}

export const ROLE_COLOURS: Readonly<
  Record<
    'primary' | 'compensating' | 'inhibited' | 'overactive' | 'underactive' | 'focus' | 'selected' | 'avoid',
    RoleColour
  >
> = {
  primary: { strong: '#d9480f', light: '#f5a97f' },
  compensating: { strong: '#1668b8', light: '#86c3ee' },
  /** Switched off by the primary muscles (activate, don't massage): teal, apart from the blue. */
  inhibited: { strong: '#0b7285', light: '#8ce0e8' },
  overactive: { strong: '#d9480f', light: '#f5a97f' },
  underactive: { strong: '#1668b8', light: '#86c3ee' },
  focus: { strong: '#7b3fd1', light: '#7b3fd1' },
  selected: { strong: '#0b7f73', light: '#0b7f73' },
  /** "No deep work" (inflamed site): amber, drawn with dark diagonal stripes. */
  avoid: { strong: '#f0b400', light: '#f0b400' },
};

/** Resting colours of the body. */
export const BODY_COLOURS = {
  skin: '#d9c0ae',
  muscle: '#b5675a',
  faded: '#b99a90',
  bone: '#ebe4d2',
  painSite: '#e8590c',
  hover: '#f08c4a',
} as const;

/** Whether a role is drawn glowing (not faded or resting). */
export function isHighlighted(role: HighlightRole): boolean {
  return role !== 'faded' && role !== 'none';
}
