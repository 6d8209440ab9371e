/**
 * Opens a person's own glTF/GLB model from their device: checks the file (no references to other
 * files, glTF 2.0, readable extensions), maps its nodes to the knowledge base, parses it with the
 * bundled decoder, and writes each node's mapping into its `userData` in the model contract's
 * extras form, so the body is merged, painted and picked exactly like MyoTrace's own model.
 *
 * Every failure is an `Error` whose message is one plain sentence for the person.
 */
import type { Object3D } from 'three';
import { readGltf } from '../model/gltfJson';
import { type MappedPart, type ModelMapping, mapModel, parseModelMapping } from '../model/mapModel';
import type { ModelInfo, OwnModelFile } from '../store/modelStore';
import { type GltfObjects, readGltfObjects } from './gltfObjects';

/** The contract's extras for a mapped part. */
function extrasOf(p: MappedPart): Record<string, string> {
  const key = p.kind === 'muscle' ? 'muscleId' : p.kind === 'region' ? 'regionId' : 'boneId';
  return { kind: p.kind, [key]: p.id, side: p.side };
}

/** Parse, check and map a model file; resolves with its scene (userData set) and what it holds. */
export async function loadOwnModel(file: OwnModelFile): Promise<{ root: Object3D; info: ModelInfo }> {
  const bytes = new Uint8Array(file.bytes);
  const read = readGltf(bytes);
  if (!read.ok) throw new Error(`“${file.name}” cannot be opened. ${read.error}`);
  let mapping: ModelMapping | undefined;
  if (file.mapping) {
    const m = parseModelMapping(file.mapping.text);
    if (m.error) throw new Error(`The mapping file “${file.mapping.name}” cannot be used. ${m.error}`);
    mapping = m;
  }
  const map = mapModel(read.nodes, mapping);
  if (map.muscles.length + map.regionCount + map.boneCount === 0) {
    throw new Error(
      `Nothing in “${file.name}” matches a muscle, bone or skin region. Name its parts like “deltoid.left”, give them MyoTrace extras, or add a mapping file.`,
    );
  }
  let built: GltfObjects;
  try {
    built = await readGltfObjects(read);
  } catch (e) {
    throw new Error(`“${file.name}” cannot be opened. ${e instanceof Error ? e.message : String(e)}`);
  }
  // The mapping decides what each node is: the file's own extras were read into it.
  built.root.traverse((o) => {
    o.userData = {};
  });
  built.objects.forEach((o, index) => {
    const part = map.own[index];
    if (o && part) o.userData = extrasOf(part);
  });
  return {
    root: built.root,
    info: {
      fileName: file.name,
      body: null,
      muscleCount: map.muscles.length,
      missing: map.missing,
      unknown: map.unknown,
      mappingProblems: mapping?.problems ?? [],
    },
  };
}
