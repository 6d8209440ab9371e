/**
 * Turns the files a person picked or dropped into a request for the 3D view: one model file
 * (.glb or .gltf) and, optionally, its JSON mapping file. A mapping file alone re-opens the model
 * already opened with it. Anything else gets a plain sentence.
 */
import { MAX_MODEL_BYTES } from '../model/gltfJson';
import type { OwnModelFile } from '../store/modelStore';

const isMapping = (f: File) => /\.json$/i.test(f.name);

/** The request for these files, or why there is none. */
export async function modelRequestFrom(
  files: readonly File[],
  previous: OwnModelFile | null,
): Promise<{ file: OwnModelFile } | { error: string }> {
  const models = files.filter((f) => !isMapping(f));
  const mappings = files.filter(isMapping);
  if (files.length === 0) return { error: 'No file was chosen.' };
  if (models.length > 1)
    return { error: 'Choose one model at a time (a .glb or .gltf, with its .json mapping file if it has one).' };
  if (mappings.length > 1) return { error: 'Choose one mapping file at a time.' };
  const mappingFile = mappings[0];
  let mapping: OwnModelFile['mapping'];
  try {
    if (mappingFile) {
      if (mappingFile.size > 2_000_000)
        return { error: `The mapping file “${mappingFile.name}” is too large (over 2 MB).` };
      mapping = { name: mappingFile.name, text: await mappingFile.text() };
    }
    const model = models[0];
    if (!model) {
      if (previous && mapping) return { file: { ...previous, mapping } };
      return { error: 'A mapping file goes with a model: choose the .glb (or .gltf) and its .json file together.' };
    }
    if (model.size > MAX_MODEL_BYTES) return { error: `“${model.name}” is too large for a model (over 200 MB).` };
    const bytes = await model.arrayBuffer();
    return { file: { name: model.name, bytes, ...(mapping ? { mapping } : {}) } };
  } catch {
    return { error: 'The file could not be read from the device.' };
  }
}
