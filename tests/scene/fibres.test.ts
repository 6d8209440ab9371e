import { BoxGeometry, BufferAttribute, Group, Mesh, MeshBasicMaterial, ShaderChunk } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeAnatomy } from '../../src/scene/anatomyParts';
import { FIBRE_ATTRIBUTE, withFibresFragment, withFibresVertex } from '../../src/scene/fibres';
import { withHatching } from '../../src/scene/hatch';
import { createMaterials } from '../../src/scene/materials';

/** What three hands to onBeforeCompile for a standard material, before our patches. */
function compiled(material: ReturnType<typeof createMaterials>['muscleLit']) {
  const shader = {
    uniforms: {} as Record<string, unknown>,
    vertexShader: ShaderChunk.meshphysical_vert,
    fragmentShader: ShaderChunk.meshphysical_frag,
  };
  material.onBeforeCompile(shader as never, undefined as never);
  return shader;
}

describe('striations and tendons of the muscle material', () => {
  it('reads the fibre attribute in the vertex shader and passes it on', () => {
    const out = withFibresVertex(ShaderChunk.meshphysical_vert);
    expect(out).toContain(`attribute vec4 ${FIBRE_ATTRIBUTE};`);
    expect(out.indexOf('vFibre =')).toBeGreaterThan(out.indexOf('#include <begin_vertex>'));
  });

  it('draws after the vertex colour, before the hatching, and makes tendons glossier', () => {
    const out = withFibresFragment(withHatching(ShaderChunk.meshphysical_frag));
    const colour = out.indexOf('#include <color_fragment>');
    const stripes = out.indexOf('fibreWave(phase');
    const hatch = out.indexOf('gl_FragCoord');
    expect(colour).toBeGreaterThan(0);
    expect(stripes).toBeGreaterThan(colour);
    expect(hatch).toBeGreaterThan(stripes);
    expect(out.indexOf('roughnessFactor = mix(')).toBeGreaterThan(out.indexOf('#include <roughnessmap_fragment>'));
    // Antialiased: the waves fade with the pixel footprint.
    expect(out).toContain('fwidth(vFibrePos)');
  });

  it('is one shader for every body material: a highlight compiles nothing new', () => {
    const materials = Object.values(createMaterials());
    const shaders = materials.map(compiled);
    for (const s of shaders) {
      expect(s.vertexShader).toBe(shaders[0]!.vertexShader);
      expect(s.fragmentShader).toBe(shaders[0]!.fragmentShader);
      expect(s.fragmentShader).toContain('fibreTendon');
    }
    expect(new Set(materials.map((m) => m.customProgramCacheKey())).size).toBe(1);
  });

  it('switches the striations on for the muscles only, with a uniform', () => {
    const m = createMaterials();
    const on = (material: typeof m.bone) => compiled(material).uniforms.uFibres as { value: number };
    for (const muscle of [m.muscleLit, m.muscleFaded, m.muscleSolid]) expect(on(muscle).value).toBe(1);
    for (const other of [m.skinOpaque, m.skinTranslucent, m.bone]) expect(on(other).value).toBe(0);
  });

  it('merges the file’s fibres into the muscles’ geometry, zero where a part has none', () => {
    const root = new Group();
    const add = (name: string, side: string, x: number, withFibre: boolean) => {
      const g = new BoxGeometry(0.1, 0.1, 0.1);
      if (withFibre) {
        const f = new Int8Array(g.attributes.position!.count * 4);
        for (let i = 0; i < f.length; i += 4) {
          f[i + 1] = -127;
          f[i + 3] = 64;
        }
        g.setAttribute('_fibre', new BufferAttribute(f, 4, true));
      }
      const node = new Mesh(g, new MeshBasicMaterial());
      node.name = name;
      node.userData = { kind: 'muscle', muscleId: 'supinator', side };
      node.position.x = x;
      root.add(node);
    };
    add('supinator.left', 'left', 0.3, true);
    add('supinator.right', 'right', -0.3, false);
    const muscle = mergeAnatomy(root).muscle!;
    const attr = muscle.geometry.attributes[FIBRE_ATTRIBUTE] as BufferAttribute;
    expect(attr.itemSize).toBe(4);
    expect(attr.normalized).toBe(true);
    const [left, right] = muscle.parts;
    expect(attr.getY(left!.vertexStart)).toBeCloseTo(-1, 5);
    expect(attr.getW(left!.vertexStart)).toBeCloseTo(64 / 127, 5);
    for (let v = right!.vertexStart; v < right!.vertexStart + right!.vertexCount; v++) {
      expect([attr.getX(v), attr.getY(v), attr.getZ(v), attr.getW(v)]).toEqual([0, 0, 0, 0]);
    }
    // A model without fibres gets no attribute at all.
    root.remove(root.children[0]!);
    expect(mergeAnatomy(root).muscle!.geometry.attributes[FIBRE_ATTRIBUTE]).toBeUndefined();
  });
});
