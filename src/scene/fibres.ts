/**
 * The anatomy-plate look of the muscles: fine striations along each muscle's fibres, and pale,
 * glossy tendons. Both read the model's per-vertex fibre attribute (`_FIBRE` in the file, see
 * docs/model-file.md: unit fibre direction in xyz, tendon weight in w) and ride in the body's one
 * shader program. The `uFibres` uniform switches them on for the muscle materials (0 for skin and
 * bones: their fragments skip the work), and a mesh without the attribute (a person's own model)
 * reads the attribute's default (0, 0, 0, 1): no direction, so nothing is drawn differently.
 */

/** Name of the merged geometry's attribute (the file's `_FIBRE`). */
export const FIBRE_ATTRIBUTE = 'fibre';

/** Striation periods, metres: fine fibre lines and coarser fascicles. */
export const STRIATION_PERIODS = [0.0024, 0.0075] as const;

/**
 * Size of the cells the striation pattern is anchored in, metres. The pattern is planes through
 * the fibre direction; measured from the origin of the model, a slow turn of the fibres along a
 * muscle would tilt the planes a lot (the origin is a metre away), so each cell measures from its
 * own corner and the eight corners around a point are blended.
 */
const CELL = 0.03;

/**
 * Tendon colour (linear RGB): a cool, silvery white, as the plates draw tendons and aponeuroses, so
 * that they stand apart from the warm ivory of the bones they run along (BODY_COLOURS.bone).
 */
const TENDON_COLOUR = [0.72, 0.76, 0.84] as const;

/** Roughness of the tendons (the bellies use the material's). */
const TENDON_ROUGHNESS = 0.3;

const f = (x: number) => x.toFixed(5);

/** Add the fibre varyings to a vertex shader of three's standard material. */
export function withFibresVertex(vertexShader: string): string {
  return vertexShader
    .replace(
      '#include <common>',
      `#include <common>
attribute vec4 ${FIBRE_ATTRIBUTE};
varying vec3 vFibrePos;
varying vec3 vFibreNormal;
varying vec4 vFibre;`,
    )
    .replace(
      '#include <begin_vertex>',
      `#include <begin_vertex>
\tvFibrePos = transformed;
\tvFibreNormal = objectNormal;
\tvFibre = ${FIBRE_ATTRIBUTE};`,
    );
}

/**
 * Add the striations and the tendon colour to a fragment shader of three's standard material,
 * right after the vertex colour is applied, so they multiply whatever colour the paint gives
 * (the plain muscle colour or a highlight). The hatching of hatch.ts, if patched in before this,
 * still comes last.
 */
export function withFibresFragment(fragmentShader: string): string {
  const [fine, coarse] = STRIATION_PERIODS;
  const [r, g, b] = TENDON_COLOUR;
  return fragmentShader
    .replace(
      'void main() {',
      `uniform float uFibres;
varying vec3 vFibrePos;
varying vec3 vFibreNormal;
varying vec4 vFibre;
// A cheap wave of period 1: 1 on the crest, -1 in the groove (a parabola per period).
vec2 fibreWave(vec2 x) {
\tvec2 f = fract(x) - 0.5;
\treturn 1.0 - 8.0 * f * f;
}
void main() {`,
    )
    .replace(
      '#include <color_fragment>',
      `#include <color_fragment>
\tfloat fibreOn = uFibres * step(0.25, dot(vFibre.xyz, vFibre.xyz));
\tfloat fibreTendon = clamp(vFibre.w, 0.0, 1.0) * fibreOn;
\t// Fade each wave out before it gets finer than about four pixels (no moire). Worked out here,
\t// outside the loop: derivatives need every pixel of a quad to take the same path.
\tfloat footprint = length(fwidth(vFibrePos));
\tvec2 fade = 1.0 - smoothstep(vec2(0.18), vec2(0.32), footprint / vec2(${f(fine)}, ${f(coarse)}));
\tfloat groove = 0.0;
\t// A loop run once or never (uFibres is 1 or 0), not an if: SwiftShader works through both
\t// sides of an if for every pixel, but a loop no pixel enters is skipped, so the skin and
\t// bones do not pay for the striations, nor do muscles seen from so far that both waves have
\t// faded out (the whole body in view).
\tint fibrePasses = int(uFibres + 0.5);
\tfor (int pass = 0; pass < fibrePasses; pass++) {
\t\tif (fibreOn <= 0.0 || fade.x + fade.y <= 0.0) break;
\t\tvec3 F = normalize(vFibre.xyz);
\t\tvec3 N = normalize(vFibreNormal);
\t\t// Two families of planes through F (across c1 and across c2), each weighted by how much
\t\t// it crosses the surface.
\t\tvec3 c1 = normalize(cross(F, normalize(vec3(0.31, 0.52, 0.80))));
\t\tvec3 c2 = cross(F, c1);
\t\tvec2 w = vec2(dot(N, c2), dot(N, c1));
\t\tw = w * w;
\t\tw /= max(w.x + w.y, 1e-4);
\t\t// Measured from the eight corners of the cell around the point, blended.
\t\tvec3 cell = vFibrePos / ${f(CELL)};
\t\tvec3 t = fract(cell);
\t\tvec2 p0 = vec2(dot(t, c1), dot(t, c2)) * ${f(CELL)};
\t\tt = t * t * (3.0 - 2.0 * t);
\t\tvec2 fineSum = vec2(0.0);
\t\tvec2 coarseSum = vec2(0.0);
\t\tfor (int i = 0; i < 8 * fibrePasses; i++) {
\t\t\tvec3 k = vec3(float(i & 1), float((i >> 1) & 1), float((i >> 2) & 1));
\t\t\tvec3 kw = mix(1.0 - t, t, k);
\t\t\tvec2 phase = p0 - vec2(dot(k, c1), dot(k, c2)) * ${f(CELL)};
\t\t\tfloat weight = kw.x * kw.y * kw.z;
\t\t\tfineSum += weight * fibreWave(phase / ${f(fine)});
\t\t\tcoarseSum += weight * fibreWave(phase / ${f(coarse)} + 0.37);
\t\t}
\t\tvec2 waves = vec2(dot(fineSum, w), dot(coarseSum, w));
\t\tgroove = 0.13 * fade.x * (0.5 - 0.5 * waves.x) + 0.09 * fade.y * (0.5 - 0.5 * waves.y);
\t}
\tdiffuseColor.rgb *= 1.0 - groove * (1.0 - 0.5 * fibreTendon);
\tvec3 tendonColour = mix(vec3(${f(r)}, ${f(g)}, ${f(b)}), diffuseColor.rgb, 0.2);
\tdiffuseColor.rgb = mix(diffuseColor.rgb, tendonColour, fibreTendon);`,
    )
    .replace(
      '#include <roughnessmap_fragment>',
      `#include <roughnessmap_fragment>
\troughnessFactor = mix(roughnessFactor, ${f(TENDON_ROUGHNESS)}, fibreTendon);`,
    );
}
