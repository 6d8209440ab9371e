/**
 * Study mode's layers: a slider that peels the body from the skin through the superficial and
 * deep muscles down to the bones, and independent switches for the skin, muscles and skeleton.
 */
import { useId } from 'react';
import { PEEL_LEVELS, type PeelLevel, type TissueToggles } from '../domain/studyView';
import { useExplorer } from '../store/explorerStore';

const TISSUES: readonly { key: keyof TissueToggles; label: string }[] = [
  { key: 'skin', label: 'Skin' },
  { key: 'muscles', label: 'Muscles' },
  { key: 'bones', label: 'Skeleton' },
];

export function LayerControls() {
  const peel = useExplorer((s) => s.peel);
  const tissues = useExplorer((s) => s.tissues);
  const setPeel = useExplorer((s) => s.setPeel);
  const setTissue = useExplorer((s) => s.setTissue);
  const id = useId();
  const level = PEEL_LEVELS[peel]!;
  // The slider brings back the tissue of the level it moves to; a switch turned on brings back
  // its level, so the two never disagree about what is shown.
  const peelTo = (p: PeelLevel) => {
    setPeel(p);
    if (p === 0) setTissue('skin', true);
    else if (p <= 4) setTissue('muscles', true);
  };
  const shown: TissueToggles = {
    skin: tissues.skin && peel === 0,
    muscles: tissues.muscles && peel <= 4,
    bones: tissues.bones,
  };
  const toggle = (key: keyof TissueToggles, on: boolean) => {
    setTissue(key, on);
    if (on && key === 'skin' && peel > 0) setPeel(0);
    if (on && key === 'muscles' && peel > 4) setPeel(1);
  };
  return (
    <section className="panel-section study-layers" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Layers</h2>
      <label htmlFor={`${id}-peel`} className="field-label">
        Peel the body: <strong>{level.name}</strong>
      </label>
      <input
        id={`${id}-peel`}
        type="range"
        min={0}
        max={5}
        step={1}
        value={peel}
        aria-valuetext={`${level.name}: ${level.detail}`}
        aria-describedby={`${id}-detail`}
        onChange={(e) => peelTo(Number(e.target.value) as PeelLevel)}
      />
      <ol className="peel-scale" aria-hidden="true">
        {PEEL_LEVELS.map((l) => (
          <li key={l.level} className={l.level === peel ? 'current' : undefined}>
            <button type="button" tabIndex={-1} onClick={() => peelTo(l.level)}>
              {l.name.replace(' muscles', '')}
            </button>
          </li>
        ))}
      </ol>
      <p id={`${id}-detail`} className="hint">
        {level.detail}.
      </p>
      <fieldset className="tissue-toggles">
        <legend>Show</legend>
        {TISSUES.map((t) => (
          <label key={t.key}>
            <input type="checkbox" checked={shown[t.key]} onChange={(e) => toggle(t.key, e.target.checked)} />
            {t.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
