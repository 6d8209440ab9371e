/**
 * The muscle card's compensation neighbours, both directions: the muscles that make up for this
 * one when it is the problem, and the muscles it makes up for, with the relation in words. Each
 * neighbour is a link that opens its card and moves the view to it.
 */
import type { MuscleRef } from '../domain/highlight';
import { getMuscle } from '../domain/knowledgeBase';
import { cardNeighbours, type Neighbour } from '../domain/neighbours';
import { relationWords } from '../domain/relationWords';
import { openMuscle } from './openMuscle';
import { muscleText, useVocabulary, useWording } from './useVocabulary';
import { nameIn, WORDING } from './wording';

function NeighbourItem({ n, focus }: { n: Neighbour; focus: MuscleRef }) {
  const vocabulary = useVocabulary();
  const w = WORDING[vocabulary];
  const twin = n.muscle.id === focus.id;
  const name = muscleText(n.muscle.id, n.muscle.side, vocabulary);
  const self = nameIn(getMuscle(focus.id), vocabulary);
  const how = relationWords(n.relation, vocabulary);
  const sentence = n.direction === 'compensates' ? w.compensatesForSelf(self, how) : w.selfCompensatesFor(self, how);
  const same = twin && (focus.side === 'both' || n.muscle.side === focus.side);
  return (
    <li className="neighbour">
      {same ? (
        <span className="neighbour-name">{w.otherSide(name)}</span>
      ) : (
        <button type="button" className="link-button neighbour-name" onClick={() => openMuscle(n.muscle)}>
          {name}
        </button>
      )}
      {n.opposite && !twin ? <span className="neighbour-side"> (other side)</span> : null}
      <p className="neighbour-why">
        {sentence} {n.why}
      </p>
    </li>
  );
}

export function MuscleNeighbours({ focus }: { focus: MuscleRef }) {
  const w = useWording();
  const all = cardNeighbours(focus);
  const compensators = all.filter((n) => n.direction === 'compensates');
  const compensated = all.filter((n) => n.direction === 'compensatedBy');
  if (all.length === 0) return null;
  return (
    <section className="card-neighbours" aria-labelledby="neighbours-h">
      <h3 id="neighbours-h">{w.neighboursTitle}</h3>
      {compensators.length ? (
        <>
          <h4>{w.compensateForThis}</h4>
          <ul className="neighbours">
            {compensators.map((n) => (
              <NeighbourItem key={`${n.muscle.id}|${n.relation}`} n={n} focus={focus} />
            ))}
          </ul>
        </>
      ) : null}
      {compensated.length ? (
        <>
          <h4>{w.thisCompensatesFor}</h4>
          <ul className="neighbours">
            {compensated.map((n) => (
              <NeighbourItem key={`${n.muscle.id}|${n.relation}`} n={n} focus={focus} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
