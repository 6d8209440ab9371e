/**
 * The pain log: from the saved sessions, each pain site's 0–10 scores over the session dates, so
 * a chart can show whether the programme works. Pure (no DOM).
 */

import { siteKey } from '../domain/explain';
import type { RegionId } from '../domain/ids';
import type { Side } from '../domain/types';
import type { SavedSession } from '../schemas/session';

/** One score of one site, at one session. */
export interface PainPoint {
  readonly sessionId: string;
  readonly title: string;
  /** The session's date (ISO date-time, when it was first saved). */
  readonly at: string;
  /** 0–10. */
  readonly score: number;
}

/** The scores of one site over the sessions, oldest first. */
export interface PainSeries {
  /** `region|side`. */
  readonly key: string;
  readonly region: RegionId;
  readonly side: Side;
  readonly points: readonly PainPoint[];
}

/**
 * The pain log of some sessions: one series per site that has at least one score, with the
 * points in date order (ties by id). Sites are ordered by their first score, then by key.
 * Sessions without scores (older ones included) add nothing.
 */
export function painSeries(sessions: readonly SavedSession[]): PainSeries[] {
  const ordered = [...sessions].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id),
  );
  const byKey = new Map<string, { region: RegionId; side: Side; points: PainPoint[] }>();
  for (const s of ordered) {
    for (const site of s.sites) {
      if (site.pain === undefined) continue;
      const key = siteKey(site);
      let series = byKey.get(key);
      if (!series) {
        series = { region: site.region, side: site.side, points: [] };
        byKey.set(key, series);
      }
      series.points.push({ sessionId: s.id, title: s.title, at: s.createdAt, score: site.pain });
    }
  }
  return [...byKey.entries()].map(([key, s]) => ({ key, ...s }));
}

/** How a series moved from its first score to its last: lower is better. */
export function painTrend(series: PainSeries): 'better' | 'worse' | 'same' | 'single' {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last || series.points.length < 2) return 'single';
  return last.score < first.score ? 'better' : last.score > first.score ? 'worse' : 'same';
}
