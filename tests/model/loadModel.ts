/** Test helper: read a model file (models/anatomy.glb by default) into world-space triangle meshes with their extras. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { dequantize } from '@gltf-transform/functions';
import { MeshoptDecoder } from 'meshoptimizer';
import { Ray, Vector3 } from 'three';
import type { BodyId } from '../../src/domain/body/bodyId';
import type { Vec3 } from '../../src/domain/types';

export interface ModelMesh {
  name: string;
  extras: Record<string, unknown>;
  positions: Float32Array;
  indices: Uint32Array;
  /** Muscles: the `_FIBRE` attribute, dequantised (unit fibre direction, tendon weight). */
  fibres?: Float32Array;
  /** Meshes that store them (the skin regions): unit vertex normals, in world space. */
  normals?: Float32Array;
}

export const MODEL_PATH = join(process.cwd(), 'models', 'anatomy.glb');

/** The model file of each body (the male one keeps its original name). */
export const MODEL_PATHS: Readonly<Record<BodyId, string>> = {
  male: MODEL_PATH,
  female: join(process.cwd(), 'models', 'anatomy-female.glb'),
};

/** Decode the model file (meshopt + quantisation) into world-space meshes. */
export async function loadModel(path = MODEL_PATH): Promise<ModelMesh[]> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(new Uint8Array(readFileSync(path)));
  await doc.transform(dequantize());
  const out: ModelMesh[] = [];
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = node.getWorldMatrix();
    const prim = mesh.listPrimitives()[0];
    const pos = prim?.getAttribute('POSITION');
    const idx = prim?.getIndices();
    if (!prim || !pos || !idx) continue;
    const n = pos.getCount();
    const positions = new Float32Array(n * 3);
    const v: number[] = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      pos.getElement(i, v);
      const [x, y, z] = v as [number, number, number];
      positions[3 * i] = m[0] * x + m[4] * y + m[8] * z + m[12];
      positions[3 * i + 1] = m[1] * x + m[5] * y + m[9] * z + m[13];
      positions[3 * i + 2] = m[2] * x + m[6] * y + m[10] * z + m[14];
    }
    const fib = prim.getAttribute('_FIBRE');
    let fibres: Float32Array | undefined;
    if (fib) {
      fibres = new Float32Array(fib.getCount() * 4);
      const e: number[] = [0, 0, 0, 0];
      for (let i = 0; i < fib.getCount(); i++) {
        fib.getElement(i, e);
        const [x, y, z, w] = e as [number, number, number, number];
        // A direction: the node's linear part (a mirrored node flips x), length kept.
        const d = [m[0] * x + m[4] * y + m[8] * z, m[1] * x + m[5] * y + m[9] * z, m[2] * x + m[6] * y + m[10] * z];
        const k = Math.hypot(x, y, z) / (Math.hypot(d[0]!, d[1]!, d[2]!) || 1);
        fibres.set([d[0]! * k, d[1]! * k, d[2]! * k, w], 4 * i);
      }
    }
    const nor = prim.getAttribute('NORMAL');
    let normals: Float32Array | undefined;
    if (nor) {
      normals = new Float32Array(nor.getCount() * 3);
      const e: number[] = [0, 0, 0];
      for (let i = 0; i < nor.getCount(); i++) {
        nor.getElement(i, e);
        const [x, y, z] = e as [number, number, number];
        // Through the inverse transpose of the node's linear part: it is a rotation or mirror
        // times a uniform scale (the quantisation's), so the linear part itself, normalised.
        const d = [m[0] * x + m[4] * y + m[8] * z, m[1] * x + m[5] * y + m[9] * z, m[2] * x + m[6] * y + m[10] * z];
        const l = Math.hypot(d[0]!, d[1]!, d[2]!) || 1;
        normals.set([d[0]! / l, d[1]! / l, d[2]! / l], 3 * i);
      }
    }
    out.push({
      ...(fibres ? { fibres } : {}),
      ...(normals ? { normals } : {}),
      name: node.getName(),
      extras: node.getExtras() as Record<string, unknown>,
      positions,
      indices: Uint32Array.from(idx.getArray() ?? []),
    });
  }
  return out;
}

/** The named mesh; throws if the model has no such mesh. */
export function meshNamed(meshes: readonly ModelMesh[], name: string): ModelMesh {
  const m = meshes.find((x) => x.name === name);
  if (!m) throw new Error(`no mesh ${name}`);
  return m;
}

/** The vertices of the named mesh as points; throws if the model has no such mesh. */
export function meshVertices(meshes: readonly ModelMesh[], name: string): [number, number, number][] {
  const m = meshNamed(meshes, name);
  const out: [number, number, number][] = [];
  for (let i = 0; i < m.positions.length; i += 3) {
    out.push([m.positions[i] as number, m.positions[i + 1] as number, m.positions[i + 2] as number]);
  }
  return out;
}

/** The nearest point where a ray from `o` along `d` meets the mesh, or undefined. */
export function firstHit(mesh: ModelMesh, o: Vec3, d: Vec3): Vector3 | undefined {
  const ray = new Ray(new Vector3(...o), new Vector3(...d).normalize());
  const a = new Vector3();
  const b = new Vector3();
  const c = new Vector3();
  const hit = new Vector3();
  let best: Vector3 | undefined;
  let bestT = Infinity;
  const p = mesh.positions;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const at = (k: number, v: Vector3) => {
      const i = 3 * (mesh.indices[t + k] as number);
      return v.set(p[i] as number, p[i + 1] as number, p[i + 2] as number);
    };
    if (!ray.intersectTriangle(at(0, a), at(1, b), at(2, c), false, hit)) continue;
    const dist = hit.distanceTo(ray.origin);
    if (dist < bestT) {
      bestT = dist;
      best = hit.clone();
    }
  }
  return best;
}

/** The nearest point where a ray from `o` along `d` meets any of the meshes, or undefined. */
export function firstHitAmong(meshes: readonly ModelMesh[], o: Vec3, d: Vec3): Vector3 | undefined {
  const from = new Vector3(...o);
  return meshes
    .map((m) => firstHit(m, o, d))
    .filter((h) => h !== undefined)
    .sort((h, k) => h.distanceTo(from) - k.distanceTo(from))[0];
}

/** The name of the mesh a ray from `o` along `d` meets first ('' when it meets none). */
export function firstMeshHit(meshes: readonly ModelMesh[], o: Vec3, d: Vec3): string {
  let name = '';
  let nearest = Infinity;
  for (const m of meshes) {
    const hit = firstHit(m, o, d);
    const dist = hit ? Math.hypot(hit.x - o[0], hit.y - o[1], hit.z - o[2]) : Infinity;
    if (dist < nearest) {
      nearest = dist;
      name = m.name;
    }
  }
  return name;
}
