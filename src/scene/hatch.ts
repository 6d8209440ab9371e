/**
 * The "no deep work" look: muscles of an inflamed site are drawn with diagonal stripes. The mark
 * travels in the vertex colour's alpha (a value no other paint uses), so the same shader program
 * draws it: no new program, no extra attribute.
 */

/** The alpha byte that marks a vertex as "no deep work" (opaque roles use 255). */
export const HATCH_ALPHA = 254;

/** Stripe period in device pixels. */
const PERIOD = 14;

/**
 * Add the stripes to a fragment shader of three's standard material (after the vertex colour is
 * applied): every other diagonal band is near black (colours are linear here, so a mild mix would
 * look mid-brown), so the mark reads in colour, in grey and through the tinted skin.
 */
export function withHatching(fragmentShader: string): string {
  const alpha = (HATCH_ALPHA / 255).toFixed(5);
  return fragmentShader.replace(
    '#include <color_fragment>',
    `#include <color_fragment>
#ifdef USE_COLOR_ALPHA
\tif (abs(vColor.a - ${alpha}) < 0.0015) {
\t\tfloat band = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / ${PERIOD.toFixed(1)}));
\t\tdiffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.004, 0.003, 0.002), band * 0.97);
\t\tdiffuseColor.a = 1.0;
\t}
#endif`,
  );
}
