/**
 * Offers the report a picture of the 3D view (see `store/snapshotBridge.ts`): renders a frame and
 * copies it with its labels into an image.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { registerSnapshotCapture } from '../store/snapshotBridge';
import { drawLabels } from './labelDrawing';
import type { SceneBridge } from './sceneBridge';

export function SnapshotResponder({ bridge }: { bridge: SceneBridge }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);

  useEffect(
    () =>
      registerSnapshotCapture(() => {
        gl.render(scene, camera);
        const src = gl.domElement;
        const out = document.createElement('canvas');
        out.width = src.width;
        out.height = src.height;
        const ctx = out.getContext('2d');
        if (!ctx) return src.toDataURL('image/png');
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, out.width, out.height);
        ctx.drawImage(src, 0, 0);
        const k = out.width / Math.max(1, size.width);
        ctx.scale(k, k);
        drawLabels(ctx, bridge.labels);
        return out.toDataURL('image/png');
      }),
    [gl, scene, camera, size.width, bridge],
  );
  return null;
}
