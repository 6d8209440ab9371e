/**
 * Which colour is which in the 3D view.
 */
import { useExplorer } from '../store/explorerStore';
import { selectHasHighlight } from '../store/selectors';
import { BODY_COLOURS, ROLE_COLOURS } from '../theme/palette';

function Swatch({ colour, light }: { colour: string; light?: string }) {
  return (
    <span
      className="swatch"
      aria-hidden="true"
      style={{ background: light ? `linear-gradient(90deg, ${colour}, ${light})` : colour }}
    />
  );
}

export function Legend() {
  const source = useExplorer((s) => s.source);
  const vocabulary = useExplorer((s) => s.vocabulary);
  const on = useExplorer(selectHasHighlight);
  const focus = useExplorer((s) => s.focus);
  if (!on) return null;
  const plain = vocabulary === 'plain';
  const rows =
    source === 'pain'
      ? [
          {
            c: ROLE_COLOURS.primary,
            t: plain
              ? 'Likely causing the pain (stronger = more likely)'
              : 'Primary muscles (stronger = higher ranked)',
          },
          {
            c: ROLE_COLOURS.compensating,
            t: plain ? 'Working harder to make up for them' : 'Compensating muscles (stronger = higher ranked)',
          },
        ]
      : [
          { c: ROLE_COLOURS.overactive, t: plain ? 'Tight, overworking' : 'Overactive / shortened' },
          { c: ROLE_COLOURS.underactive, t: plain ? 'Weak, switched off' : 'Underactive / lengthened' },
        ];
  return (
    <section className="legend" aria-label="Colour legend">
      <ul>
        {rows.map((r) => (
          <li key={r.t}>
            <Swatch colour={r.c.strong} light={r.c.light} />
            {r.t}
          </li>
        ))}
        {focus ? (
          <li>
            <Swatch colour={ROLE_COLOURS.focus.strong} />
            {plain ? 'The muscle you picked' : 'Selected muscle'}
          </li>
        ) : null}
        {source === 'pain' ? (
          <li>
            <Swatch colour={BODY_COLOURS.painSite} />
            {plain ? 'Where it hurts' : 'Pain sites'}
          </li>
        ) : null}
        <li>
          <Swatch colour={BODY_COLOURS.faded} />
          {plain ? 'Other muscles (faded)' : 'Other muscles (faded)'}
        </li>
      </ul>
    </section>
  );
}
