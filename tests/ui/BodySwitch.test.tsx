// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';
import { BodySwitch } from '../../src/ui/BodySwitch';
import { freshStores } from './render';

freshStores(() => ({ sites: [{ region: 'calf', side: 'right', inflamed: true }], findings: [{ id: 'flat_feet' }] }));

describe('the body switch', () => {
  it('is a group of two radios, Male and Female, with the shown body checked', () => {
    render(<BodySwitch />);
    const group = screen.getByRole('group', { name: 'Body' });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Male', 'Female']);
    expect(group.contains(radios[0]!)).toBe(true);
    expect((screen.getByRole('radio', { name: 'Male' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Female' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks the person to pick until a body is chosen', () => {
    render(<BodySwitch />);
    expect(screen.getByText('Pick the body closest to yours')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Male' }));
    expect(useExplorer.getState()).toMatchObject({ body: 'male', bodyChosen: true });
    expect(screen.queryByText('Pick the body closest to yours')).toBeNull();
  });

  it('switches the body and keeps the sites and findings', () => {
    render(<BodySwitch />);
    fireEvent.click(screen.getByRole('radio', { name: 'Female' }));
    const s = useExplorer.getState();
    expect(s.body).toBe('female');
    expect(s.sites).toEqual([{ region: 'calf', side: 'right', inflamed: true }]);
    expect(s.findings).toEqual([{ id: 'flat_feet' }]);
    expect((screen.getByRole('radio', { name: 'Female' }) as HTMLInputElement).checked).toBe(true);
  });

  it('can be used from the keyboard: the radios are focusable and a key press chooses', () => {
    render(<BodySwitch />);
    const female = screen.getByRole('radio', { name: 'Female' }) as HTMLInputElement;
    female.focus();
    expect(document.activeElement).toBe(female);
    // What a browser does for an arrow key or Space on a radio: check it and fire click and change.
    fireEvent.keyDown(female, { key: ' ' });
    fireEvent.click(female);
    expect(useExplorer.getState().body).toBe('female');
    // Both radios share one name, so the browser moves between them with the arrow keys.
    const names = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).name);
    expect(new Set(names).size).toBe(1);
    expect(names[0]).not.toBe('');
  });

  it('speaks the therapist’s words in the medical vocabulary', () => {
    useExplorer.setState({ vocabulary: 'medical' });
    render(<BodySwitch />);
    expect(screen.getByRole('group', { name: 'Body model' })).toBeTruthy();
    expect(screen.getByText('Choose the body model')).toBeTruthy();
  });
});
