/**
 * Study mode: the body area being studied, the layers, the muscles of the area and the selection
 * (isolate, hide, x-ray), and the quiz. While a quiz runs, the lists that would give answers away
 * are put aside.
 */
import { useId } from 'react';
import { type QuizArea, quizAreas, quizMuscles } from '../domain/quiz';
import { useExplorer } from '../store/explorerStore';
import { AreaMuscleList } from './AreaMuscleList';
import { areaName } from './areaName';
import { LayerControls } from './LayerControls';
import { QuizPanel } from './QuizPanel';
import { SelectionControls } from './SelectionControls';
import '../styles/study.css';

export function StudyPanel() {
  const area = useExplorer((s) => s.studyArea);
  const setArea = useExplorer((s) => s.setStudyArea);
  const quizRunning = useExplorer((s) => s.quiz !== null);
  const id = useId();
  return (
    <>
      <section className="panel-section study-intro" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Study the muscles</h2>
        <p className="hint">
          Find any muscle with the search box at the top (press <kbd>/</kbd>). Click a muscle on the body for its card;
          Shift-click to select it.
        </p>
        <div className="study-row">
          <label htmlFor={`${id}-area`} className="field-label">
            Body area
          </label>
          <select
            id={`${id}-area`}
            value={area}
            disabled={quizRunning}
            onChange={(e) => setArea(e.target.value as QuizArea)}
          >
            {quizAreas().map((a) => (
              <option key={a} value={a}>
                {areaName(a)} ({quizMuscles(a).length} muscles)
              </option>
            ))}
          </select>
        </div>
      </section>
      <LayerControls />
      {quizRunning ? (
        <QuizPanel />
      ) : (
        <>
          <SelectionControls />
          <AreaMuscleList />
          <QuizPanel />
        </>
      )}
    </>
  );
}
