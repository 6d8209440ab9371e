/**
 * The pain log as charts: for each pain site, its 0–10 scores over the saved sessions' dates, so
 * the person and the therapist see whether the programme works. Each chart is an SVG image with
 * a title and a description (what changed), each point labelled with its score, and the same
 * numbers as a table.
 */
import { useId } from 'react';
import type { Vocabulary } from '../domain/labels';
import { type PainSeries, painSeries, painTrend } from '../persistence/painLog';
import type { SavedSession } from '../persistence/savedSessions';
import { regionText } from './useVocabulary';

const W = 320;
const H = 150;
const M = { left: 30, right: 14, top: 16, bottom: 26 };

const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
const longDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

const TREND_WORDS = {
  better: 'lower now: the programme seems to help',
  worse: 'higher now: worth talking over with the therapist',
  same: 'unchanged',
  single: 'one score so far',
} as const;

/** Where each point goes: x by date (evenly when all on one day), y by score (0 at the bottom). */
function layout(series: PainSeries) {
  const times = series.points.map((p) => Date.parse(p.at));
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0;
  const innerW = W - M.left - M.right;
  const innerH = H - M.top - M.bottom;
  const n = series.points.length;
  return series.points.map((p, i) => ({
    ...p,
    x: M.left + (n === 1 ? innerW / 2 : span > 0 ? ((times[i]! - t0) / span) * innerW : (i / (n - 1)) * innerW),
    y: M.top + innerH - (p.score / 10) * innerH,
  }));
}

function SiteChart({
  series,
  vocabulary,
  print = false,
}: {
  series: PainSeries;
  vocabulary: Vocabulary;
  print?: boolean;
}) {
  const id = useId();
  const name = regionText(series.region, series.side, vocabulary);
  const points = layout(series);
  const first = series.points[0]!;
  const last = series.points.at(-1)!;
  const trend = painTrend(series);
  const description =
    trend === 'single'
      ? `${first.score} of 10 on ${longDate(first.at)}.`
      : `From ${first.score} of 10 on ${longDate(first.at)} to ${last.score} of 10 on ${longDate(last.at)}: ${TREND_WORDS[trend]}.`;
  const y = (score: number) => M.top + (H - M.top - M.bottom) * (1 - score / 10);
  // The same numbers as a table: shown on paper, folded away on screen.
  const scores = (
    <table>
      <caption>Pain at {name}, 0 (none) to 10 (worst)</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Session</th>
          <th scope="col">Pain (0–10)</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.sessionId}>
            <td>{longDate(p.at)}</td>
            <td>{p.title || 'Untitled session'}</td>
            <td>{p.score}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <figure className="pain-chart" data-site={series.key}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="pain-chart-svg"
        data-points={series.points.length}
      >
        <title
          id={`${id}-title`}
        >{`Pain at ${name} over ${series.points.length} session${series.points.length === 1 ? '' : 's'}`}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[0, 5, 10].map((s) => (
          <g key={s} className="pain-grid">
            <line x1={M.left} x2={W - M.right} y1={y(s)} y2={y(s)} />
            <text x={M.left - 6} y={y(s)} textAnchor="end" dominantBaseline="middle">
              {s}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline className="pain-line" points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        ) : null}
        {points.map((p) => (
          <g key={p.sessionId} className="pain-point">
            <circle cx={p.x} cy={p.y} r={4.5}>
              <title>{`${longDate(p.at)} (${p.title || 'untitled session'}): ${p.score} of 10`}</title>
            </circle>
            <text x={p.x} y={p.y - 9} textAnchor="middle" className="pain-score">
              {p.score}
            </text>
          </g>
        ))}
        {[points[0]!, ...(points.length > 1 ? [points.at(-1)!] : [])].map((p, i) => (
          <text
            key={`date-${p.sessionId}`}
            x={p.x}
            y={H - 8}
            textAnchor={points.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'}
            className="pain-date"
          >
            {shortDate(p.at)}
          </text>
        ))}
      </svg>
      <figcaption>
        <strong>{name}</strong> — {description}
      </figcaption>
      {print ? (
        <div className="pain-table">{scores}</div>
      ) : (
        <details className="pain-table">
          <summary>Scores as a table</summary>
          {scores}
        </details>
      )}
    </figure>
  );
}

/** The pain log of the saved sessions: one chart per site with scores; a hint when there are none. */
export function PainProgressChart({
  sessions,
  vocabulary,
}: {
  sessions: readonly SavedSession[];
  vocabulary: Vocabulary;
}) {
  const log = painSeries(sessions);
  const goal = [...sessions]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .find((s) => s.goal.trim())?.goal;
  return (
    <section className="pain-log" aria-label="Pain over the sessions">
      <h3>Pain over the sessions</h3>
      {goal ? (
        <p className="pain-goal">
          <strong>Goal:</strong> {goal}
        </p>
      ) : null}
      {log.length ? (
        log.map((s) => <SiteChart key={s.key} series={s} vocabulary={vocabulary} />)
      ) : (
        <p className="hint">
          No pain scores yet. Give each pain site a score from 0 to 10 and save the session; the scores of each visit
          show here.
        </p>
      )}
    </section>
  );
}

/**
 * The pain log for the printed report: a "Pain over the sessions" section with a chart and its
 * table (always shown, as paper has no disclosure) for each of `siteKeys` (`region|side`) that at
 * least two saved sessions score; nothing when no such site.
 */
export function PainProgressReport({
  sessions,
  siteKeys,
  vocabulary,
}: {
  sessions: readonly SavedSession[];
  siteKeys: readonly string[];
  vocabulary: Vocabulary;
}) {
  const wanted = new Set(siteKeys);
  const log = painSeries(sessions).filter((s) => wanted.has(s.key) && s.points.length >= 2);
  if (!log.length) return null;
  return (
    <section className="pain-log report-pain-log" aria-labelledby="report-pain-log-h">
      <h2 id="report-pain-log-h">Pain over the sessions</h2>
      {log.map((s) => (
        <SiteChart key={s.key} series={s} vocabulary={vocabulary} print />
      ))}
    </section>
  );
}
