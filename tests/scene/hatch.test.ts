import { ShaderChunk } from 'three';
import { describe, expect, it } from 'vitest';
import { HATCH_ALPHA, withHatching } from '../../src/scene/hatch';
import { isOpaqueRole, muscleColour } from '../../src/scene/paint';

describe('the hatched "no deep work" look', () => {
  it('marks avoid muscles with the reserved alpha, opaque, and no other role with it', () => {
    expect(muscleColour({ role: 'avoid', strength: 1 })[3]).toBe(HATCH_ALPHA);
    expect(isOpaqueRole('avoid')).toBe(true);
    for (const role of [
      'primary',
      'compensating',
      'overactive',
      'underactive',
      'focus',
      'selected',
      'faded',
      'none',
    ] as const)
      for (const strength of [0, 0.35, 0.5, 1]) expect(muscleColour({ role, strength })[3]).not.toBe(HATCH_ALPHA);
  });

  it('adds the stripes after the vertex colour, inside the same shader', () => {
    const src = ShaderChunk.meshphysical_frag;
    expect(src).toContain('#include <color_fragment>');
    const out = withHatching(src);
    expect(out).toContain('#include <color_fragment>');
    expect(out.indexOf('gl_FragCoord')).toBeGreaterThan(out.indexOf('#include <color_fragment>'));
    expect(out).toContain((HATCH_ALPHA / 255).toFixed(5));
  });
});
