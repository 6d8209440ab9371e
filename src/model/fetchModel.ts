/**
 * Fetches the model file once, as early as possible (the entry starts it, so the download runs
 * while the 3D code is still arriving). Same origin only. How much has arrived is kept in the
 * model store (`download`), where anyone can follow it.
 */
import modelUrl from '../../models/anatomy.glb?url';
import { useModel } from '../store/modelStore';

let bytes: Promise<ArrayBuffer> | null = null;

function report(fraction: number): void {
  useModel.getState().setDownload(fraction);
}

async function download(): Promise<ArrayBuffer> {
  const response = await fetch(modelUrl);
  if (!response.ok) throw new Error(`the model file could not be loaded (HTTP ${response.status})`);
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

/** Start the download (if not started) and get the file's bytes. */
export function fetchModel(): Promise<ArrayBuffer> {
  bytes ??= download();
  return bytes;
}

/** Follow the download's progress (0..1) in the model store; returns a function that stops following. */
export function onModelProgress(listener: (fraction: number) => void): () => void {
  listener(useModel.getState().download);
  return useModel.subscribe((s, prev) => {
    if (s.download !== prev.download) listener(s.download);
  });
}
