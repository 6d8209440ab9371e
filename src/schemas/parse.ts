/**
 * Reading untrusted lists one item at a time: each item is checked with a Valibot schema; the
 * items that pass are kept (duplicates once), the ones that fail are returned with the schema's
 * plain reason, so the caller can report them and keep the original aside. Nothing is dropped
 * without a word.
 */
import * as v from 'valibot';

/** What an item schema gives back: the value, and notes on parts of it that were left out. */
export interface Checked<T> {
  readonly value: T;
  readonly notes: readonly string[];
}

/** An item that could not be used, with why (a noun phrase such as "an unknown pain site"). */
export interface Refused {
  readonly raw: unknown;
  readonly reason: string;
}

/** The outcome of reading a list. */
export interface ItemsRead<T> {
  readonly items: T[];
  /** Parts of kept items that were left out. */
  readonly notes: string[];
  readonly refused: Refused[];
}

/** The first issue's message, or a fallback. */
export function firstIssue(issues: readonly v.BaseIssue<unknown>[] | undefined, fallback: string): string {
  return issues?.[0]?.message ?? fallback;
}

/**
 * Read `raw` as a list of at most `max` items with `schema` (whose output is a `Checked`).
 * A value that is not a list at all gives one refusal (unless it is missing: `undefined` reads as
 * an empty list, so older records without the field still open). Duplicates are kept once; distinct
 * items past `max` are refused together, with one reason.
 */
export function readItems<T>(
  schema: v.GenericSchema<unknown, Checked<T>>,
  raw: unknown,
  opts: { readonly max: number; readonly key: (item: T) => string; readonly what: string },
): ItemsRead<T> {
  const out: ItemsRead<T> = { items: [], notes: [], refused: [] };
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) {
    out.refused.push({ raw, reason: `${opts.what} that are not a list` });
    return out;
  }
  const seen = new Set<string>();
  const overflow: unknown[] = [];
  for (const item of raw) {
    const r = v.safeParse(schema, item, { abortEarly: true });
    if (!r.success) {
      out.refused.push({ raw: item, reason: firstIssue(r.issues, `one of the ${opts.what} that could not be read`) });
      continue;
    }
    const k = opts.key(r.output.value);
    if (seen.has(k)) continue;
    if (out.items.length >= opts.max) {
      overflow.push(item);
      continue;
    }
    out.notes.push(...r.output.notes);
    seen.add(k);
    out.items.push(r.output.value);
  }
  // Past the limit, one reason for all (a link or file with thousands of items gets one sentence).
  if (overflow.length)
    out.refused.push({ raw: overflow, reason: `${overflow.length} ${opts.what} beyond the first ${opts.max}` });
  return out;
}

/** Quote a piece of untrusted text for a message: “…”, cut at 40 characters. */
export function quote(raw: unknown): string {
  const s = typeof raw === 'string' ? raw : String(raw);
  const clipped = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `“${clipped}”`;
}
