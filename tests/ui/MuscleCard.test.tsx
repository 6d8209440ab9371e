// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getMuscle } from '../../src/domain/knowledgeBase';
import { useExplorer } from '../../src/store/explorerStore';
import { MuscleCard } from '../../src/ui/MuscleCard';
import { freshStores } from './render';

freshStores(() => ({ focus: { id: 'extensor_carpi_radialis_brevis', side: 'right' } }));

describe('the muscle card', () => {
  it('names the muscle with its side and takes the focus', () => {
    render(<MuscleCard focus={{ id: 'extensor_carpi_radialis_brevis', side: 'right' }} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent?.toLowerCase()).toContain('right');
    expect(document.activeElement).toBe(heading);
  });

  it('uses the anatomical name in medical terms', () => {
    useExplorer.setState({ vocabulary: 'medical' });
    render(<MuscleCard focus={{ id: 'extensor_carpi_radialis_brevis', side: 'left' }} />);
    const heading = screen.getByRole('heading', { level: 2 }).textContent ?? '';
    expect(heading).toContain(getMuscle('extensor_carpi_radialis_brevis').name);
    expect(heading.toLowerCase()).toContain('left');
  });

  it('goes back to the list', () => {
    render(<MuscleCard focus={{ id: 'extensor_carpi_radialis_brevis', side: 'right' }} />);
    act(() => screen.getByRole('button', { name: /back to the list/i }).click());
    expect(useExplorer.getState().focus).toBeNull();
  });
});
