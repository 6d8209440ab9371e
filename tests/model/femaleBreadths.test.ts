/**
 * The female body's skin against published female anthropometry: her hip and waist breadths lie
 * within one standard deviation of the ANSUR II women's means, and relative to stature her hips are
 * wider than the male body's and her waist, where narrowest, narrower (the contour that reads
 * female).
 *
 * Reference: the 2012 Anthropometric Survey of US Army Personnel (ANSUR II; Gordon et al. 2014),
 * its public female file (n = 1,986): hip breadth 353.8 ± 26.7 mm, waist breadth
 * 299.9 ± 33.0 mm (means and SDs computed from the file; docs/female-body.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** Skin regions of the arms, left out: the hands hang beside the hips. */
const ARM = /upper_arm|elbow|forearm|wrist|hand|palm|thumb|finger/;

interface Skin {
  trunk: ModelMesh[];
  stature: number;
}

const skins: Record<'male' | 'female', Skin> = {} as never;

beforeAll(async () => {
  for (const body of ['male', 'female'] as const) {
    const skin = (await loadModel(MODEL_PATHS[body])).filter((m) => m.extras.kind === 'region');
    let stature = 0;
    for (const m of skin)
      for (let i = 1; i < m.positions.length; i += 3) stature = Math.max(stature, m.positions[i] as number);
    skins[body] = { trunk: skin.filter((m) => !ARM.test(m.name)), stature };
  }
}, 120000);

/** Widest skin breadth (2 · max |x|) between two heights given as fractions of stature, metres. */
function breadth({ trunk, stature }: Skin, lo: number, hi: number): number {
  let half = 0;
  for (const m of trunk) {
    for (let i = 0; i < m.positions.length; i += 3) {
      const y = (m.positions[i + 1] as number) / stature;
      if (y >= lo && y <= hi) half = Math.max(half, Math.abs(m.positions[i] as number));
    }
  }
  return 2 * half;
}

/** Hips: the widest point from the crotch to the iliac crests. */
const hips = (s: Skin) => breadth(s, 0.46, 0.56);

/**
 * Waist as the survey measures it: the breadth at the navel's height (the omphalion; the skin's
 * navel lies at 1.045 m of 1.75, 0.597 of stature, on both bodies).
 */
const waistAtNavel = (s: Skin) => breadth(s, 0.592, 0.602);

/** The narrowest trunk breadth between the iliac crests and the lower ribs (1 % slices). */
function narrowestWaist(s: Skin): number {
  let least = Number.POSITIVE_INFINITY;
  for (let y = 0.58; y < 0.68; y += 0.01) least = Math.min(least, breadth(s, y, y + 0.01));
  return least;
}

describe('the female skin against ANSUR II women', () => {
  it('her hip and waist breadths lie within one SD of the survey means', () => {
    expect(Math.abs(hips(skins.female) * 1000 - 353.8)).toBeLessThan(26.7);
    expect(Math.abs(waistAtNavel(skins.female) * 1000 - 299.9)).toBeLessThan(33.0);
  });

  it('relative to stature her hips are wider than his and her waist narrower', () => {
    const rel = (f: (s: Skin) => number, s: Skin) => f(s) / s.stature;
    expect(rel(hips, skins.female) / rel(hips, skins.male)).toBeGreaterThan(1.04);
    expect(rel(narrowestWaist, skins.female)).toBeLessThan(rel(narrowestWaist, skins.male));
  });
});
