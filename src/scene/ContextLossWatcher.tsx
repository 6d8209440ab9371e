/**
 * Follows the WebGL context: when the browser takes it away (a GPU reset, too many contexts) the
 * store says so and the panel shows a notice; when the browser gives it back, three.js rebuilds
 * its GPU state and the view is drawn again.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useModel } from '../store/modelStore';

export function ContextLossWatcher() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    const onLost = (e: Event) => {
      // Without this the browser would never give the context back.
      e.preventDefault();
      useModel.getState().setContextLost(true);
    };
    const onRestored = () => {
      useModel.getState().setContextLost(false);
      // three.js re-creates its GPU state on restore; draw once it has (its listener runs first).
      requestAnimationFrame(() => invalidate());
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);
  return null;
}
