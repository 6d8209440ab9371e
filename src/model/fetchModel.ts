/**
 * Fetches a body's model file once, as early as possible (the entry starts the chosen body's, so
 * the download runs while the 3D code is still arriving); the other body's file is fetched only
 * when the person switches to it. Same origin only. How much of the file being loaded has arrived
 * is kept in the model store (`download`), and the files fetched in `fetchedModels` (the service
 * worker keeps those).
 */

import maleUrl from '../../models/anatomy.glb?url';
import femaleUrl from '../../models/anatomy-female.glb?url';
import type { BodyId } from '../domain/body/bodyId';
import { useModel } from '../store/modelStore';

/** Each body's model file (both hashed by the build; only the chosen one is fetched). */
export const MODEL_URLS: Readonly<Record<BodyId, string>> = { male: maleUrl, female: femaleUrl };

/** The download of each body's file, started at most once per page. */
const downloads = new Map<BodyId, Promise<ArrayBuffer>>();

async function download(url: string, report: (fraction: number) => void): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the model file could not be loaded (HTTP ${response.status})`);
  useModel.getState().fetched(url);
  const total = Number(response.headers.get('content-length') ?? 0);
  if (!response.body || !total) {
    const buffer = await response.arrayBuffer();
    report(1);
    return buffer;
  }
  const out = new Uint8Array(total);
  const reader = response.body.getReader();
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.length > out.length) throw new Error('the model file is larger than announced');
    out.set(value, received);
    received += value.length;
    report(received / total);
  }
  report(1);
  return out.buffer.slice(0, received);
}

/**
 * Start the download of a body's file (if not started) and get its bytes. The model store's
 * `download` follows the body asked for last. A failed download is tried again on the next call.
 */
export function fetchModel(body: BodyId): Promise<ArrayBuffer> {
  useModel.getState().followDownload(body);
  let bytes = downloads.get(body);
  if (!bytes) {
    const report = (fraction: number) => {
      if (useModel.getState().downloadOf === body) useModel.getState().setDownload(fraction);
    };
    bytes = download(MODEL_URLS[body], report);
    bytes.catch(() => downloads.delete(body));
    downloads.set(body, bytes);
  } else {
    bytes
      .then(() => useModel.getState().downloadOf === body && useModel.getState().setDownload(1))
      .catch(() => undefined);
  }
  return bytes;
}

/** Follow the download's progress (0..1) in the model store; returns a function that stops following. */
export function onModelProgress(listener: (fraction: number) => void): () => void {
  listener(useModel.getState().download);
  return useModel.subscribe((s, prev) => {
    if (s.download !== prev.download) listener(s.download);
  });
}
