/**
 * Writes the model file with @gltf-transform: one node per part with the contract's extras,
 * quantised and meshopt-compressed. Deterministic: the same parts give the same bytes.
 */
import { Document, type Mesh as GltfMesh, Logger, Node, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
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

/** The largest value of a normalised signed 16-bit integer. */
const INT16_MAX = 32767;

/**
 * The box every position of a file is rounded in: a cube on the body's long axis, from the floor
 * (y = 0) to the top of the head (y = stature), centred on the midline and the frontal plane.
 * It is fixed by the body's stature, not measured from the parts, so a change to one part
 * re-rounds only that part (a grid sized from the parts' extents moved every vertex of the file
 * whenever the skin's extremes moved by a hundredth of a millimetre).
 */
export function quantisationVolume(stature: number): { offset: [number, number, number]; halfSize: number } {
  return { offset: [0, stature / 2, 0], halfSize: stature / 2 };
}

/**
 * Round every mesh's positions onto one 16-bit grid over the fixed volume and move the
 * dequantising scale and offset into each node that draws the mesh (KHR_mesh_quantization).
 * Throws, naming the mesh, if a position lies outside the volume.
 */
function quantisePositions(doc: Document, stature: number): void {
  const { offset, halfSize } = quantisationVolume(stature);
  for (const mesh of doc.getRoot().listMeshes()) {
    for (const prim of mesh.listPrimitives()) {
      const position = prim.getAttribute('POSITION');
      const src = position?.getArray();
      if (!position || !(src instanceof Float32Array))
        throw new Error(`${mesh.getName()}: no float positions to round`);
      const dst = new Int16Array(src.length);
      for (let i = 0; i < src.length; i++) {
        const v = ((src[i] as number) - (offset[i % 3] as number)) / halfSize;
        if (!(Math.abs(v) <= 1)) {
          throw new Error(
            `${mesh.getName()}: a vertex at ${src[i]} on axis ${'xyz'[i % 3]} lies outside the file's grid (${offset[i % 3]} ± ${halfSize} m)`,
          );
        }
        dst[i] = Math.round(v * INT16_MAX);
      }
      position.setArray(dst).setNormalized(true);
    }
    for (const node of mesh.listParents()) {
      if (!(node instanceof Node)) continue;
      const t = node.getTranslation();
      const k = node.getScale();
      const [qx, qy, qz, qw] = node.getRotation();
      if (qx !== 0 || qy !== 0 || qz !== 0 || qw !== 1)
        throw new Error(`${node.getName()}: a rotated node cannot take the grid's transform`);
      node
        .setTranslation([t[0] + k[0] * offset[0], t[1] + k[1] * offset[1], t[2] + k[2] * offset[2]])
        .setScale([k[0] * halfSize, k[1] * halfSize, k[2] * halfSize]);
    }
  }
}

/**
 * Build the GLB bytes for the parts (grouped under skin, bones and muscles) of a body of the given
 * stature (metres; it fixes the grid the positions are rounded to, see `quantisationVolume`).
 */
export async function writeGlb(parts: readonly Part[], stature: number): Promise<Uint8Array> {
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
  // The grid is ours (gltf-transform's `meshopt()` sizes it from the scene's extents); the rest is
  // what `meshopt()` does at level 'high': reorder for compression, indices to 16 bits where they
  // fit, and filtered meshopt compression (normals as octahedral bytes).
  await doc.transform(reorder({ encoder: MeshoptEncoder, target: 'size' }));
  quantisePositions(doc, stature);
  await doc.transform(quantize({ pattern: /^(TEXCOORD|JOINTS|WEIGHTS|COLOR)(_\d+)?$/ }));
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
