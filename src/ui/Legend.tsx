/**
 * Which colour is which in the 3D view. Rows for the roles shown now: for pain sites the primary
 * muscles and the two compensating groups (working harder / switched off), for findings and the
 * plan the overactive and underactive ones, and the "no deep work" look of an inflamed site.
 */
import { memo, useDeferredValue } from 'react';
import type { HighlightRole, HighlightSource, MeshHighlight, MuscleRef } from '../domain/highlight';
import type { Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectHighlight } from '../store/selectors';
import { BODY_COLOURS, ROLE_COLOURS, type RoleColour } from '../theme/palette';
import { StudyLegend } from './StudyLegend';
import { WORDING } from './wording';

function Swatch({ colour, light, hatched }: { colour: string; light?: string; hatched?: boolean }) {
  const background = hatched
    ? `repeating-linear-gradient(135deg, ${colour} 0 4px, #3b3000 4px 6px)`
    : light
      ? `linear-gradient(90deg, ${colour}, ${light})`
      : colour;
  return <span className="swatch" aria-hidden="true" style={{ background }} />;
}

function Label({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="label-long">{long}</span>
      <span className="label-short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

interface Row {
  /** The role whose meshes the row describes (shown only when some mesh has it). */
  readonly role: HighlightRole;
  readonly c: RoleColour;
  readonly t: string;
  readonly s: string;
  readonly hatched?: boolean;
}

/** The legend rows for a way in and a vocabulary (all of them; the legend shows those in use). */
export function legendRows(source: 'pain' | 'findings' | 'plan', vocabulary: Vocabulary): Row[] {
  const w = WORDING[vocabulary].legend;
  const avoid = ROLE_COLOURS as Partial<Record<string, RoleColour>>;
  const avoidRow: Row[] = avoid.avoid ? [{ role: 'avoid', c: avoid.avoid, ...w.avoid, hatched: true }] : [];
  if (source === 'pain') {
    return [
      ...avoidRow,
      { role: 'primary', c: ROLE_COLOURS.primary, ...w.primary },
      { role: 'compensating', c: ROLE_COLOURS.compensating, ...w.compensating },
      { role: 'inhibited', c: ROLE_COLOURS.inhibited, ...w.inhibited },
    ];
  }
  const planned = source === 'plan';
  return [
    ...avoidRow,
    { role: 'overactive', c: ROLE_COLOURS.overactive, ...(planned ? w.release : w.overactive) },
    { role: 'underactive', c: ROLE_COLOURS.underactive, ...(planned ? w.activate : w.underactive) },
  ];
}

function rolesIn(map: ReadonlyMap<string, MeshHighlight>): Set<HighlightRole> {
  const out = new Set<HighlightRole>();
  for (const h of map.values()) out.add(h.role);
  return out;
}

/**
 * The legend follows a click in a deferred render (`useDeferredValue`): the click commits the
 * highlight, the safety alerts and the primary muscles first (docs/budgets.md), and the memoised
 * legend is not rendered in that commit at all.
 */
export function Legend() {
  const source = useDeferredValue(useExplorer((s) => s.source));
  const vocabulary = useDeferredValue(useExplorer((s) => s.vocabulary));
  const highlight = useDeferredValue(useExplorer(selectHighlight));
  const focus = useDeferredValue(useExplorer((s) => s.focus));
  return <LegendFor source={source} vocabulary={vocabulary} highlight={highlight} focus={focus} />;
}

interface LegendProps {
  source: HighlightSource;
  vocabulary: Vocabulary;
  highlight: ReadonlyMap<string, MeshHighlight>;
  focus: MuscleRef | null;
}

const LegendFor = memo(function LegendFor({ source, vocabulary, highlight, focus }: LegendProps) {
  if (source === 'study') return <StudyLegend />;
  if (highlight.size === 0) return null;
  const w = WORDING[vocabulary].legend;
  const shown = rolesIn(highlight);
  const way = source === 'pain' || source === 'findings' ? source : 'plan';
  const rows = legendRows(way, vocabulary).filter((r) => shown.has(r.role));
  const extra = [
    ...(focus ? [{ colour: ROLE_COLOURS.focus.strong, ...w.picked }] : []),
    ...(source === 'pain' ? [{ colour: BODY_COLOURS.painSite, ...w.painSite }] : []),
    { colour: BODY_COLOURS.faded, t: 'Other muscles (faded)', s: 'Others' },
  ];
  return (
    <section className="legend" aria-label="Colour legend">
      <ul>
        {rows.map((r) => (
          <li key={r.t}>
            <Swatch colour={r.c.strong} light={r.hatched ? undefined : r.c.light} hatched={r.hatched} />
            <Label long={r.t} short={r.s} />
          </li>
        ))}
        {extra.map((r) => (
          <li key={r.t}>
            <Swatch colour={r.colour} />
            <Label long={r.t} short={r.s} />
          </li>
        ))}
      </ul>
    </section>
  );
});
