import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/domain/types';
import {
  easeInOut,
  fitDistance,
  framingPosition,
  headingDirection,
  normalise,
  sphereOfBox,
  viewAspect,
  viewDirection,
} from '../../src/scene/cameraViews';
import { viewPixelRatio } from '../../src/scene/headStart';

describe('camera views', () => {
  it('looks at the subject from the front (+Z), the back, and its own left (+X) and right sides', () => {
    expect(viewDirection('front')[2]).toBeGreaterThan(0.9);
    expect(viewDirection('back')[2]).toBeLessThan(-0.9);
    expect(viewDirection('left')[0]).toBeGreaterThan(0.9);
    expect(viewDirection('right')[0]).toBeLessThan(-0.9);
  });

  it('fits a sphere: farther for a bigger sphere, a narrower view or a narrow screen', () => {
    const d = fitDistance(1, 32, 1.5);
    expect(fitDistance(2, 32, 1.5)).toBeCloseTo(2 * d);
    expect(fitDistance(1, 20, 1.5)).toBeGreaterThan(d);
    expect(fitDistance(1, 32, 0.5)).toBeGreaterThan(d);
    // The sphere's edge is inside the view: sin(half-angle) * distance >= radius.
    expect(Math.sin((16 * Math.PI) / 180) * d).toBeGreaterThanOrEqual(1);
  });

  it('frames a box by its bounding sphere, never smaller than the floor', () => {
    const s = sphereOfBox([0, 0, 0], [2, 0, 0]);
    expect(s.centre).toEqual([1, 0, 0]);
    expect(s.radius).toBeCloseTo(1);
    expect(sphereOfBox([0, 0, 0], [0.01, 0.01, 0.01], 0.12).radius).toBe(0.12);
  });

  it('stands the camera on the direction, at the fitting distance from the centre', () => {
    const sphere = { centre: [0, 0.9, 0] as Vec3, radius: 0.95 };
    const p = framingPosition(sphere, [0, 0.06, 1], 32, 1.2, 1.04);
    const d = fitDistance(0.95, 32, 1.2, 1.04);
    expect(Math.hypot(p[0], p[1] - 0.9, p[2])).toBeCloseTo(d);
    // Along the direction, whatever its length.
    expect(framingPosition(sphere, [0, 0.12, 2], 32, 1.2, 1.04)).toEqual(p);
    expect(p[2]).toBeGreaterThan(0);
    expect(p[1]).toBeGreaterThan(0.9);
  });

  it("keeps the view's aspect off the degenerate, and the pixel ratio between 1 and 2 as R3F's dpr [1, 2] does", () => {
    expect(viewAspect(840, 700)).toBeCloseTo(1.2);
    expect(viewAspect(10, 0)).toBe(10);
    expect(viewAspect(1, 1000)).toBe(0.2);
    expect(viewPixelRatio(1)).toBe(1);
    expect(viewPixelRatio(0.5)).toBe(1);
    expect(viewPixelRatio(1.5)).toBe(1.5);
    expect(viewPixelRatio(3)).toBe(2);
  });

  it('normalises and eases', () => {
    expect(Math.hypot(...normalise([3, 4, 0]))).toBeCloseTo(1);
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(2)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
  });

  it('takes the heading from the end of a move under way, else from the camera as it is', () => {
    // Mid-turn from the front to the back: the camera is at the side for a moment.
    const position: Vec3 = [-3, 1, 0];
    const target: Vec3 = [0, 1, 0];
    expect(headingDirection(position, target, null)).toEqual([-3, 0, 0]);
    const toBack = { toPos: [0, 1.2, -3] as Vec3, toTarget: [0, 1, 0] as Vec3 };
    const d = headingDirection(position, target, toBack);
    expect(d[2]).toBeLessThan(-2.9);
    expect(Math.abs(d[0])).toBeLessThan(1e-9);
  });
});
