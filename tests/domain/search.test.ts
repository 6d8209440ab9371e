import { describe, expect, it } from 'vitest';
import { editDistance, search, tokenize } from '../../src/domain/search';

const first = (q: string) => search(q)[0];
const ids = (q: string, n = 5) => search(q, n).map((r) => r.id);

describe('search', () => {
  it('finds muscles by common abbreviations', () => {
    expect(first('ECRB')).toMatchObject({ kind: 'muscle', id: 'extensor_carpi_radialis_brevis', field: 'synonym' });
    expect(first('SCM')?.id).toBe('sternocleidomastoid');
    expect(first('TFL')?.id).toBe('tensor_fasciae_latae');
    expect(first('QL')?.id).toBe('quadratus_lumborum');
  });

  it('finds muscles by standard and plain names', () => {
    expect(first('infraspinatus')?.id).toBe('infraspinatus');
    expect(first('Extensor carpi radialis brevis')?.id).toBe('extensor_carpi_radialis_brevis');
    expect(first('six-pack')?.id).toBe('rectus_abdominis');
  });

  it('finds whole groups', () => {
    expect(ids('rotator cuff', 6)).toEqual(
      expect.arrayContaining(['supraspinatus', 'infraspinatus', 'teres_minor', 'subscapularis']),
    );
    expect(ids('hamstrings', 6)).toEqual(
      expect.arrayContaining(['biceps_femoris_long_head', 'semitendinosus', 'semimembranosus']),
    );
  });

  it('finds muscles by what they do', () => {
    expect(ids('flexes the elbow', 8)).toEqual(expect.arrayContaining(['biceps_brachii', 'brachialis']));
    expect(ids('rotates the head', 10)).toContain('sternocleidomastoid');
  });

  it('tolerates typos', () => {
    expect(first('infraspinatous')?.id).toBe('infraspinatus');
    expect(first('gastrocnemeus')?.id).toMatch(/^gastrocnemius/);
    expect(first('trapezious')?.id).toMatch(/^trapezius/);
    expect(first('piriformus')?.id).toBe('piriformis');
  });

  it('finds regions and conditions', () => {
    expect(search('tennis elbow')[0]).toMatchObject({ kind: 'condition', id: 'tennis_elbow' });
    expect(search('plantar fasciitis')[0]).toMatchObject({ kind: 'condition', id: 'plantar_fasciitis' });
    expect(search('shoulder blade').some((r) => r.kind === 'region' && r.id === 'shoulder_blade')).toBe(true);
    expect(search('popliteal fossa')[0]).toMatchObject({ kind: 'region', id: 'back_of_knee' });
  });

  it('prefers prefixes while typing', () => {
    expect(first('supras')?.id).toBe('supraspinatus');
    expect(first('delt')?.id).toBe('deltoid');
  });

  it('returns nothing for an empty or meaningless query, and is deterministic', () => {
    expect(search('')).toEqual([]);
    expect(search('   the of ')).toEqual([]);
    expect(search('zzzzqqq')).toEqual([]);
    expect(search('calf')).toEqual(search('calf'));
  });
});

describe('search helpers', () => {
  it('tokenizes and measures edit distance', () => {
    expect(tokenize('Flexes the Elbow!')).toEqual(['flexes', 'elbow']);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('teres', 'tetes')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});
