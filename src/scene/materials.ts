/**
 * The materials of the body. All share one shader (a standard material coloured per vertex, with
 * an optional glow from the vertex colour, and the muscles' striations and tendons of fibres.ts,
 * which only meshes with a fibre attribute show), so the whole body compiles to two programs: opaque
 * and translucent. Both are compiled when the model loads, so a highlight never compiles another.
 */
import { DoubleSide, FrontSide, MeshStandardMaterial } from 'three';
import { withFibresFragment, withFibresVertex } from './fibres';
import { withHatching } from './hatch';

export interface AnatomyMaterials {
  /** Skin while nothing is highlighted. */
  readonly skinOpaque: MeshStandardMaterial;
  /** Skin while muscles are highlighted: see-through, selected regions tinted. */
  readonly skinTranslucent: MeshStandardMaterial;
  /** Highlighted muscles: opaque, glowing in their role colour. */
  readonly muscleLit: MeshStandardMaterial;
  /** The other muscles: faded. */
  readonly muscleFaded: MeshStandardMaterial;
  /** Study mode: muscles shown as they are, opaque, without the glow (same shader as the others). */
  readonly muscleSolid: MeshStandardMaterial;
  readonly bone: MeshStandardMaterial;
}

function anatomyMaterial(opts: {
  transparent: boolean;
  glow: number;
  roughness: number;
  doubleSided?: boolean;
  /** Striations and tendons (fibres.ts): a uniform, so the program stays the same. */
  fibres?: boolean;
}) {
  const m = new MeshStandardMaterial({
    vertexColors: true,
    roughness: opts.roughness,
    metalness: 0,
    transparent: opts.transparent,
    depthWrite: !opts.transparent,
    side: opts.doubleSided ? DoubleSide : FrontSide,
  });
  const glow = { value: opts.glow };
  const fibres = { value: opts.fibres ? 1 : 0 };
  m.onBeforeCompile = (shader) => {
    shader.uniforms.uGlow = glow;
    shader.uniforms.uFibres = fibres;
    shader.vertexShader = withFibresVertex(shader.vertexShader);
    // Fibres after hatching in the call order puts them before it in the shader: the hatch wins.
    shader.fragmentShader = withFibresFragment(withHatching(shader.fragmentShader))
      .replace('void main() {', 'uniform float uGlow;\nvoid main() {')
      .replace(
        '#include <emissivemap_fragment>',
        '#include <emissivemap_fragment>\n\ttotalEmissiveRadiance += diffuseColor.rgb * uGlow;',
      );
  };
  // One program per transparency, whatever the glow value.
  m.customProgramCacheKey = () => 'myotrace-anatomy';
  return m;
}

/** Make the body's materials. */
export function createMaterials(): AnatomyMaterials {
  return {
    skinOpaque: anatomyMaterial({ transparent: false, glow: 0, roughness: 0.72 }),
    skinTranslucent: anatomyMaterial({ transparent: true, glow: 0, roughness: 0.72 }),
    muscleLit: anatomyMaterial({ transparent: false, glow: 0.38, roughness: 0.5, fibres: true }),
    muscleFaded: anatomyMaterial({ transparent: true, glow: 0, roughness: 0.6, fibres: true }),
    muscleSolid: anatomyMaterial({ transparent: false, glow: 0.04, roughness: 0.55, fibres: true }),
    bone: anatomyMaterial({ transparent: false, glow: 0.05, roughness: 0.8 }),
  };
}
