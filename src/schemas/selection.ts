/**
 * Schemas for what a person selects: pain sites (with the inflamed mark and, in saved sessions,
 * the 0–10 pain score) and posture or movement findings. Shared by every reader of untrusted
 * input — the share link, saved sessions, the work in progress and imported files — so they all
 * accept and refuse the same things with the same words.
 *
 * The side is settled here: a paired region needs `left` or `right`; a midline region is always
 * `midline`, whatever the input says.
 */
import * as v from 'valibot';
import { type FindingSelection, type PainSite, siteOf } from '../domain/explain';
import { isJsonObject } from '../domain/jsonObject';
import { isFindingId, isRegionId } from '../domain/knowledgeBase';
import type { Checked } from './parse';
import { quote } from './parse';

/** A pain site as the app holds it: the region and side, and whether it is acute / inflamed. */
export type Site = PainSite;

/** A pain site as a saved session keeps it: with the person's 0–10 pain score, if given. */
export type SessionSite = Site & { readonly pain?: number };

/** The lowest and highest pain score. */
export const PAIN_MIN = 0;
export const PAIN_MAX = 10;

/** Most sites and findings read from one record or link. */
export const MAX_ITEMS = 100;

/** Whether a value is a pain score: a whole number from 0 to 10. */
export function isPainScore(p: unknown): p is number {
  return typeof p === 'number' && Number.isInteger(p) && p >= PAIN_MIN && p <= PAIN_MAX;
}

/**
 * One pain site: `{ region, side?, inflamed?, pain? }`. An unknown region or a paired region
 * without a side refuses the site; an inflamed mark or pain score that is not understood is left
 * out with a note (the site is kept).
 */
export const SESSION_SITE = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }): Checked<SessionSite> => {
    const raw = dataset.value;
    if (!isJsonObject(raw) || typeof raw.region !== 'string' || !isRegionId(raw.region)) {
      const region = isJsonObject(raw) ? raw.region : raw;
      addIssue({
        message: typeof region === 'string' ? `an unknown pain site (${quote(region)})` : 'an unknown pain site',
      });
      return NEVER;
    }
    const region = raw.region;
    const side = raw.side === 'left' || raw.side === 'right' || raw.side === 'midline' ? raw.side : undefined;
    const site = siteOf(region, side, raw.inflamed === true);
    if (!site) {
      addIssue({ message: `a pain site without a valid side, left or right (${region})` });
      return NEVER;
    }
    const notes: string[] = [];
    if (raw.inflamed !== undefined && typeof raw.inflamed !== 'boolean')
      notes.push(`an inflamed mark that was not understood (${region})`);
    if (isPainScore(raw.pain)) return { value: { ...site, pain: raw.pain }, notes };
    if (raw.pain !== undefined && raw.pain !== null)
      notes.push(`a pain score that is not a whole number from 0 to 10 (${region}: ${quote(raw.pain)})`);
    return { value: site, notes };
  }),
);

/** One finding: `{ id, side? }`. An unknown id refuses it; a side not understood is left out with a note. */
export const FINDING = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }): Checked<FindingSelection> => {
    const raw = dataset.value;
    if (!isJsonObject(raw) || typeof raw.id !== 'string' || !isFindingId(raw.id)) {
      const id = isJsonObject(raw) ? raw.id : raw;
      addIssue({ message: typeof id === 'string' ? `an unknown finding (${quote(id)})` : 'an unknown finding' });
      return NEVER;
    }
    const id = raw.id;
    if (raw.side === 'left' || raw.side === 'right') return { value: { id, side: raw.side }, notes: [] };
    if (raw.side === undefined || raw.side === null) return { value: { id }, notes: [] };
    return {
      value: { id },
      notes: [`the side of the finding ${quote(id)}, which was not understood (both sides are shown)`],
    };
  }),
);
