/**
 * Search over muscles, regions and conditions: by standard name, plain name, synonyms and
 * abbreviations (ECRB, SCM, TFL, QL...), group ("rotator cuff", "hamstrings") and action
 * ("flexes the elbow"), tolerant of typos. Pure and deterministic.
 */
import { GROUP_NAMES } from './groups';
import type { ConditionId, MuscleId, RegionId } from './ids';
import { CONDITIONS, MUSCLES, REGIONS } from './knowledgeBase';

/** What a search result points at. */
export type SearchTarget =
  | { readonly kind: 'muscle'; readonly id: MuscleId }
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'condition'; readonly id: ConditionId };

/** Which kind of words matched. */
export type MatchField = 'name' | 'plain name' | 'synonym' | 'group' | 'action' | 'medical name';

/** One search result. */
export type SearchResult = SearchTarget & {
  /** The record's main label (standard name for muscles, plain name for regions and conditions). */
  readonly label: string;
  /** The words that matched, to show why it was found. */
  readonly matched: string;
  readonly field: MatchField;
  readonly score: number;
};

interface Term {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly field: MatchField;
  readonly weight: number;
}

interface Entry {
  readonly target: SearchTarget;
  readonly label: string;
  readonly terms: readonly Term[];
  readonly order: number;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'or', 'in', 'on', 'at', 'with', 'its', 'my', 'for']);

/** Lower-case, strip accents and punctuation, split into words, drop filler words. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0 && !STOP.has(t));
}

function term(text: string, field: MatchField, weight: number): Term {
  return { text, tokens: tokenize(text), field, weight };
}

/** Restricted Damerau–Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** How well one query word matches one term word (0 = not at all). */
function wordScore(q: string, w: string): number {
  if (q === w) return 1;
  if (w.startsWith(q) && q.length >= 2) return 0.85 + 0.1 * (q.length / w.length);
  if (q.length >= 4) {
    const allowed = q.length >= 8 ? 2 : 1;
    // Compare against the word, and against its start (a typo in a prefix).
    const d = Math.min(editDistance(q, w, allowed), editDistance(q, w.slice(0, q.length), allowed));
    if (d <= allowed) return 0.7 - 0.1 * d;
  }
  return 0;
}

/** How well a whole query matches a term: every query word must match some term word. */
function termScore(query: readonly string[], t: Term): number {
  if (t.tokens.length === 0) return 0;
  let total = 0;
  for (const q of query) {
    let best = 0;
    for (const w of t.tokens) best = Math.max(best, wordScore(q, w));
    if (best === 0) return 0;
    total += best;
  }
  const coverage = Math.min(1, query.length / t.tokens.length);
  return (total / query.length) * (0.8 + 0.2 * coverage) * t.weight;
}

function buildIndex(): Entry[] {
  const entries: Entry[] = [];
  let order = 0;
  for (const m of MUSCLES) {
    const g = GROUP_NAMES[m.group];
    entries.push({
      target: { kind: 'muscle', id: m.id },
      label: m.name,
      order: order++,
      terms: [
        term(m.name, 'name', 1),
        term(m.plainName, 'plain name', 0.9),
        ...m.synonyms.map((s) => term(s, 'synonym', /^[A-Z0-9]{2,6}$/.test(s) ? 1.05 : 0.95)),
        term(g.name, 'group', 0.75),
        ...g.aliases.map((a) => term(a, 'group', 0.7)),
        ...m.actions.map((a) => term(a, 'action', 0.65)),
      ],
    });
  }
  for (const r of REGIONS) {
    entries.push({
      target: { kind: 'region', id: r.id },
      label: r.plainName,
      order: order++,
      terms: [term(r.plainName, 'plain name', 0.95), term(r.medicalName, 'medical name', 0.95)],
    });
  }
  for (const c of CONDITIONS) {
    entries.push({
      target: { kind: 'condition', id: c.id },
      label: c.plainName,
      order: order++,
      terms: [term(c.plainName, 'plain name', 1), term(c.name, 'name', 1)],
    });
  }
  return entries;
}

let index: Entry[] | undefined;

/**
 * Search the knowledge base. Results are ranked by how well they match (exact abbreviations and
 * names first, then prefixes, then near-misses), then head → foot. An empty query finds nothing.
 */
export function search(query: string, limit = 20): SearchResult[] {
  const q = tokenize(query);
  if (q.length === 0) return [];
  index ??= buildIndex();
  const results: SearchResult[] = [];
  for (const e of index) {
    let best: { score: number; term: Term } | undefined;
    for (const t of e.terms) {
      const s = termScore(q, t);
      if (s > 0 && (!best || s > best.score)) best = { score: s, term: t };
    }
    if (best) {
      results.push({
        ...e.target,
        label: e.label,
        matched: best.term.text,
        field: best.term.field,
        score: Math.round(best.score * 1000) / 1000,
      } as SearchResult);
    }
  }
  const orderOf = new Map(index.map((e) => [`${e.target.kind}:${e.target.id}`, e.order]));
  return results
    .sort(
      (a, b) => b.score - a.score || (orderOf.get(`${a.kind}:${a.id}`) ?? 0) - (orderOf.get(`${b.kind}:${b.id}`) ?? 0),
    )
    .slice(0, limit);
}
