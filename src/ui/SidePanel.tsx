/**
 * The panel beside the body (a bottom sheet on phones): two ways in — pain sites, or posture and
 * movement findings — the treatment plan for both, and study mode; the muscle card when a muscle is picked, the condition card
 * when a condition is.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useExplorer } from '../store/explorerStore';
import { ConditionCard } from './ConditionCard';
import { FindingsPanel } from './FindingsPanel';
import { HealthIntake } from './HealthIntake';
import { MuscleCard } from './MuscleCard';
import { NotesField } from './NotesField';
import { PainPanel } from './PainPanel';
import { PlanPanel } from './PlanPanel';

// Study mode is its own chunk: prefetched two seconds after the panel mounts, or fetched when its tab is chosen.
const loadStudy = () => import('./StudyPanel');
const StudyPanel = lazy(() => loadStudy().then((m) => ({ default: m.StudyPanel })));

interface Props {
  sheetOpen: boolean;
  onToggleSheet(): void;
}

const TABS = [
  { id: 'pain', label: 'Where it hurts' },
  { id: 'findings', label: 'Posture & movement' },
  { id: 'plan', label: 'Plan' },
  { id: 'study', label: 'Study' },
] as const;

export function SidePanel({ sheetOpen, onToggleSheet }: Props) {
  const source = useExplorer((s) => s.source);
  useEffect(() => {
    const soon = window.setTimeout(() => loadStudy().catch(() => undefined), 2000);
    return () => window.clearTimeout(soon);
  }, []);
  const setSource = useExplorer((s) => s.setSource);
  const focus = useExplorer((s) => s.focus);
  const condition = useExplorer((s) => s.condition);
  const count = useExplorer((s) =>
    s.source === 'pain'
      ? s.sites.length
      : s.source === 'findings'
        ? s.findings.length
        : s.source === 'plan'
          ? s.sites.length + s.findings.length
          : s.selection.length,
  );

  const onTabKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const at = TABS.findIndex((t) => t.id === source);
    const next = TABS[(at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!.id;
    setSource(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className={sheetOpen ? 'panel sheet-open' : 'panel'} aria-label="Findings panel">
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={sheetOpen}
        aria-controls="panel-body"
        onClick={onToggleSheet}
      >
        <span className="sheet-grip" aria-hidden="true" />
        {sheetOpen ? 'Show less' : count > 0 ? `Show the explanation (${count} selected)` : 'Show the panel'}
      </button>
      <div className="panel-body" id="panel-body">
        <div className="tabs" role="tablist" aria-label="Ways in">
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={source === t.id}
              aria-controls={`tabpanel-${t.id}`}
              tabIndex={source === t.id ? 0 : -1}
              onClick={() => setSource(t.id)}
              onKeyDown={onTabKey}
            >
              {t.label}
            </button>
          ))}
        </div>
        {focus ? <MuscleCard focus={focus} /> : condition ? <ConditionCard id={condition} /> : null}
        <div
          className="tabpanel"
          id={`tabpanel-${source}`}
          role="tabpanel"
          aria-labelledby={`tab-${source}`}
          hidden={focus !== null || condition !== null}
        >
          {source === 'pain' ? (
            <PainPanel />
          ) : source === 'findings' ? (
            <FindingsPanel />
          ) : source === 'plan' ? (
            <PlanPanel />
          ) : (
            <Suspense fallback={<p className="hint">Loading study mode…</p>}>
              <StudyPanel />
            </Suspense>
          )}
        </div>
        {source === 'study' ? null : <HealthIntake />}
        {source === 'study' ? null : <NotesField />}
      </div>
    </aside>
  );
}
