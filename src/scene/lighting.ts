/**
 * The body's lighting, as numbers and one placement rule: a sky/ground fill and a key light that
 * follows the camera, so every view is lit from the viewer's side. Shared by the 3D view
 * (Lights.tsx) and the first frame drawn before it (headStart.ts), which must look the same.
 */
import type { DirectionalLight, Vector3 } from 'three';

/** The sky/ground fill: sky colour, ground colour, intensity. */
export const FILL_LIGHT = { sky: '#f4f1ec', ground: '#8a7f76', intensity: 1.6 } as const;

/** The key light's intensity (white). */
export const KEY_LIGHT_INTENSITY = 1.7;

/** Place the key light above the camera, aimed at the middle of the body. */
export function aimKeyLight(light: DirectionalLight, cameraPosition: Vector3): void {
  light.position.copy(cameraPosition);
  light.position.y += 1.2;
  light.target.position.set(0, 0.9, 0);
  light.target.updateMatrixWorld();
}
