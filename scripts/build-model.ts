/**
 * `npm run build:model`: generates the model files from the project's own anatomical data (body
 * envelope, bony landmarks, bone shapes, muscle layouts): models/anatomy.glb, the reference
 * (male) body, and models/anatomy-female.glb, the same parts moved through the female body's
 * warp (docs/female-body.md). Deterministic: running it again gives byte-identical files.
 * `--check` regenerates both in memory and fails if a committed file differs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_PROFILES } from '../src/domain/body/profiles';
import { warpParts } from './model/bodyWarp';
import { meshoptReady } from './model/meshOps';
import { buildParts } from './model/parts';
import { type Part, writeGlb } from './model/writeGlb';

/** The file of each body (the male file keeps its original name). */
const FILES = { male: 'anatomy.glb', female: 'anatomy-female.glb' } as const;

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const log = (msg: string) => {
    if (!check) console.log(msg);
  };
  await meshoptReady();
  const t0 = Date.now();
  const { parts: male, muscleDepths } = await buildParts(log);
  const t1 = Date.now();
  const female = warpParts(male, muscleDepths, BODY_PROFILES.female);
  log(
    `female: warped, ${female.layered} vertex moves to layer her muscles, ${female.underSkin} to keep them under her skin (and ${female.bonesMoved} bone vertices), ${Date.now() - t1} ms`,
  );
  const bodies: [string, Part[], number][] = [
    [FILES.male, male, BODY_PROFILES.male.stature],
    [FILES.female, female.parts, BODY_PROFILES.female.stature],
  ];
  let stale = false;
  for (const [file, parts, stature] of bodies) {
    const out = join(process.cwd(), 'models', file);
    const bytes = await writeGlb(parts, stature);
    const tris = parts.reduce((n, p) => n + p.mesh.indices.length / 3, 0);
    if (check) {
      let committed: Buffer | undefined;
      try {
        committed = readFileSync(out);
      } catch {
        committed = undefined;
      }
      if (!committed || Buffer.compare(committed, Buffer.from(bytes)) !== 0) {
        console.error(`models/${file} is stale: run \`npm run build:model\` and commit the result`);
        stale = true;
        continue;
      }
      console.log(`models/${file} is fresh (${parts.length} meshes, ${tris} triangles)`);
      continue;
    }
    writeFileSync(out, bytes);
    if (process.env.MODEL_DEV_ONLY && file === FILES.male) {
      // While several people iterate on different muscles, keep each one's build apart too, so
      // the snapshot script can render the build that contains the highlighted muscles.
      const dir = '/tmp/myotrace-dev';
      mkdirSync(dir, { recursive: true });
      const ids = [...process.env.MODEL_DEV_ONLY.split(',')].sort();
      const name = createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 16);
      writeFileSync(join(dir, `${name}.glb`), bytes);
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(ids));
    }
    console.log(
      `wrote ${out}: ${parts.length} meshes, ${tris} triangles, ${bytes.length} bytes, ${Date.now() - t0} ms`,
    );
  }
  if (stale) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
