/**
 * The camera: orbit, zoom and pan with mouse and touch (three's OrbitControls), the view presets
 * and "reset view" from the store, and a smooth move that frames the highlighted muscles (in study
 * mode, the muscles the study roles frame).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Box3, type PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { type MeshHighlight, roleOf } from '../domain/highlight';
import type { Vec3 } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { selectFraming } from '../store/selectors';
import { VIEW_PRESETS, type ViewPreset } from '../store/viewPresets';
import { onViewRequest } from '../store/viewRequests';
import { isHighlighted } from '../theme/palette';
import type { AnatomyModel } from './anatomyModel';
import type { Part } from './anatomyParts';
import {
  easeInOut,
  framingPosition,
  headingDirection,
  sphereOfBox,
  viewAspect,
  viewDirection,
  WHOLE_BODY_FRAMING,
} from './cameraViews';
import { isOpaqueRole } from './paint';
import type { SceneBridge } from './sceneBridge';

interface Move {
  fromPos: Vector3;
  fromTarget: Vector3;
  toPos: Vector3;
  toTarget: Vector3;
  start: number;
  duration: number;
}

/** A camera move decided on a store change, carried out on the next frame. */
interface Plan {
  view: ViewPreset | null;
  turn: boolean;
}

const v3 = (v: Vector3): Vec3 => [v.x, v.y, v.z];

/** The preset whose direction `dir` is (within about 3°), or null. */
function presetOf(dir: Vec3): ViewPreset | null {
  const l = Math.hypot(dir[0], dir[1], dir[2]) || 1;
  for (const view of VIEW_PRESETS) {
    const p = viewDirection(view);
    const pl = Math.hypot(p[0], p[1], p[2]);
    if ((dir[0] * p[0] + dir[1] * p[1] + dir[2] * p[2]) / (l * pl) > 0.9986) return view;
  }
  return null;
}

/** The muscle parts to frame: the focused muscle if any, else every highlighted muscle. */
function framedParts(model: AnatomyModel, highlight: ReadonlyMap<string, MeshHighlight>): Part<'muscle'>[] {
  if (highlight.size === 0) return [];
  const muscles = model.kinds.muscle?.parts ?? [];
  const roles = muscles.map((p) => roleOf(highlight, p.id, p.side).role);
  const focus = muscles.filter((_, i) => roles[i] === 'focus');
  return focus.length ? focus : muscles.filter((_, i) => isHighlighted(roles[i]!));
}

/** The sphere to frame: the focused or highlighted muscles, or else the whole body. */
function frameSphere(
  model: AnatomyModel,
  highlight: ReadonlyMap<string, MeshHighlight>,
): { centre: Vec3; radius: number } {
  const box = new Box3();
  const parts = framedParts(model, highlight);
  for (const p of parts) box.union(p.box);
  const focused = parts.length > 0 && roleOf(highlight, parts[0]!.id, parts[0]!.side).role === 'focus';
  if (box.isEmpty()) {
    const skin = model.kinds.region;
    if (skin) box.copy(skin.box);
    else for (const k of Object.values(model.kinds)) box.union(k.box);
    if (box.isEmpty()) box.set(new Vector3(-0.3, 0, -0.15), new Vector3(0.3, 1.75, 0.15));
  }
  return sphereOfBox(v3(box.min), v3(box.max), focused ? 0.3 : WHOLE_BODY_FRAMING.minRadius);
}

/**
 * The direction to look from at the muscles that matter most (the focused muscle, or the primary
 * or overactive ones): from outside the body towards them, blended with the current direction.
 */
function directionTowards(model: AnatomyModel, highlight: ReadonlyMap<string, MeshHighlight>, current: Vec3): Vec3 {
  if (highlight.size === 0) return current;
  const muscles = model.kinds.muscle?.parts ?? [];
  let key = muscles.filter((p) => roleOf(highlight, p.id, p.side).role === 'focus');
  if (!key.length) key = muscles.filter((p) => isOpaqueRole(roleOf(highlight, p.id, p.side).role));
  if (!key.length) return current;
  const c = new Vector3();
  for (const p of key) c.add(p.centroid);
  c.divideScalar(key.length);
  const out = new Vector3(c.x, 0, c.z);
  if (out.length() < 0.03) return current;
  out.normalize();
  const cur = new Vector3(...current).setY(0).normalize();
  const d = out.multiplyScalar(0.6).add(cur.multiplyScalar(0.4));
  if (d.length() < 0.1) return current;
  d.normalize();
  return [d.x, 0.1, d.z];
}

export function CameraRig({ model, bridge }: { model: AnatomyModel; bridge: SceneBridge }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  const move = useRef<Move | null>(null);
  const plan = useRef<Plan | null>(null);
  const pending = useRef<((plan: Plan) => void) | null>(null);

  useEffect(() => {
    controls.enableDamping = false;
    controls.minDistance = 0.25;
    controls.maxDistance = 9;
    controls.zoomToCursor = true;
    controls.screenSpacePanning = true;
    let dragging = false;
    const onChange = () => {
      invalidate();
      // A drag that turns the camera leaves the preset it showed.
      if (dragging) {
        const d = camera.position.clone().sub(controls.target);
        useExplorer.getState().setShownView(presetOf([d.x, d.y, d.z]));
      }
    };
    const onStart = () => {
      dragging = true;
      move.current = null;
      bridge.cameraBusy = plan.current !== null;
    };
    const onEnd = () => {
      dragging = false;
    };
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onStart);
    controls.addEventListener('end', onEnd);
    bridge.target = controls.target;
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onStart);
      controls.removeEventListener('end', onEnd);
      controls.dispose();
      bridge.target = null;
    };
  }, [camera, controls, invalidate, bridge]);

  useEffect(() => {
    const aspect = () => viewAspect(size.width, size.height);
    let highlight = selectFraming(useExplorer.getState());
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const goTo = (dir: Vec3, animated: boolean) => {
      const animate = animated && !reduceMotion;
      const sphere = frameSphere(model, highlight);
      const margin = highlight.size > 0 ? 1.3 : WHOLE_BODY_FRAMING.margin;
      useExplorer.getState().setShownView(presetOf(dir));
      const toTarget = new Vector3(...sphere.centre);
      const toPos = new Vector3(...framingPosition(sphere, dir, camera.fov, aspect(), margin));
      if (!animate) {
        camera.position.copy(toPos);
        controls.target.copy(toTarget);
        controls.update();
        move.current = null;
      } else {
        move.current = {
          fromPos: camera.position.clone(),
          fromTarget: controls.target.clone(),
          toPos,
          toTarget,
          start: performance.now(),
          duration: 450,
        };
      }
      bridge.cameraBusy = move.current !== null || plan.current !== null;
      invalidate();
    };
    // Where the camera looks from, or will once the move under way ends.
    const currentDir = (): Vec3 => {
      const m = move.current;
      return headingDirection(
        v3(camera.position),
        v3(controls.target),
        m && { toPos: v3(m.toPos), toTarget: v3(m.toTarget) },
      );
    };
    goTo(viewDirection(useExplorer.getState().view), false);
    // The move is worked out on the next frame, keeping the click itself short.
    pending.current = (p) => {
      if (p.view) goTo(viewDirection(p.view), true);
      else goTo(p.turn ? directionTowards(model, highlight, currentDir()) : currentDir(), true);
    };
    const withdraw = onViewRequest((view) => {
      plan.current = { view, turn: false };
      bridge.cameraBusy = true;
      invalidate();
    });
    const unsubscribe = useExplorer.subscribe((s, prev) => {
      const h = selectFraming(s);
      const changed = h !== highlight;
      highlight = h;
      if (changed) {
        // A new pain site or a newly focused muscle turns the body to show its muscles.
        const turn =
          (s.sites !== prev.sites && s.sites.length > prev.sites.length) ||
          (!!s.focus && s.focus !== prev.focus) ||
          (s.quiz !== prev.quiz && h.size > 0);
        plan.current = { view: plan.current?.view ?? null, turn: turn || !!plan.current?.turn };
        bridge.cameraBusy = true;
        invalidate();
      }
    });
    return () => {
      withdraw();
      unsubscribe();
    };
  }, [model, camera, controls, invalidate, size.width, size.height, bridge]);

  useFrame(() => {
    if (plan.current && pending.current) {
      const p = plan.current;
      plan.current = null;
      pending.current(p);
    }
    const m = move.current;
    if (!m) {
      bridge.cameraBusy = plan.current !== null;
      return;
    }
    const t = easeInOut((performance.now() - m.start) / m.duration);
    camera.position.lerpVectors(m.fromPos, m.toPos, t);
    controls.target.lerpVectors(m.fromTarget, m.toTarget, t);
    controls.update();
    if (t >= 1) move.current = null;
    else invalidate();
    bridge.cameraBusy = move.current !== null || plan.current !== null;
  });

  return null;
}
