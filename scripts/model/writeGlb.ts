/**
 * Writes the model file with @gltf-transform: one node per part with the contract's extras,
 * quantised and meshopt-compressed. Deterministic: the same parts give the same bytes.
 */
import { Document, type Mesh as GltfMesh, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { meshopt } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import type { Mesh } from './surfaceNets';

/** What a node of the model is, per the model file contract (design §3). */
export type PartExtras =
  | { kind: 'muscle'; muscleId: string; side: 'left' | 'right' | 'midline' }
  | { kind: 'bone'; boneId: string; side: 'left' | 'right' | 'midline' }
  | { kind: 'region'; regionId: string; side: 'left' | 'right' | 'midline' };

/** One mesh node of the model. */
export interface Part {
  readonly name: string;
  readonly extras: PartExtras;
  readonly mesh: Mesh;
  /**
   * The name of an earlier part whose mesh this one is the mirror image of (across x = 0): the
   * file then stores that mesh once, and this node draws it through a mirroring transform.
   */
  readonly mirrorOf?: string;
}

const COLOURS = {
  muscle: [0.62, 0.16, 0.14, 1],
  bone: [0.89, 0.86, 0.78, 1],
  region: [0.93, 0.76, 0.65, 1],
} as const;

/**
 * Fibre direction and tendon weight as normalised signed bytes (value × 127). The direction is
 * rounded to the nearest byte and stays unit length within about 1%.
 */
export function quantiseFibres(fibres: Float32Array): Int8Array<ArrayBuffer> {
  const out = new Int8Array(fibres.length);
  for (let i = 0; i < fibres.length; i++) out[i] = Math.round(Math.max(-1, Math.min(1, fibres[i] as number)) * 127);
  return out;
}

/** Build the GLB bytes for the parts (grouped under skin, bones and muscles). */
export async function writeGlb(parts: readonly Part[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  doc.getRoot().getAsset().generator = 'MyoTrace model generator (scripts/build-model.ts)';
  const buffer = doc.createBuffer();
  const materials = {
    muscle: doc
      .createMaterial('muscle')
      .setBaseColorFactor([...COLOURS.muscle])
      .setRoughnessFactor(0.6),
    bone: doc
      .createMaterial('bone')
      .setBaseColorFactor([...COLOURS.bone])
      .setRoughnessFactor(0.8),
    region: doc
      .createMaterial('skin')
      .setBaseColorFactor([...COLOURS.region])
      .setRoughnessFactor(0.7),
  };
  const scene = doc.createScene('anatomy');
  const root = doc.createNode('anatomy');
  scene.addChild(root);
  const groups = {
    region: doc.createNode('skin'),
    bone: doc.createNode('skeleton'),
    muscle: doc.createNode('muscles'),
  };
  root.addChild(groups.bone).addChild(groups.muscle).addChild(groups.region);
  const written = new Map<string, GltfMesh>();
  for (const part of parts) {
    const shared = part.mirrorOf === undefined ? undefined : written.get(part.mirrorOf);
    if (part.mirrorOf !== undefined && !shared) throw new Error(`${part.name}: no part ${part.mirrorOf} to mirror`);
    if (shared) {
      const node = doc
        .createNode(part.name)
        .setMesh(shared)
        .setScale([-1, 1, 1])
        .setExtras({ ...part.extras });
      groups[part.extras.kind].addChild(node);
      continue;
    }
    const { mesh } = part;
    const position = doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer);
    const index = doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer);
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', position)
      .setIndices(index)
      .setMaterial(materials[part.extras.kind]);
    // Skin regions keep their normals so the cuts between regions do not show; closed muscle
    // and bone meshes get smooth normals from their shared vertices when loaded.
    if (part.extras.kind === 'region') {
      prim.setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(buffer));
    }
    // Muscles carry their fibre direction and tendon weight (docs/model-file.md), as
    // normalised signed bytes like a quantised normal.
    if (part.extras.kind === 'muscle' && mesh.fibres) {
      const fibre = doc
        .createAccessor()
        .setType('VEC4')
        .setArray(quantiseFibres(mesh.fibres))
        .setNormalized(true)
        .setBuffer(buffer);
      prim.setAttribute('_FIBRE', fibre);
    }
    const m = doc.createMesh(part.name).addPrimitive(prim);
    written.set(part.name, m);
    const node = doc
      .createNode(part.name)
      .setMesh(m)
      .setExtras({ ...part.extras });
    groups[part.extras.kind].addChild(node);
  }
  // One quantisation grid for the whole file, not one per mesh: the skin's region meshes share
  // their border vertices, and only on a common grid do both copies of such a vertex round to the
  // same point (per-mesh grids left them micrometres apart, a hairline crack along each border).
  await doc.transform(
    meshopt({ encoder: MeshoptEncoder, level: 'high', quantizationVolume: 'scene', quantizePosition: 16 }),
  );
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
