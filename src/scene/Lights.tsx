/**
 * Soft clinical lighting: a sky/ground fill and a key light that follows the camera, so every
 * view is lit from the viewer's side.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';

export function Lights() {
  const key = useRef<DirectionalLight>(null);
  const camera = useThree((s) => s.camera);
  useFrame(() => {
    const light = key.current;
    if (!light) return;
    // Up and to the viewer's left of the camera.
    light.position.copy(camera.position);
    light.position.y += 1.2;
    light.target.position.set(0, 0.9, 0);
    light.target.updateMatrixWorld();
  });
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#8a7f76', 1.6]} />
      <directionalLight ref={key} intensity={1.7} />
    </>
  );
}
