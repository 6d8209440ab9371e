/**
 * The share link: the selection, findings, vocabulary and view written into the URL's hash, and
 * read back. Pure (no DOM). Reading never throws: whatever cannot be understood is left out and
 * reported in `issues`, so a malformed or outdated link still restores what it can.
 */
import { type BodyId, DEFAULT_BODY } from '../domain/body/bodyId';
import { bareSite, type FindingSelection, findingKey, siteKey } from '../domain/explain';
import type { HighlightSource, MuscleRef } from '../domain/highlight';
import { getMuscle, isMuscleId } from '../domain/knowledgeBase';
import type { MuscleSide, Vocabulary } from '../domain/labels';
import { readBody } from '../schemas/body';
import { quote, readItems } from '../schemas/parse';
import { FINDING, MAX_ITEMS, SESSION_SITE, type Site } from '../schemas/selection';
import { isViewPreset, type ViewPreset } from './viewPresets';

// The presets live in viewPresets.ts (the entry reads a link's view before this module loads).
export { VIEW_PRESETS, type ViewPreset } from './viewPresets';

/**
 * What a share link holds: the sites with their inflamed marks, the findings and the view. Never
 * pain scores, notes, the goal or the health intake: those stay on the device.
 */
export interface SharedState {
  readonly sites: readonly Site[];
  readonly findings: readonly FindingSelection[];
  readonly vocabulary: Vocabulary;
  /** Which body is shown. */
  readonly body: BodyId;
  readonly view: ViewPreset;
  readonly source: HighlightSource;
  readonly focus: MuscleRef | null;
}

/** The link format version written by `encodeShareLink`. */
export const SHARE_LINK_VERSION = 1;

/** Result of reading a link: what could be restored, and a plain sentence for each problem. */
export interface DecodedShareLink {
  readonly state: Partial<SharedState>;
  readonly issues: readonly string[];
}

/** Marks an inflamed site in the link: `calf:right:inflamed`. */
const INFLAMED = 'inflamed';

function item(id: string, side?: string, inflamed?: boolean): string {
  const base = side && side !== 'midline' ? `${id}:${side}` : id;
  return inflamed ? `${base}:${INFLAMED}` : base;
}

/**
 * The hash for a state, without the leading `#`, e.g.
 * `v=1&s=outer_elbow:right,calf:left:inflamed,forehead&f=knees_cave_in&w=plain&body=female&view=front&tab=pain`.
 * Version 1 links without inflamed marks read the same as before. `body` is written only for a body
 * other than the default (male), so a link on the male body reads as it did before the switch
 * existed, and a link without it shows the male body.
 */
export function encodeShareLink(state: SharedState): string {
  const p = new URLSearchParams();
  p.set('v', String(SHARE_LINK_VERSION));
  if (state.sites.length) p.set('s', state.sites.map((s) => item(s.region, s.side, s.inflamed)).join(','));
  if (state.findings.length) p.set('f', state.findings.map((f) => item(f.id, f.side)).join(','));
  p.set('w', state.vocabulary);
  if (state.body !== DEFAULT_BODY) p.set('body', state.body);
  p.set('view', state.view);
  p.set('tab', state.source);
  if (state.focus) p.set('m', item(state.focus.id, state.focus.side));
  // Commas and colons are safe in a fragment; keep the link readable.
  return p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** Split `id[:side][:inflamed]` into its parts. */
function splitItem(raw: string): { id: string; side: string | undefined; flags: string[] } {
  const [id = '', ...rest] = raw.split(':').map((x) => x.trim());
  const flags = rest.filter((x) => x === INFLAMED);
  const side = rest.find((x) => x !== INFLAMED);
  return { id, side, flags };
}

/** A schema's reason as the start of a sentence. */
const named = (reason: string) => `${reason[0]?.toUpperCase() ?? ''}${reason.slice(1)}`;

/** "… was left out." or, for a count of several, "… were left out." */
const leftOut = (reason: string) => `${named(reason)} ${/^\d+ /.test(reason) ? 'were' : 'was'} left out.`;

function readSites(raw: string, issues: string[]): Site[] {
  const items = raw
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const { id, side, flags } = splitItem(part);
      return { region: id, ...(side !== undefined ? { side } : {}), ...(flags.length ? { inflamed: true } : {}) };
    });
  const read = readItems(SESSION_SITE, items, { max: MAX_ITEMS, key: siteKey, what: 'pain sites' });
  for (const r of read.refused) issues.push(leftOut(r.reason));
  for (const n of read.notes) issues.push(leftOut(n));
  // A link never carries pain scores; whatever the schema accepted beyond the site and mark is not kept.
  return read.items.map((site) => bareSite(site));
}

function readFindings(raw: string, issues: string[]): FindingSelection[] {
  const items = raw
    .split(',')
    .filter(Boolean)
    .map((part) => {
      const { id, side } = splitItem(part);
      return { id, ...(side !== undefined ? { side } : {}) };
    });
  const read = readItems(FINDING, items, { max: MAX_ITEMS, key: findingKey, what: 'findings' });
  for (const r of read.refused) issues.push(leftOut(r.reason));
  for (const n of read.notes) issues.push(`${named(n)}.`);
  return read.items;
}

function readFocus(raw: string, issues: string[]): MuscleRef | null | undefined {
  const { id, side } = splitItem(raw);
  if (!isMuscleId(id)) {
    issues.push(`The muscle ${quote(id)} is not known; no muscle card is open.`);
    return undefined;
  }
  const muscle = getMuscle(id);
  if (!muscle.bilateral) return { id, side: 'midline' };
  const s: MuscleSide = side === 'left' || side === 'right' || side === 'both' ? side : 'both';
  return { id, side: s };
}

/**
 * Read a hash (with or without the leading `#`). Unknown ids, bad sides and unknown values are
 * left out with an issue; a missing or newer version is read as well as possible.
 */
export function decodeShareLink(hash: string): DecodedShareLink {
  const issues: string[] = [];
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return { state: {}, issues };
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(text);
  } catch {
    return { state: {}, issues: ['The link could not be read; nothing was restored.'] };
  }
  const state: {
    -readonly [K in keyof SharedState]?: SharedState[K];
  } = {};
  const version = p.get('v');
  if (version === null) {
    issues.push('The link has no version; it was read as the current version.');
  } else if (version !== String(SHARE_LINK_VERSION)) {
    issues.push(
      `The link was made by another version of MyoTrace (${quote(version)}); what could be read was restored.`,
    );
  }
  const s = p.get('s');
  if (s !== null) state.sites = readSites(s, issues);
  const f = p.get('f');
  if (f !== null) state.findings = readFindings(f, issues);
  const w = p.get('w');
  if (w !== null) {
    if (w === 'plain' || w === 'medical') state.vocabulary = w;
    else issues.push(`The vocabulary ${quote(w)} is not known; plain words are used.`);
  }
  // Links made before the body switch, and links on the male body, carry no body: the male body.
  const body = p.get('body');
  state.body = readBody(body) ?? DEFAULT_BODY;
  if (body !== null && state.body !== body) {
    issues.push(`The body ${quote(body)} is not known; the ${DEFAULT_BODY} body is shown.`);
  }
  const view = p.get('view');
  if (view !== null) {
    if (isViewPreset(view)) state.view = view;
    else issues.push(`The view ${quote(view)} is not known; the front view is shown.`);
  }
  const tab = p.get('tab');
  if (tab !== null) {
    if (tab === 'pain' || tab === 'findings' || tab === 'plan' || tab === 'study') state.source = tab;
    else issues.push(`The tab ${quote(tab)} is not known.`);
  }
  const m = p.get('m');
  if (m !== null) {
    const focus = readFocus(m, issues);
    if (focus !== undefined) state.focus = focus;
  }
  const known = new Set(['v', 's', 'f', 'w', 'body', 'view', 'tab', 'm']);
  const unknown = [...new Set([...p.keys()].filter((k) => !known.has(k)))];
  if (unknown.length) issues.push(`Parts of the link were not understood (${unknown.map(quote).join(', ')}).`);
  return { state, issues };
}
