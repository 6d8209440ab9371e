/**
 * Which colour is which in the 3D view.
 */
import { useExplorer } from '../store/explorerStore';
import { selectHasHighlight } from '../store/selectors';
import { BODY_COLOURS, ROLE_COLOURS } from '../theme/palette';
import { StudyLegend } from './StudyLegend';

function Swatch({ colour, light }: { colour: string; light?: string }) {
  return (
    <span
      className="swatch"
      aria-hidden="true"
      style={{ background: light ? `linear-gradient(90deg, ${colour}, ${light})` : colour }}
    />
  );
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

export function Legend() {
  const source = useExplorer((s) => s.source);
  const vocabulary = useExplorer((s) => s.vocabulary);
  const on = useExplorer(selectHasHighlight);
  const focus = useExplorer((s) => s.focus);
  if (source === 'study') return <StudyLegend />;
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
            s: plain ? 'Likely cause' : 'Primary',
          },
          {
            c: ROLE_COLOURS.compensating,
            t: plain ? 'Working harder to make up for them' : 'Compensating muscles (stronger = higher ranked)',
            s: plain ? 'Making up for it' : 'Compensating',
          },
        ]
      : [
          {
            c: ROLE_COLOURS.overactive,
            t: plain ? 'Tight, overworking' : 'Overactive / shortened',
            s: plain ? 'Tight' : 'Overactive',
          },
          {
            c: ROLE_COLOURS.underactive,
            t: plain ? 'Weak, switched off' : 'Underactive / lengthened',
            s: plain ? 'Weak' : 'Underactive',
          },
        ];
  const extra = [
    ...(focus
      ? [{ colour: ROLE_COLOURS.focus.strong, t: plain ? 'The muscle you picked' : 'Selected muscle', s: 'Picked' }]
      : []),
    ...(source === 'pain'
      ? [
          {
            colour: BODY_COLOURS.painSite,
            t: plain ? 'Where it hurts' : 'Pain sites',
            s: plain ? 'Hurts' : 'Pain site',
          },
        ]
      : []),
    { colour: BODY_COLOURS.faded, t: 'Other muscles (faded)', s: 'Others' },
  ];
  return (
    <section className="legend" aria-label="Colour legend">
      <ul>
        {rows.map((r) => (
          <li key={r.t}>
            <Swatch colour={r.c.strong} light={r.c.light} />
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
}
