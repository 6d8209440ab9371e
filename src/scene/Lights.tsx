/**
 * Soft clinical lighting: a sky/ground fill and a key light that follows the camera, so every
 * view is lit from the viewer's side (the numbers and the rule are in lighting.ts).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';
import { aimKeyLight, FILL_LIGHT, KEY_LIGHT_INTENSITY } from './lighting';

export function Lights() {
  const key = useRef<DirectionalLight>(null);
  const camera = useThree((s) => s.camera);
  useFrame(() => {
    if (key.current) aimKeyLight(key.current, camera.position);
  });
  return (
    <>
      <hemisphereLight args={[FILL_LIGHT.sky, FILL_LIGHT.ground, FILL_LIGHT.intensity]} />
      <directionalLight ref={key} intensity={KEY_LIGHT_INTENSITY} />
    </>
  );
}
