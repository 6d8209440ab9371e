/**
 * The renderer of the 3D view: three's WebGLRenderer, except that a resize which would not change
 * the canvas's pixel size leaves the canvas alone.
 *
 * Writing a canvas's width or height, even with the value it has, throws its drawing buffer away
 * and allocates a new one; with antialiasing on a CPU renderer (SwiftShader) that costs tens of
 * milliseconds each time. R3F sets the pixel ratio and then the size on every size or ratio change,
 * and again when it settles the ratio, so before the first frame the same 840×740 canvas was
 * reallocated three times (issue 13: first frame).
 */
import { WebGLRenderer, type WebGLRendererParameters } from 'three';

/** A WebGLRenderer whose `setSize` and `setPixelRatio` do nothing when nothing would change. */
export function createSteadyRenderer(parameters: WebGLRendererParameters): WebGLRenderer {
  const renderer = new WebGLRenderer(parameters);
  const setSize = renderer.setSize.bind(renderer);
  const setPixelRatio = renderer.setPixelRatio.bind(renderer);
  let applied = '';
  renderer.setSize = (width, height, updateStyle) => {
    const key = `${width}×${height}@${renderer.getPixelRatio()}`;
    if (key === applied) return;
    applied = key;
    setSize(width, height, updateStyle);
  };
  // three's setPixelRatio resizes through `this.setSize`, the guarded one above.
  renderer.setPixelRatio = (ratio) => {
    if (ratio === renderer.getPixelRatio()) return;
    setPixelRatio(ratio);
  };
  return renderer;
}
