/**
 * Offers the report a picture of the 3D view (see `store/snapshotBridge.ts`): renders a frame and
 * copies it with its labels into an image.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { registerSnapshotCapture } from '../store/snapshotBridge';
import { ROLE_COLOURS } from '../theme/palette';
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
        ctx.font = '600 13px system-ui, sans-serif';
        ctx.textBaseline = 'middle';
        for (const l of bridge.labels) {
          const colour = ROLE_COLOURS[l.role as keyof typeof ROLE_COLOURS]?.strong ?? '#333';
          ctx.strokeStyle = colour;
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(l.lineX, l.lineY);
          ctx.lineTo(l.anchorX, l.anchorY);
          ctx.stroke();
          ctx.fillStyle = colour;
          ctx.beginPath();
          ctx.arc(l.anchorX, l.anchorY, 3.5, 0, Math.PI * 2);
          ctx.fill();
          ctx.fillStyle = 'rgba(255,255,255,0.94)';
          ctx.fillRect(l.x, l.y, l.width, l.height);
          ctx.strokeRect(l.x, l.y, l.width, l.height);
          ctx.fillStyle = '#1f2529';
          l.lines.forEach((line, i) => {
            ctx.fillText(line, l.x + 9, l.y + 12 + i * 16);
          });
        }
        return out.toDataURL('image/png');
      }),
    [gl, scene, camera, size.width, bridge],
  );
  return null;
}
