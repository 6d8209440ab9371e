/**
 * The treatment plan tab: where not to work deep (inflamed sites), what to release (most important
 * first), what to activate (exercise, not massage), self-care for the client and the maintenance
 * note, for everything chosen — pain sites, inflamed marks, findings and intake together — with the
 * therapist's goal.
 */
import { useId } from 'react';
import { useExplorer } from '../store/explorerStore';
import { selectHasPlanInput, selectPlanExplanation } from '../store/planSelectors';
import { inflamedNotes, SELF_CARE_KINDS, selfCareGroups } from './planText';
import { RoleSection } from './RoleSection';
import { CurrentSafetyAlerts } from './SafetyAlerts';
import { useVocabulary } from './useVocabulary';
import { textIn, WORDING } from './wording';
import '../styles/plan.css';

export function PlanPanel() {
  const hasInput = useExplorer(selectHasPlanInput);
  return (
    <>
      <CurrentSafetyAlerts />
      <GoalField />
      {hasInput ? (
        <PlanView />
      ) : (
        <section className="panel-section plan-empty" aria-labelledby="plan-empty-h">
          <h2 id="plan-empty-h">The plan</h2>
          <p className="hint">
            Nothing is selected yet. Choose where it hurts, or what the posture, squat or gait assessment showed: the
            plan of what to avoid, release and activate, with self-care and follow-up, appears here.
          </p>
        </section>
      )}
    </>
  );
}

/** The therapist's goal for the programme (kept on the device, printed on the report). */
function GoalField() {
  const goal = useExplorer((s) => s.goal);
  const setGoal = useExplorer((s) => s.setGoal);
  const id = useId();
  return (
    <section className="panel-section plan-goal">
      <label htmlFor={id} className="field-label">
        Goal of the programme
      </label>
      <input
        id={id}
        type="text"
        value={goal}
        maxLength={300}
        placeholder="e.g. walk 30 minutes without calf pain"
        aria-describedby={`${id}-hint`}
        onChange={(e) => setGoal(e.target.value)}
      />
      <p id={`${id}-hint`} className="hint">
        Saved with the session and printed on the report; not part of the share link.
      </p>
    </section>
  );
}

function PlanView() {
  const vocabulary = useVocabulary();
  const explanation = useExplorer((s) => selectPlanExplanation(s));
  const plan = explanation.plan;
  const w = WORDING[vocabulary];
  const notes = inflamedNotes(explanation, vocabulary);
  const groups = selfCareGroups(plan.selfCare);
  return (
    <>
      {plan.avoid.length > 0 ? (
        <RoleSection
          id="plan-avoid-h"
          data={{ 'data-plan': 'plan-avoid' }}
          className="plan-avoid"
          kind="avoid"
          title={w.planAvoidTitle}
          intro={
            <ul className="plan-site-notes">
              {notes.map((n) => (
                <li key={n.key}>{n.text}</li>
              ))}
            </ul>
          }
          entries={plan.avoid}
          tag="No deep work"
          ordered={false}
        />
      ) : null}
      <RoleSection
        id="plan-release-h"
        data={{ 'data-plan': 'plan-release' }}
        kind="overactive"
        title={w.planReleaseTitle}
        intro={
          <p className="hint">
            {plan.avoid.length > 0
              ? 'Most important first; the surrounding groups come first while a site is inflamed.'
              : 'Most important first.'}
          </p>
        }
        entries={plan.release}
        tag="Release"
        empty="Nothing to release."
      />
      <RoleSection
        id="plan-activate-h"
        data={{ 'data-plan': 'plan-activate' }}
        kind="underactive"
        title={w.planActivateTitle}
        intro={<p className="hint">Exercise, not massage: these muscles need waking up, not loosening.</p>}
        entries={plan.activate}
        tag="Activate"
        empty="Nothing to activate."
      />
      <section className="panel-section plan-selfcare" aria-labelledby="plan-selfcare-h">
        <h2 id="plan-selfcare-h">{w.selfCareTitle}</h2>
        {groups.length === 0 ? (
          <p className="hint">No self-care advice for this selection.</p>
        ) : (
          groups.map((g) => {
            const heading = SELF_CARE_KINDS.find((k) => k.kind === g.kind)!;
            return (
              <section key={g.kind} className="selfcare-group" aria-labelledby={`plan-sc-${g.kind}`}>
                <h3 id={`plan-sc-${g.kind}`}>{textIn(heading, vocabulary)}</h3>
                <ul>
                  {g.items.map((i) => (
                    <li key={i.text}>{i.text}</li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </section>
      <section className="panel-section plan-maintenance" aria-labelledby="plan-maint-h">
        <h2 id="plan-maint-h">
          {w.followUp}: reassess after {plan.maintenance.reassessAfterSessions} sessions
        </h2>
        <p>{plan.maintenance.text}</p>
      </section>
      <p className="panel-section note">A plan from likely contributors, not a diagnosis.</p>
    </>
  );
}
