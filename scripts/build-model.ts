/**
 * `npm run build:model`: generates models/anatomy.glb from the project's own anatomical data
 * (body envelope, bony landmarks, bone shapes, muscle layouts). Deterministic: running it again
 * gives a byte-identical file. `--check` regenerates in memory and fails if the committed file
 * differs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meshoptReady } from './model/meshOps';
import { buildParts } from './model/parts';
import { writeGlb } from './model/writeGlb';

const OUT = join(process.cwd(), 'models', 'anatomy.glb');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  await meshoptReady();
  const t0 = Date.now();
  const parts = await buildParts((msg) => {
    if (!check) console.log(msg);
  });
  const bytes = await writeGlb(parts);
  const tris = parts.reduce((n, p) => n + p.mesh.indices.length / 3, 0);
  if (check) {
    const committed = readFileSync(OUT);
    if (Buffer.compare(committed, Buffer.from(bytes)) !== 0) {
      console.error('models/anatomy.glb is stale: run `npm run build:model` and commit the result');
      process.exitCode = 1;
      return;
    }
    console.log(`models/anatomy.glb is fresh (${parts.length} meshes, ${tris} triangles)`);
    return;
  }
  writeFileSync(OUT, bytes);
  if (process.env.MODEL_DEV_ONLY) {
    // While several people iterate on different muscles, keep each one's build apart too, so
    // the snapshot script can render the build that contains the highlighted muscles.
    const dir = '/tmp/myotrace-dev';
    mkdirSync(dir, { recursive: true });
    const ids = [...process.env.MODEL_DEV_ONLY.split(',')].sort();
    const name = createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 16);
    writeFileSync(join(dir, `${name}.glb`), bytes);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(ids));
  }
  console.log(`wrote ${OUT}: ${parts.length} meshes, ${tris} triangles, ${bytes.length} bytes, ${Date.now() - t0} ms`);
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
