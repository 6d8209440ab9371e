// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/store/explorerStore';
import { PrintReport } from '../../src/ui/PrintReport';
import { freshStores } from './render';

freshStores(() => ({
  sites: [{ region: 'calf', side: 'right', inflamed: true }],
  pain: { 'calf|right': 6 },
  goal: 'Walk to work without pain.',
  notes: 'Worse on stairs.',
}));

describe('the printed report', () => {
  it('names the body shown, in the words of each vocabulary', () => {
    useExplorer.setState({ snapshot: 'data:image/png;base64,AAAA' });
    const { unmount } = render(<PrintReport />);
    expect(screen.getByText('Body shown: male')).toBeTruthy();
    unmount();
    useExplorer.setState({ body: 'female' });
    const again = render(<PrintReport />);
    expect(screen.getByText('Body shown: female')).toBeTruthy();
    again.unmount();
    useExplorer.setState({ vocabulary: 'medical' });
    render(<PrintReport />);
    expect(screen.getByText('Body model: female')).toBeTruthy();
  });

  it('stays unmounted until a picture is taken or the browser prints', () => {
    render(<PrintReport />);
    expect(document.querySelector('.print-report')).toBeNull();
  });

  it('shows the picture, each site with its side, inflamed mark and pain score, the goal and the notes', () => {
    useExplorer.setState({ snapshot: 'data:image/png;base64,AAAA' });
    render(<PrintReport />);
    expect(screen.getByRole('img').getAttribute('src')).toMatch(/^data:image\/png/);
    const sites = screen.getByRole('heading', { name: 'Pain sites' }).closest('section')!;
    const site = sites.querySelector('li')?.textContent ?? '';
    expect(site.toLowerCase()).toContain('calf');
    expect(site.toLowerCase()).toContain('right');
    expect(site).toMatch(/inflamed: no deep work here/);
    expect(site).toMatch(/pain 6 of 10/);
    const plan = screen.getByRole('heading', { name: 'Treatment plan' }).closest('section')!;
    expect(plan.textContent).toContain('Goal: Walk to work without pain.');
    expect(screen.getByText('Worse on stairs.')).toBeTruthy();
  });
});
