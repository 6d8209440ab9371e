// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SavedSession } from '../../src/persistence/savedSessions';
import { useExplorer } from '../../src/store/explorerStore';
import { useSessions } from '../../src/store/sessionsStore';
import { PrintReport } from '../../src/ui/PrintReport';
import { freshStores } from './render';

freshStores(() => ({
  sites: [
    { region: 'calf', side: 'right' },
    { region: 'calf', side: 'left' },
  ],
  snapshot: 'data:image/png;base64,AAAA',
}));

const session = (id: string, day: number, sites: SavedSession['sites']): SavedSession => ({
  id,
  title: `Visit ${id}`,
  createdAt: `2026-03-0${day}T10:00:00.000Z`,
  updatedAt: `2026-03-0${day}T10:00:00.000Z`,
  sites,
  findings: [],
  notes: '',
  vocabulary: 'plain',
  body: 'male',
  goal: '',
  intake: [],
});

const painLog = () => screen.queryByRole('region', { name: 'Pain over the sessions' });

describe('the printed report: pain over the sessions', () => {
  it('charts each selected site scored in two or more saved sessions, oldest first, with its table shown', () => {
    useSessions.getState().setAll([
      session('c', 3, [{ region: 'calf', side: 'right', pain: 2 }]),
      session('a', 1, [
        { region: 'calf', side: 'right', pain: 7 },
        { region: 'calf', side: 'left', pain: 4 },
        { region: 'back_of_neck', side: 'left', pain: 6 },
      ]),
      session('b', 2, [
        { region: 'calf', side: 'right', pain: 5 },
        { region: 'back_of_neck', side: 'left', pain: 3 },
      ]),
    ]);
    render(<PrintReport />);
    const log = painLog()!;
    expect(log).toBeTruthy();
    const charts = log.querySelectorAll('.pain-chart');
    // Only the right calf: the left calf has one score, the neck is not selected now.
    expect([...charts].map((c) => c.getAttribute('data-site'))).toEqual(['calf|right']);
    const svg = charts[0]!.querySelector('svg')!;
    expect(svg.getAttribute('data-points')).toBe('3');
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(log.querySelector('details')).toBeNull();
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.lastElementChild?.textContent)).toEqual(['7', '5', '2']);
    expect(charts[0]!.querySelector('figcaption')?.textContent).toMatch(/From 7 of 10 .* to 2 of 10 .*lower now/);
  });

  it('is left out when fewer than two saved sessions score a selected site', () => {
    useSessions
      .getState()
      .setAll([
        session('a', 1, [{ region: 'calf', side: 'right', pain: 7 }]),
        session('b', 2, [{ region: 'calf', side: 'right' }]),
      ]);
    render(<PrintReport />);
    expect(screen.getByRole('heading', { name: 'Pain sites' })).toBeTruthy();
    expect(painLog()).toBeNull();
    expect(screen.queryByText('Pain over the sessions')).toBeNull();
  });

  it('is left out when the sites that were scored are no longer selected', () => {
    useExplorer.setState({ sites: [{ region: 'calf', side: 'left' }] });
    useSessions
      .getState()
      .setAll([
        session('a', 1, [{ region: 'calf', side: 'right', pain: 7 }]),
        session('b', 2, [{ region: 'calf', side: 'right', pain: 3 }]),
      ]);
    render(<PrintReport />);
    expect(painLog()).toBeNull();
  });
});
