/**
 * Which colour is which in study mode.
 */
import { useExplorer } from '../store/explorerStore';
import { BODY_COLOURS, ROLE_COLOURS } from '../theme/palette';

export function StudyLegend() {
  const hasSelection = useExplorer((s) => s.selection.length > 0);
  const xray = useExplorer((s) => s.isolation === 'xray' && s.selection.length > 0);
  const quiz = useExplorer((s) => s.quiz !== null);
  const missed = useExplorer(
    (s) => s.quizStage === 'feedback' && s.quiz?.answers[s.quiz.answers.length - 1]?.correct === false,
  );
  const focus = useExplorer((s) => s.focus !== null);
  // Nothing is shown for an open "find it" question.
  const asked = useExplorer(
    (s) => s.quiz !== null && !(s.quizStage === 'asking' && s.quiz.questions[s.quiz.answers.length]?.kind === 'find'),
  );
  const tinted = useExplorer((s) => s.isolation === 'all');
  const rows = [
    ...(focus || asked
      ? [
          {
            colour: ROLE_COLOURS.focus.strong,
            long: quiz ? 'The muscle asked about' : 'The muscle you picked',
            short: 'Picked',
          },
        ]
      : []),
    ...(hasSelection && tinted
      ? [{ colour: ROLE_COLOURS.selected.strong, long: 'Selected muscles', short: 'Selected' }]
      : []),
    ...(missed ? [{ colour: ROLE_COLOURS.primary.strong, long: 'Your answer', short: 'Your answer' }] : []),
    ...(xray ? [{ colour: BODY_COLOURS.faded, long: 'Seen through', short: 'Seen through' }] : []),
  ];
  if (rows.length === 0) return null;
  return (
    <section className="legend" aria-label="Colour legend">
      <ul>
        {rows.map((r) => (
          <li key={r.long}>
            <span className="swatch" aria-hidden="true" style={{ background: r.colour }} />
            <span className="label-long">{r.long}</span>
            <span className="label-short" aria-hidden="true">
              {r.short}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
