/**
 * The plan in the printed report: the goal, the inflamed sites (no deep work), what to release and
 * activate, the self-care for the client and the follow-up.
 */
import type { PlanMuscle } from '../domain/explain';
import { muscleKey } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import { useExplorer } from '../store/explorerStore';
import { selectHasPlanInput, selectPlanExplanation } from '../store/planSelectors';
import { inflamedNotes, SELF_CARE_KINDS, selfCareGroups } from './planText';
import { muscleText, useVocabulary } from './useVocabulary';
import { textIn, WORDING } from './wording';

function Muscles({ list, vocabulary }: { list: readonly PlanMuscle[]; vocabulary: Vocabulary }) {
  return (
    <ol>
      {list.map((m) => (
        <li key={muscleKey(m.id, m.side)}>
          <strong>{muscleText(m.id, m.side, vocabulary)}</strong> — {m.why}
        </li>
      ))}
    </ol>
  );
}

export function PlanReport() {
  const vocabulary = useVocabulary();
  const goal = useExplorer((s) => s.goal);
  const hasInput = useExplorer(selectHasPlanInput);
  const explanation = useExplorer((s) => selectPlanExplanation(s));
  if (!hasInput && !goal) return null;
  const plan = explanation.plan;
  const notes = inflamedNotes(explanation, vocabulary);
  return (
    <section className="report-plan">
      <h2>Treatment plan</h2>
      <p>
        <strong>Goal:</strong> {goal || '—'}
      </p>
      {hasInput ? (
        <>
          {plan.avoid.length ? (
            <>
              <h3>No deep work (inflamed)</h3>
              {notes.map((n) => (
                <p key={n.key}>{n.text}</p>
              ))}
              <Muscles list={plan.avoid} vocabulary={vocabulary} />
            </>
          ) : null}
          <h3>{WORDING[vocabulary].reportReleaseTitle}</h3>
          {plan.release.length ? <Muscles list={plan.release} vocabulary={vocabulary} /> : <p>Nothing to release.</p>}
          <h3>Activate: exercise, not massage</h3>
          {plan.activate.length ? (
            <Muscles list={plan.activate} vocabulary={vocabulary} />
          ) : (
            <p>Nothing to activate.</p>
          )}
          {plan.selfCare.length ? (
            <>
              <h3>Self-care</h3>
              {selfCareGroups(plan.selfCare).map((g) => {
                const k = SELF_CARE_KINDS.find((x) => x.kind === g.kind)!;
                return (
                  <div key={g.kind}>
                    <h4>{textIn(k, vocabulary)}</h4>
                    <ul>
                      {g.items.map((i) => (
                        <li key={i.text}>{i.text}</li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </>
          ) : null}
          <h3>Follow-up: reassess after {plan.maintenance.reassessAfterSessions} sessions</h3>
          <p>{plan.maintenance.text}</p>
        </>
      ) : null}
    </section>
  );
}
