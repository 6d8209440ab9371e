/**
 * A person's own model: a small GLB made in the test (boxes named `deltoid.left`,
 * `biceps_brachii.right` and one unknown `Cube`) opened with the file picker and by drag and drop;
 * its muscles glow for a pain site and the rest are "not in this model". Files that are not a
 * usable glTF get a clear message and the body shown before stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMuscle, getRegion } from '../../src/domain/knowledgeBase';
import { muscleLabel, regionLabel } from '../../src/domain/labels';
import { makeBoxesGlb } from '../model/ownModelFixture';
import { seriousAxeViolations } from './axe';
import { type AppSession, hook, startApp, waitForModel } from './harness';

let app: AppSession;
let page: Page;
let glb: Buffer;

const modelInput = () => page.locator('input[aria-label="Model file"]');
const counts = () => hook(page, 'counts');

beforeAll(async () => {
  glb = Buffer.from(await makeBoxesGlb());
  app = await startApp();
  page = await app.open();
});

afterAll(async () => {
  await app?.close();
});

describe('your own model', () => {
  it('opens a GLB from the file picker and maps its named nodes', async () => {
    expect((await counts()).region).toBeGreaterThan(50);
    await modelInput().setInputFiles({ name: 'arm-boxes.glb', mimeType: 'model/gltf-binary', buffer: glb });
    await expect.poll(counts, { timeout: 15_000 }).toEqual({ muscle: 2 });
    const card = page.getByRole('region', { name: 'Your model' });
    await expect.poll(() => card.textContent()).toContain('arm-boxes.glb');
    expect(await card.textContent()).toContain('2 muscles matched');
    await card.getByText(/^Not recognised \(1\)/).click();
    expect(await card.locator('li', { hasText: 'Cube' }).count()).toBe(1);
    await card.getByText(/^Not in this model/).click();
    const missing = (await card.locator('li').allTextContents()).join('\n');
    const label = (id: string, side: 'left' | 'right' | 'both') => muscleLabel(getMuscle(id as never), side, 'plain');
    expect(missing).toContain(`${label('deltoid', 'right')}: not in this model`);
    expect(missing).not.toContain(label('deltoid', 'left'));
    expect(missing).toContain(`${label('biceps_brachii', 'left')}: not in this model`);
    expect(missing).toContain(`${label('temporalis', 'both')}: not in this model`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The muscles glow for a pain site; the ones the model lacks are marked in the list.
    const site = regionLabel(getRegion('outer_shoulder'), 'left', 'plain');
    await page.getByRole('button', { name: site }).click();
    await expect
      .poll(async () => (await hook(page, 'roles')).map((r) => `${r.id}|${r.side}|${r.role}`))
      .toContain('deltoid|left|primary');
    const entries = page.locator('#primary-h + ol > li');
    await expect.poll(() => entries.count()).toBeGreaterThan(1);
    const texts = await entries.allTextContents();
    const deltoid = texts.find((t) => t.includes(label('deltoid', 'left')));
    expect(deltoid).toBeDefined();
    expect(deltoid).not.toMatch(/not in this model/);
    expect(texts.filter((t) => /not in this model/.test(t)).length).toBe(texts.length - 1);
    const shot = await page.locator('.body-canvas canvas').screenshot();
    expect(shot.length).toBeGreaterThan(3_000);
  });

  it('a file that is not a usable glTF gets a clear message and the model stays', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const cases: [{ name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      [{ name: 'garbage.glb', mimeType: 'model/gltf-binary', buffer: garbage }, /not a glTF model/],
      [{ name: 'cut.glb', mimeType: 'model/gltf-binary', buffer: glb.subarray(0, 200) }, /cut short/],
      [
        {
          name: 'remote.gltf',
          mimeType: 'model/gltf+json',
          buffer: Buffer.from(
            '{"asset":{"version":"2.0"},"buffers":[{"uri":"https://example.org/x.bin","byteLength":9}],"nodes":[{"mesh":0}]}',
          ),
        },
        /refers to another file/,
      ],
      [
        { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
        /not a glTF/,
      ],
    ];
    for (const [file, message] of cases) {
      await modelInput().setInputFiles(file);
      const alert = page.locator('.own-model-failure');
      await expect.poll(() => alert.textContent()).toMatch(message);
      expect(await alert.textContent()).toContain(file.name);
      expect(await counts()).toEqual({ muscle: 2 });
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    }
    // A well-formed GLB whose nodes match nothing.
    const unknown = Buffer.from(
      await makeBoxesGlb([
        { name: 'Cube', at: [0, 1, 0] },
        { name: 'Sphere.001', at: [0, 1.2, 0] },
      ]),
    );
    await modelInput().setInputFiles({ name: 'shapes.glb', mimeType: 'model/gltf-binary', buffer: unknown });
    await expect
      .poll(() => page.locator('.own-model-failure').textContent())
      .toMatch(/Nothing in “shapes.glb” matches/);
    expect(await counts()).toEqual({ muscle: 2 });
    expect(app.errors).toEqual([]);
  });

  it('opens a model dropped on the 3D view, with a mapping file for its node names', async () => {
    const plain = await makeBoxesGlb([
      { name: 'Mesh A', at: [0.15, 1.3, 0] },
      { name: 'Mesh B', at: [-0.15, 1.3, 0] },
      { name: 'Mesh C', at: [0, 1.0, 0], extras: { kind: 'muscle', muscleId: 'diaphragm', side: 'midline' } },
    ]);
    const mapping = JSON.stringify({
      'Mesh A': { muscleId: 'supinator', side: 'left' },
      'Mesh B': { muscleId: 'supinator', side: 'right' },
      'Mesh Z': { muscleId: 'no_such_muscle' },
    });
    const transfer = await page.evaluateHandle(
      ({ bytes, json }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], 'forearm.glb', { type: 'model/gltf-binary' }));
        dt.items.add(new File([json], 'forearm.json', { type: 'application/json' }));
        return dt;
      },
      { bytes: Array.from(plain), json: mapping },
    );
    await page.dispatchEvent('.viewport', 'dragenter', { dataTransfer: transfer });
    await expect.poll(() => page.locator('.viewport.dropping').count()).toBe(1);
    await page.dispatchEvent('.viewport', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('.viewport', 'drop', { dataTransfer: transfer });
    await expect.poll(counts, { timeout: 15_000 }).toEqual({ muscle: 3 });
    expect(await page.locator('.viewport.dropping').count()).toBe(0);
    const card = page.getByRole('region', { name: 'Your model' });
    await expect.poll(() => card.textContent()).toContain('forearm.glb');
    expect(await card.textContent()).toContain('Mapping entries left out (1)');

    await card.getByRole('button', { name: 'Back to the MyoTrace body' }).click();
    await expect.poll(async () => (await counts()).region ?? 0, { timeout: 15_000 }).toBeGreaterThan(50);
    expect(await page.getByRole('region', { name: 'Your model' }).count()).toBe(0);
    await waitForModel(page);
    expect(app.errors).toEqual([]);
  });
});
