// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RoleSection } from '../../src/ui/RoleSection';
import { freshStores } from './render';

freshStores(() => ({}));

describe('a role section', () => {
  it('lists its muscles in order under a heading, each with the section’s tag unless it has its own', () => {
    render(
      <RoleSection
        id="sec-h"
        kind="primary"
        title="Primary muscles"
        tag="Local"
        entries={[
          { id: 'supinator', side: 'right', why: 'Lies under the site.' },
          { id: 'brachioradialis', side: 'right', why: 'Refers pain here.', tag: 'Referral' },
          { id: 'biceps_brachii', side: 'right', why: 'Inflamed here.', kind: 'avoid', tag: 'No deep work' },
        ]}
      />,
    );
    const section = screen.getByRole('region', { name: 'Primary muscles' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Lies under the site.'),
      expect.stringContaining('Refers pain here.'),
      expect.stringContaining('Inflamed here.'),
    ]);
    expect(items[0]!.textContent).toContain('Local');
    expect(items[1]!.textContent).toContain('Referral');
    expect(items[2]!.textContent).toContain('No deep work');
    expect(section.querySelector('ol')).toBeTruthy();
  });

  it('shows its empty text when it has one, and nothing at all otherwise', () => {
    const { container } = render(<RoleSection id="a-h" kind="overactive" title="Release" tag="Release" entries={[]} />);
    expect(container.textContent).toBe('');
    render(
      <RoleSection
        id="b-h"
        kind="underactive"
        title="Activate"
        tag="Activate"
        entries={[]}
        empty="Nothing to activate."
      />,
    );
    expect(screen.getByText('Nothing to activate.')).toBeTruthy();
  });
});
