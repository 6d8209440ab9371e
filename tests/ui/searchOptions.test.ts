import { describe, expect, it } from 'vitest';
import { search } from '../../src/domain/search';
import { searchOptions } from '../../src/ui/searchOptions';

describe('search options', () => {
  it('open a muscle on both sides, with its other name and why it matched', () => {
    const [first] = searchOptions(search('ECRB'), 'plain');
    expect(first!.pick).toEqual({ kind: 'muscle', ref: { id: 'extensor_carpi_radialis_brevis', side: 'both' } });
    expect(first!.detail).toContain('Extensor carpi radialis brevis');
    expect(first!.detail).toContain('“ECRB”');
    const [medical] = searchOptions(search('ECRB'), 'medical');
    expect(medical!.label).toBe('Extensor carpi radialis brevis');
  });

  it('open a single midline muscle on the midline', () => {
    const o = searchOptions(search('diaphragm'), 'medical').find((x) => x.pick.kind === 'muscle');
    expect(o?.pick).toEqual({ kind: 'muscle', ref: { id: 'diaphragm', side: 'midline' } });
  });

  it('give a paired region one option per side, each a pain site', () => {
    const options = searchOptions(search('outside of elbow'), 'plain').filter((o) => o.pick.kind === 'region');
    expect(options.map((o) => o.pick)).toContainEqual({
      kind: 'region',
      site: { region: 'outer_elbow', side: 'left' },
    });
    expect(options.map((o) => o.pick)).toContainEqual({
      kind: 'region',
      site: { region: 'outer_elbow', side: 'right' },
    });
    expect(options.find((o) => o.key === 'region:outer_elbow:right')!.label).toMatch(/right/i);
  });

  it('open a condition card', () => {
    const o = searchOptions(search('tennis elbow'), 'plain').find((x) => x.pick.kind === 'condition');
    expect(o?.label).toBe('Tennis elbow');
  });

  it('have unique keys', () => {
    const options = searchOptions(search('shoulder', 20), 'plain');
    expect(new Set(options.map((o) => o.key)).size).toBe(options.length);
  });
});
