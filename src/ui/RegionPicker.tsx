/**
 * The region list: every pain region, grouped and searchable, each side a toggle button. It gives
 * the same explanation as clicking the body, with the keyboard or a screen reader alone.
 */
import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { type PainSite, regionSites, siteKey } from '../domain/explain';
import type { RegionId } from '../domain/ids';
import { REGIONS } from '../domain/knowledgeBase';
import { regionLabel, type Vocabulary } from '../domain/labels';
import type { Region } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { useVocabulary } from './useVocabulary';

const GROUPS: readonly Region['group'][] = [
  'Head and neck',
  'Shoulder and arm',
  'Forearm and hand',
  'Chest and abdomen',
  'Back and hips',
  'Thigh and knee',
  'Lower leg and foot',
];

function matches(r: Region, q: string): boolean {
  if (!q) return true;
  const hay = `${r.plainName} ${r.medicalName} ${r.group} ${r.id.replaceAll('_', ' ')}`.toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/**
 * The list is open while nothing is selected; after that the person opens or closes it. It is
 * the same element throughout, so choosing from it never moves the keyboard focus.
 */
export function RegionPicker({ hasSites }: { hasSites: boolean }) {
  const [open, setOpen] = useState(!hasSites);
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim());
  const vocabulary = useVocabulary();
  // The rows show the selection one deferred render after a click: the click's first commit
  // (highlight, alerts, primary muscles) does not wait for sixty rows to be compared.
  const sites = useDeferredValue(useExplorer((s) => s.sites));
  const toggleSite = useExplorer((s) => s.toggleSite);
  const toggleInflamed = useExplorer((s) => s.toggleInflamed);
  const id = useId();
  const selected = useMemo(() => new Set(sites.map(siteKey)), [sites]);
  const inflamed = useMemo(() => new Set(sites.filter((s) => s.inflamed).map(siteKey)), [sites]);
  const groups = useMemo(
    () => GROUPS.map((g) => ({ g, regions: REGIONS.filter((r) => r.group === g && matches(r, q)) })),
    [q],
  );
  const total = groups.reduce((n, g) => n + g.regions.length, 0);

  // The same element while the matches and the selection stand, so React skips the rows outright.
  const list = useMemo(
    () =>
      groups.map(({ g, regions }) =>
        regions.length === 0 ? null : (
          <section key={g} className="region-group" aria-labelledby={`${id}-${g}`}>
            <h3 id={`${id}-${g}`}>{g}</h3>
            <ul>
              {regions.map((r) => (
                <RegionRow
                  key={r.id}
                  region={r}
                  vocabulary={vocabulary}
                  left={selected.has(`${r.id}|left`)}
                  right={selected.has(`${r.id}|right`)}
                  midline={selected.has(`${r.id}|midline`)}
                  inflamed={sidesIn(inflamed, r.id)}
                  onToggle={toggleSite}
                  onInflamed={toggleInflamed}
                />
              ))}
            </ul>
          </section>
        ),
      ),
    [id, groups, vocabulary, selected, inflamed, toggleSite, toggleInflamed],
  );

  const body = (
    <div className="region-picker">
      <label htmlFor={`${id}-q`} className="field-label">
        Search the body regions
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder="e.g. elbow, knee, jaw"
        autoComplete="off"
        aria-describedby={`${id}-count`}
        onChange={(e) => setQuery(e.target.value)}
      />
      <p id={`${id}-count`} className="hint" aria-live="polite">
        {q ? `${total} ${total === 1 ? 'region matches' : 'regions match'}.` : 'Choose a side to select a region.'}
      </p>
      {list}
    </div>
  );

  return (
    <details
      className="panel-section region-details"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{hasSites ? 'Add another place from the list' : 'Choose from the list of body regions'}</summary>
      {body}
    </details>
  );
}

interface RowProps {
  region: Region;
  vocabulary: Vocabulary;
  left: boolean;
  right: boolean;
  midline: boolean;
  /** The selected sides marked inflamed, e.g. "right" or "left,right" (a string, so the row memoises). */
  inflamed: string;
  onToggle(site: PainSite): void;
  onInflamed(key: string): void;
}

/** The sides of a region whose sites are in a set of site keys, joined: "left,right". */
function sidesIn(keys: ReadonlySet<string>, region: RegionId): string {
  return regionSites(region)
    .filter((site) => keys.has(siteKey(site)))
    .map((site) => site.side)
    .join(',');
}

/** One region with a toggle per side; re-rendered only when its own selection changes. */
const RegionRow = memo(function RegionRow({
  region: r,
  vocabulary,
  left,
  right,
  midline,
  inflamed,
  onToggle,
  onInflamed,
}: RowProps) {
  const name = regionLabel(r, 'midline', vocabulary);
  const sites = regionSites(r.id);
  const pressed = { left, right, midline };
  const marked = new Set(inflamed.split(','));
  const chosen = sites.filter((site) => pressed[site.side]);
  return (
    <li className={chosen.length ? 'region-row chosen' : 'region-row'}>
      <span className="region-name">{name}</span>
      <span className="region-sides">
        {sites.map((site) => {
          const { side } = site;
          const label = regionLabel(r, side, vocabulary);
          return (
            <button
              key={side}
              type="button"
              className="side-toggle"
              aria-pressed={pressed[side]}
              aria-label={side === 'midline' ? `Select ${label}` : label}
              onClick={() => onToggle(site)}
            >
              {side === 'midline' ? 'Select' : side === 'left' ? 'Left' : 'Right'}
            </button>
          );
        })}
      </span>
      {chosen.length ? (
        <span className="region-inflamed">
          {chosen.map((site) => {
            const { side } = site;
            const label = regionLabel(r, side, vocabulary);
            // The visible words are the start of the accessible name (WCAG 2.5.3).
            const word = side === 'midline' ? 'Inflamed' : `Inflamed (${side})`;
            return (
              <button
                key={side}
                type="button"
                className="inflamed-toggle small"
                aria-pressed={marked.has(side)}
                aria-label={`${word}: ${label}`}
                onClick={() => onInflamed(siteKey(site))}
              >
                <span className="hatch-swatch" aria-hidden="true" />
                {word}
              </button>
            );
          })}
        </span>
      ) : null}
    </li>
  );
});
