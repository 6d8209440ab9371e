// @vitest-environment happy-dom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedSession } from '../../src/persistence/savedSessions';
import { useExplorer } from '../../src/store/explorerStore';
import { useSessions } from '../../src/store/sessionsStore';
import { SessionsDialog } from '../../src/ui/SessionsDialog';
import { freshStores } from './render';

const visit = (id: string, day: number, pain: number): SavedSession => ({
  id,
  title: `Visit ${day}`,
  createdAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
  updatedAt: `2026-11-${String(day).padStart(2, '0')}T10:30:00.000Z`,
  sites: [
    { region: 'calf', side: 'right', inflamed: day === 1, pain },
    { region: 'outer_elbow', side: 'left', pain: pain - 1 },
  ],
  findings: [{ id: 'flat_feet' }],
  notes: `Notes of visit ${day}`,
  vocabulary: 'plain',
  body: 'male',
  goal: 'Walk to work without calf pain.',
  intake: ['diabetes'],
});

beforeAll(() => {
  // happy-dom's dialog: make sure showModal/close exist and toggle `open`.
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { showModal?: () => void };
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
});

freshStores();

describe('the sessions dialog', () => {
  it('saves the current work with its pain scores, goal and intake', () => {
    act(() => {
      const s = useExplorer.getState();
      s.addSite({ region: 'calf', side: 'right' });
      s.setPain('calf|right', 6);
      s.setGoal('Run again');
      s.setIntake('pregnancy', true);
    });
    render(<SessionsDialog open onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'First visit' } });
    act(() => screen.getByRole('button', { name: 'Save this session' }).click());
    const [saved] = useSessions.getState().sessions;
    expect(saved).toMatchObject({
      title: 'First visit',
      sites: [{ region: 'calf', side: 'right', pain: 6 }],
      goal: 'Run again',
      intake: ['pregnancy'],
    });
    expect(screen.getByRole('status').textContent).toMatch(/Saved “First visit”/);
  });

  it('opens with its title already in the field and selected, ready to be typed over', () => {
    const onClose = () => undefined;
    const { rerender } = render(<SessionsDialog open={false} onClose={onClose} />);
    act(() => rerender(<SessionsDialog open onClose={onClose} />));
    const field = screen.getByLabelText('Title') as HTMLInputElement;
    expect(field.value).toMatch(/^Session /);
    // Selected whole when the dialog opened: what is typed replaces it.
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('opens a saved session in place of the current work, asking first when it is unsaved', () => {
    useSessions.setState({ sessions: [visit('a', 1, 8)], currentId: null });
    act(() => useExplorer.getState().setNotes('unsaved thoughts'));
    render(<SessionsDialog open onClose={() => undefined} />);
    act(() => screen.getByRole('button', { name: 'Open Visit 1' }).click());
    expect(useExplorer.getState().notes).toBe('unsaved thoughts');
    act(() => screen.getByRole('button', { name: 'Open anyway' }).click());
    const s = useExplorer.getState();
    expect(s.notes).toBe('Notes of visit 1');
    expect(s.sites).toEqual([
      { region: 'calf', side: 'right', inflamed: true },
      { region: 'outer_elbow', side: 'left' },
    ]);
    expect(s.pain).toEqual({ 'calf|right': 8, 'outer_elbow|left': 7 });
    expect(s.goal).toBe('Walk to work without calf pain.');
    expect(s.intake).toEqual(['diabetes']);
    expect(useSessions.getState().currentId).toBe('a');
  });

  it('charts each site’s pain over the sessions, with each point labelled and a table', () => {
    useSessions.setState({ sessions: [visit('c', 15, 3), visit('a', 1, 8), visit('b', 8, 5)], currentId: null });
    render(<SessionsDialog open onClose={() => undefined} />);
    const charts = screen.getAllByRole('img', { name: /^Pain at/ });
    expect(charts).toHaveLength(2);
    const calf = charts.find((c) => /calf/i.test(c.querySelector('title')?.textContent ?? ''))!;
    expect(calf.querySelector('title')?.textContent).toMatch(/right.* over 3 sessions/i);
    expect(calf.querySelector('desc')?.textContent).toMatch(/From 8 of 10 .* to 3 of 10 .*lower now/);
    const points = calf.querySelectorAll('.pain-point');
    expect(points).toHaveLength(3);
    expect([...calf.querySelectorAll('.pain-score')].map((t) => t.textContent)).toEqual(['8', '5', '3']);
    for (const p of points) expect(p.querySelector('title')?.textContent).toMatch(/\d+ of 10$/);
    const figure = calf.closest('figure')!;
    const rows = within(figure).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(screen.getByText(/Walk to work without calf pain/)).toBeTruthy();
  });

  it('says how to start the pain log when no session has scores', () => {
    useSessions.setState({ sessions: [{ ...visit('a', 1, 8), sites: [{ region: 'calf', side: 'right' }] }] });
    render(<SessionsDialog open onClose={() => undefined} />);
    expect(screen.queryAllByRole('img', { name: /^Pain at/ })).toHaveLength(0);
    expect(screen.getByText(/No pain scores yet/)).toBeTruthy();
  });
});
