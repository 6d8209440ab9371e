/**
 * The search box in the top bar: muscles, regions and conditions by name, plain name, synonym or
 * abbreviation, group or action, tolerant of typos. An ARIA combobox with a listbox of results;
 * "/" anywhere (outside a text field) puts the cursor in it. Picking a muscle opens its card and
 * frames it, a region becomes a pain site, a condition opens its card.
 */
import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { search } from '../domain/search';
import { useExplorer } from '../store/explorerStore';
import { openMuscle } from './openMuscle';
import { type SearchOption, searchOptions } from './searchOptions';
import { useVocabulary } from './useVocabulary';
import '../styles/study.css';

const LIMIT = 10;

/** Whether a key press happens while typing in a field (where "/" is just a character). */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
}

/** Carry out what picking an option does. */
function apply(option: SearchOption): void {
  const s = useExplorer.getState();
  const pick = option.pick;
  if (pick.kind === 'muscle') {
    s.openCondition(null);
    openMuscle(pick.ref);
  } else if (pick.kind === 'region') {
    s.openCondition(null);
    s.focusMuscle(null);
    s.addSite(pick.site);
  } else {
    s.focusMuscle(null);
    s.openCondition(pick.id);
  }
}

export function SearchBox() {
  const vocabulary = useVocabulary();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const deferred = useDeferredValue(query);
  const options = useMemo(() => searchOptions(search(deferred, LIMIT), vocabulary), [deferred, vocabulary]);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-o${i}`;
  const expanded = open && options.length > 0;

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Keep the active option in view as the arrows move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const pick = (o: SearchOption) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    apply(o);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (options.length ? Math.min(options.length - 1, a + 1) : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter') {
      // Typed fast, the list may still show an earlier query's results: Enter picks from the query
      // as it is now (its top result, unless an option of the list shown was chosen with the arrows).
      const caughtUp = deferred === query;
      const o = caughtUp ? options[Math.max(active, 0)] : searchOptions(search(query, LIMIT), vocabulary)[0];
      if (open && o) {
        e.preventDefault();
        pick(o);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const q = query.trim();
  const status = !q
    ? ''
    : deferred !== query
      ? ''
      : options.length === 0
        ? `Nothing found for “${q}”.`
        : `${options.length} ${options.length === 1 ? 'result' : 'results'}; use the arrow keys to choose.`;

  return (
    <search className="search">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search muscles, body regions and conditions
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search muscles, regions, conditions…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <span className="search-key" aria-hidden="true">
        /
      </span>
      <div id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {options.map((o, i) => (
          // The options are chosen with the arrow keys in the box (aria-activedescendant), so they take no focus.
          // biome-ignore lint/a11y/useFocusableInteractive: the combobox input keeps the focus
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
          <div
            key={o.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={`search-option search-${o.pick.kind}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => pick(o)}
          >
            <span className="search-label">{o.label}</span>
            <span className="search-detail">{o.detail}</span>
          </div>
        ))}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </search>
  );
}
