/**
 * Loads the body, keeps its paint in step with the store, and mounts the camera, picking,
 * labels, snapshot and test hook once the model is there.
 */
import { addAfterEffect, useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Camera, Object3D, Scene, WebGLRenderer } from 'three';
import { explain, regionSites, siteKey } from '../domain/explain';
import { highlightRoles } from '../domain/highlight';
import { REGIONS } from '../domain/knowledgeBase';
import { useExplorer } from '../store/explorerStore';
import { useModel } from '../store/modelStore';
import { selectHighlight } from '../store/selectors';
import { selectStudyPaint } from '../store/studySelectors';
import { type AnatomyModel, buildAnatomyModel, paintMuscles, paintSkin } from './anatomyModel';
import type { Part } from './anatomyParts';
import { CameraRig } from './CameraRig';
import type { HeadStart } from './headStart';
import { LabelOverlay } from './LabelOverlay';
import { loadAnatomyModel } from './loadAnatomy';
import { PointerPicking } from './PointerPicking';
import { muscleColour, type SkinState } from './paint';
import { SnapshotResponder } from './SnapshotResponder';
import { createSceneBridge, type SceneBridge } from './sceneBridge';
import { paintStudy } from './studyPaint';
import { builtInInfo, disposeModel, useModelRequests } from './useModelRequests';

type State = ReturnType<typeof useExplorer.getState>;

function skinStateOf(s: State) {
  const sites = new Set(s.sites.map(siteKey));
  const hover = s.hover?.kind === 'region' ? siteKey({ region: s.hover.id, side: s.hover.side }) : '';
  return (p: Part<'region'>): SkinState => {
    const k = siteKey(p.site);
    return sites.has(k) ? 'site' : k === hover ? 'hover' : 'rest';
  };
}

/**
 * What a paint changed: the highlight (muscles, draw order, visibility), the colour buffers to
 * upload and their ranges.
 */
interface Painted {
  readonly highlight: boolean;
  readonly uploads: number;
  readonly ranges: number;
}

const NOTHING: Painted = { highlight: false, uploads: 0, ranges: 0 };

/** Tally colour ranges per buffer: a buffer with ranges is one upload. */
function tally(...ranges: number[]): Pick<Painted, 'uploads' | 'ranges'> {
  return { uploads: ranges.filter((r) => r > 0).length, ranges: ranges.reduce((a, b) => a + b, 0) };
}

/** Paint the body for the store's state: the explorer's highlight, or the study view. */
function paintFor(model: AnatomyModel, s: State, prev: State | null): Painted {
  if (s.source === 'study') {
    const paint = selectStudyPaint(s);
    if (paint === model.study) return NOTHING;
    return { highlight: true, ...tally(...paintStudy(model, paint)) };
  }
  const h = selectHighlight(s);
  const hChanged = h !== model.highlight || model.study !== null;
  const muscles = hChanged ? paintMuscles(model, h) : 0;
  const skin =
    hChanged || !prev || s.sites !== prev.sites || s.hover !== prev.hover ? paintSkin(model, skinStateOf(s)) : 0;
  return { highlight: hChanged, ...tally(muscles, skin) };
}

/** Test builds only: install `window.__myotrace` (the module is left out of production builds). */
function testHook(
  model: AnatomyModel,
  gl: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  bridge: SceneBridge,
  invalidate: () => void,
  fail: (m: string) => void,
) {
  if (import.meta.env.MODE !== 'test') return () => undefined;
  let remove: (() => void) | null = null;
  let removed = false;
  import('./testHook').then((m) => {
    if (!removed) remove = m.installTestHook(model, gl, scene, camera, bridge, invalidate, fail);
  });
  return () => {
    removed = true;
    remove?.();
  };
}

/** Run `job` once the frame just drawn is on screen and the main thread is free (soon in any case). */
function afterPaint(job: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  setTimeout(() => (idle ? idle(job, { timeout: 300 }) : job()), 0);
}

/**
 * Explain one site and colour its muscles once, with nothing shown: the domain's lookup tables
 * are built and the code a click runs is compiled before the first click rather than during it
 * (the store and the memoised selectors are not touched).
 */
function warmUp(): void {
  const region = REGIONS[0];
  const site = region && regionSites(region.id)[0];
  if (!site) return;
  for (const h of highlightRoles(explain({ sites: [site] }), undefined, 'pain').values()) muscleColour(h);
}

/** Compile the shaders of every material the body can show, with all parts visible. */
function precompile(model: AnatomyModel, gl: WebGLRenderer, scene: Scene, camera: Camera): void {
  const shown = Object.values(model.meshes).map((m) => [m, m.visible, m.material] as const);
  for (const [m] of shown) m.visible = true;
  gl.compile(scene, camera);
  const muscle = model.meshes.muscle;
  if (muscle) {
    muscle.material = [model.materials.muscleSolid, model.materials.muscleLit, model.materials.muscleFaded];
    gl.compile(scene, camera);
  }
  const skin = model.meshes.region;
  if (skin) {
    skin.material =
      skin.material === model.materials.skinOpaque ? model.materials.skinTranslucent : model.materials.skinOpaque;
    gl.compile(scene, camera);
  }
  for (const [m, v, mat] of shown) {
    m.visible = v;
    m.material = mat;
  }
}

/** The body in the 3D view; `start` is the first frame the entry drew before the app mounted, if any. */
export function BodyScene({ start }: { start: HeadStart | null }) {
  const [model, setModel] = useState<AnatomyModel | null>(null);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const bridge = useMemo(createSceneBridge, []);
  useFrame(() => {
    bridge.frames++;
  });
  // Test only (through the test hook): an error while rendering, as a bug in the 3D view would be.
  const [fault, setFault] = useState<Error | null>(null);
  if (fault) throw fault;

  useEffect(() => {
    let alive = true;
    const { setLoad } = useExplorer.getState();
    const body = useExplorer.getState().body;
    // The body the entry's first frame drew (already built, and on screen unless it had no skin),
    // else loaded here.
    const built: Promise<[AnatomyModel, boolean]> =
      start !== null && start.body === body
        ? Promise.all([start.model, start.drawn])
        : loadAnatomyModel(body, (progress) => alive && setLoad({ phase: 'model', progress })).then((m) => [m, false]);
    built
      .then(([m, drawn]) => {
        if (!alive) return;
        paintFor(m, useExplorer.getState(), null);
        // The first frame that draws the body is marked in that frame, right after it is drawn
        // (R3F's after-effects run once its frame is rendered), as the bench's bare page marks its
        // own; the work that follows the first frame waits for React's effects below. The entry's
        // first frame marked itself.
        if (!drawn) {
          const stopMarking = addAfterEffect(() => {
            if (alive && !m.group.parent) return;
            stopMarking();
            if (!alive) return;
            gl.getContext().finish?.();
            performance.mark('myotrace:first-model-frame');
          });
        }
        // Compile the shader of what the first frame draws now, while React mounts the rest (with
        // KHR_parallel_shader_compile the driver compiles it off the main thread).
        gl.compileAsync(m.group, camera, scene).catch(() => undefined);
        setModel(m);
        useModel.getState().shown(builtInInfo(m, body));
        // The body was switched while this one loaded (saved work picked up, say): load that one.
        if (useExplorer.getState().body !== body) useModel.getState().openBuiltIn();
      })
      .catch((err: unknown) => {
        if (!alive) return;
        const message = err instanceof Error ? err.message : String(err);
        setLoad({ phase: 'error', progress: 0, message });
      });
    return () => {
      alive = false;
    };
  }, [gl, camera, scene, start]);

  // A model opened from the device replaces the one shown; the one taken off screen is freed.
  const replace = useCallback((root: Object3D) => {
    const m = buildAnatomyModel(root);
    paintFor(m, useExplorer.getState(), null);
    setModel(m);
    return m;
  }, []);
  useModelRequests(replace);
  useEffect(
    () => () => {
      if (model) disposeModel(model);
    },
    [model],
  );

  useEffect(() => {
    if (!model) return;
    let alive = true;
    bridge.warming = true;
    bridge.firstFrameKinds = null;
    invalidate();
    // The first frame with the model has been drawn (and marked, see above) by the next animation frame.
    const frame = requestAnimationFrame(() => {
      bridge.firstFrameKinds = (['region', 'muscle', 'bone'] as const).filter(
        (k) => !model.deferred.has(k) && Object.getOwnPropertyDescriptor(model.kinds, k) !== undefined,
      );
      useExplorer.getState().setLoad({ phase: 'ready', progress: 1 });
      // While the person looks at the body: merge the muscles and bones, compile every material
      // (so a highlight never compiles a shader) and build the picking hierarchies.
      afterPaint(() => {
        if (!alive) return;
        model.finishMerging();
        precompile(model, gl, scene, camera);
        model.picker.prepare('region');
        model.picker.prepare('muscle');
        model.picker.prepare('bone');
        warmUp();
        bridge.warming = false;
      });
    });
    // Draw only when the paint changed (the camera and the labels ask for their own frames).
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      const painted = paintFor(model, s, prev);
      if (painted.highlight) performance.mark('myotrace:highlight-applied');
      if (!painted.highlight && painted.uploads === 0) return;
      bridge.paints++;
      bridge.colourUploads += painted.uploads;
      bridge.colourRanges += painted.ranges;
      invalidate();
    });
    const remove = testHook(model, gl, scene, camera, bridge, invalidate, (message) => setFault(new Error(message)));
    return () => {
      alive = false;
      cancelAnimationFrame(frame);
      bridge.warming = false;
      unsubscribe();
      remove();
    };
  }, [model, gl, scene, camera, invalidate, bridge]);

  if (!model) return null;
  return (
    <>
      <primitive object={model.group} />
      <CameraRig model={model} bridge={bridge} />
      <PointerPicking model={model} />
      <LabelOverlay model={model} bridge={bridge} />
      <SnapshotResponder bridge={bridge} />
    </>
  );
}
