/**
 * Assembles every part of the model: skin regions, bones and muscles, in a fixed order.
 */
import { boneSpecs, skeletonSdf } from './bones';
import { MUSCLE_SHAPES } from './data/shapes';
import { layerByDepth } from './layering';
import { closedMesh, mirrorMesh } from './meshOps';
import { muscleMesh } from './muscles';
import { skinMesh, skinRegions } from './skin';
import { bonesUnderSkin, insideSkin, underSkinMesh } from './skinFit';
import type { Mesh } from './surfaceNets';
import type { Part, PartExtras } from './writeGlb';

/** The parts of the model, and how deep each muscle lies (by the name of its drawn part). */
export interface BuiltParts {
  readonly parts: Part[];
  /** Each left or midline muscle part's depth (larger is deeper), as `layerByDepth` takes it. */
  readonly muscleDepths: ReadonlyMap<string, number>;
}

/** Build all parts in a fixed order. */
export async function buildParts(log: (msg: string) => void): Promise<BuiltParts> {
  const parts: Part[] = [];
  const muscleDepths = new Map<string, number>();
  let t = Date.now();
  const specs = boneSpecs();
  const skeleton = specs.map((bone) => {
    const mesh = closedMesh(bone.sdf, bone.step, bone.triangles, 0.01);
    insideSkin(mesh, 0.001);
    return { bone, mesh };
  });
  log(`bones: ${Date.now() - t} ms`);
  t = Date.now();
  const bones = skeletonSdf(specs);
  const built = MUSCLE_SHAPES.map((shape) => ({ shape, ...muscleMesh(shape, bones) }));
  const moved = layerByDepth(built);
  // The skin is built before the muscles are placed in the file, to keep them under it as drawn.
  const skin = process.env.MODEL_DEV_SKIP_SKIN ? undefined : skinMesh();
  const underSkin = skin
    ? underSkinMesh(
        built.map(({ shape, mesh }) => ({ mesh, mirrored: !shape.midline })),
        skin,
        0.0005,
      )
    : 0;
  // The bones too (the cheekbone and the orbit's lateral rim stood out of the drawn face).
  const bonesMoved = skin
    ? bonesUnderSkin(
        skeleton.map(({ bone, mesh }) => ({ mesh, mirrored: bone.side !== 'midline' })),
        skin,
      )
    : 0;
  for (const { bone, mesh } of skeleton) {
    parts.push(
      ...sidedParts(bone.id, bone.side === 'midline', mesh, (side) => ({ kind: 'bone', boneId: bone.id, side })),
    );
  }
  for (const { shape, mesh, depth } of built) {
    muscleDepths.set(shape.midline ? shape.id : `${shape.id}.left`, depth);
    parts.push(
      ...sidedParts(shape.id, !!shape.midline, mesh, (side) => ({ kind: 'muscle', muscleId: shape.id, side })),
    );
  }
  log(
    `muscles: ${MUSCLE_SHAPES.length} layouts, ${moved} vertex moves to layer them, ${underSkin} to keep them under the skin mesh (and ${bonesMoved} bone vertices), ${Date.now() - t} ms`,
  );
  if (!skin) return { parts, muscleDepths };
  t = Date.now();
  parts.push(...skinRegions(skin));
  log(
    `skin: ${parts.filter((p) => p.extras.kind === 'region').reduce((n, p) => n + p.mesh.indices.length / 3, 0)} triangles, ${Date.now() - t} ms`,
  );
  return { parts, muscleDepths };
}

/**
 * The parts one bone or muscle is drawn as: one whole part on the midline, or its left side and
 * the right side drawn as the left's mirror image.
 */
function sidedParts(
  id: string,
  midline: boolean,
  mesh: Mesh,
  extras: (side: PartExtras['side']) => PartExtras,
): Part[] {
  if (midline) return [{ name: id, extras: extras('midline'), mesh }];
  return [
    { name: `${id}.left`, extras: extras('left'), mesh },
    { name: `${id}.right`, extras: extras('right'), mesh: mirrorMesh(mesh), mirrorOf: `${id}.left` },
  ];
}
