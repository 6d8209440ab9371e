/**
 * Assembles every part of the model: skin regions, bones and muscles.
 */
import { skinMesh, skinRegions } from './skin';
import type { Part } from './writeGlb';

/** Build all parts in a fixed order. */
export async function buildParts(log: (msg: string) => void): Promise<Part[]> {
  const parts: Part[] = [];
  const skin = skinMesh();
  log(`skin: ${skin.indices.length / 3} triangles`);
  parts.push(...skinRegions(skin));
  return parts;
}
