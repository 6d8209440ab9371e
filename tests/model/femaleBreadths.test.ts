/**
 * The female body's skin against published anthropometry: her hip and waist breadths lie within one
 * standard deviation of the ANSUR II women's means, relative to stature her hips are wider than the
 * male body's and her waist, where narrowest, narrower (the contour that reads female), and her
 * breadths against his, relative to stature, follow the survey's women against its men.
 *
 * Reference: the 2012 Anthropometric Survey of US Army Personnel (ANSUR II; Gordon et al. 2014),
 * its public files, female n = 1,986: hip breadth 353.8 ± 26.7 mm, waist breadth 299.9 ± 33.0 mm;
 * male n = 4,082. Means, SDs and the ratios below computed from the files (docs/female-body.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel, MODEL_PATHS, type ModelMesh } from './loadModel';

/** Skin regions of the arms, left out: the hands hang beside the hips. */
const ARM = /upper_arm|elbow|forearm|wrist|hand|palm|thumb|finger/;

interface Skin {
  /** The skin less the arms. */
  trunk: ModelMesh[];
  /** The whole skin, arms included. */
  all: ModelMesh[];
  /** The two hip bones. */
  pelvis: ModelMesh[];
  stature: number;
}

const skins: Record<'male' | 'female', Skin> = {} as never;

beforeAll(async () => {
  for (const body of ['male', 'female'] as const) {
    const model = await loadModel(MODEL_PATHS[body]);
    const skin = model.filter((m) => m.extras.kind === 'region');
    const pelvis = model.filter((m) => m.extras.kind === 'bone' && m.name.startsWith('hip_bone.'));
    let stature = 0;
    for (const m of skin)
      for (let i = 1; i < m.positions.length; i += 3) stature = Math.max(stature, m.positions[i] as number);
    skins[body] = { trunk: skin.filter((m) => !ARM.test(m.name)), all: skin, pelvis, stature };
  }
}, 120000);

/**
 * Widest breadth (2 · max |x|) between two heights given as fractions of stature, metres: of the
 * skin less the arms, or of the meshes given.
 */
function breadth({ trunk, stature }: Skin, lo: number, hi: number, meshes = trunk): number {
  let half = 0;
  for (const m of meshes) {
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

/** Iliac crests: the hip bones' widest point above the hip joints. */
const crests = (s: Skin) => breadth(s, 0.56, 0.64, s.pelvis);

/** Shoulders over the deltoids: the widest skin, arms included, below the acromia. */
const deltoids = (s: Skin) => breadth(s, 0.76, 0.84, s.all);

/** Her breadth relative to her stature against his relative to his. */
const femaleOverMale = (f: (s: Skin) => number) =>
  f(skins.female) / skins.female.stature / (f(skins.male) / skins.male.stature);

/**
 * ANSUR II public files (Gordon et al. 2014; female n = 1,986, male n = 4,082): for each column, the
 * mean over subjects of the breadth / stature, women's mean over men's. Standard errors of these
 * ratios are 0.001–0.003.
 */
const SURVEY = {
  /** hipbreadth: 0.2174 women, 0.1970 men. */
  hipBreadth: 1.1036,
  /** bideltoidbreadth: 0.2767 women, 0.2909 men. */
  bideltoidBreadth: 0.9514,
  /** waistbreadth (at the omphalion): 0.1842 women, 0.1860 men. */
  waistBreadth: 0.9906,
  /** bicristalbreadth: 0.1679 women, 0.1569 men. */
  bicristalBreadth: 1.0701,
};

/**
 * How far her ratios may lie from the survey's: the survey fixes each to within about ±0.005 (two
 * standard errors), but the model is one body measured on its mesh (widest vertices in a band of
 * heights), not a mean of caliper readings.
 */
const TOLERANCE = 0.02;

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

describe('her breadths against his, relative to stature, against ANSUR II women against men', () => {
  it('hips and shoulders over the deltoids: within 0.02 of the survey', () => {
    expect(Math.abs(femaleOverMale(hips) - SURVEY.hipBreadth)).toBeLessThan(TOLERANCE);
    expect(Math.abs(femaleOverMale(deltoids) - SURVEY.bideltoidBreadth)).toBeLessThan(TOLERANCE);
  });

  it("at the navel's height, skin and iliac crests both lie between the survey's waist and bicristal ratios", () => {
    // The survey's omphalion and iliac crests are at about the same height (0.60 and 0.60–0.61 of
    // stature) and disagree: over the crests, pressed to the bone, women are 7 % wider than men;
    // across the soft waist at the navel, 1 % narrower. The model's skin lies within a centimetre of
    // its crests there and the warp stretches both alike, so it cannot give both; it stays between.
    for (const f of [waistAtNavel, crests]) {
      expect(femaleOverMale(f)).toBeGreaterThan(SURVEY.waistBreadth);
      expect(femaleOverMale(f)).toBeLessThan(SURVEY.bicristalBreadth);
    }
  });
});
