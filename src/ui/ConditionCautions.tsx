/**
 * A condition's caution and red flags, worded the same wherever a condition is shown: the
 * inflammation rule (no deep-tissue work on the inflamed area; the surrounding groups may still
 * be treated) and the signs that mean seeing a physician (therapists: the red flags to refer on).
 */
import { useWording } from './useVocabulary';

interface ConditionCautionsProps {
  readonly inflammatory: boolean;
  readonly caution: string;
  readonly redFlags: readonly string[];
}

export function ConditionCautions({ inflammatory, caution, redFlags }: ConditionCautionsProps) {
  const w = useWording();
  return (
    <>
      {inflammatory ? (
        <p className="caution">
          <strong>Inflammation:</strong> no deep-tissue work on the inflamed area while it is swollen, warm or red; the
          surrounding muscle groups may still be treated. {caution}
        </p>
      ) : (
        <p className="caution">{caution}</p>
      )}
      {redFlags.length > 0 ? (
        <div className="red-flags">
          <strong>{w.redFlags}:</strong>
          <ul>
            {redFlags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
