/**
 * Writes the model file with @gltf-transform: one node per part with the contract's extras,
 * quantised and meshopt-compressed. Deterministic: the same parts give the same bytes.
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core';
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
}

const COLOURS = {
  muscle: [0.62, 0.16, 0.14, 1],
  bone: [0.89, 0.86, 0.78, 1],
  region: [0.93, 0.76, 0.65, 1],
} as const;

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
  for (const part of parts) {
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
    const m = doc.createMesh(part.name).addPrimitive(prim);
    const node = doc
      .createNode(part.name)
      .setMesh(m)
      .setExtras({ ...part.extras });
    groups[part.extras.kind].addChild(node);
  }
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }));
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
