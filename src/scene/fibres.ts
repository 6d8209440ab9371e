/**
 * The anatomy-plate look of the muscles: fine striations along each muscle's fibres, and pale,
 * glossy tendons. Both read the model's per-vertex fibre attribute (`_FIBRE` in the file, see
 * docs/model-file.md: unit fibre direction in xyz, tendon weight in w) and ride in the body's one
 * shader program. A mesh without the attribute (skin, bones, a person's own model) reads the
 * attribute's default (0, 0, 0, 1): no direction, so nothing is drawn differently.
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

/** Tendon colour (linear RGB): pale cream. */
const TENDON_COLOUR = [0.8, 0.72, 0.56] as const;

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
      `varying vec3 vFibrePos;
varying vec3 vFibreNormal;
varying vec4 vFibre;
// Striations of the planes through fibre direction F across c1 and c2, measured from a cell
// corner, each family weighted by how much it crosses the surface (normal N).
vec2 fibreWaves(vec3 p, vec3 corner, vec3 c1, vec3 c2, vec2 w) {
\tvec3 d = p - corner * ${f(CELL)};
\tvec2 phase = vec2(dot(d, c1), dot(d, c2)) * 6.2831853;
\tvec2 fineWave = sin(phase / ${f(fine)});
\tvec2 coarseWave = sin(phase / ${f(coarse)} + 1.7);
\treturn vec2(dot(fineWave, w), dot(coarseWave, w));
}
void main() {`,
    )
    .replace(
      '#include <color_fragment>',
      `#include <color_fragment>
\tfloat fibreOn = step(0.25, dot(vFibre.xyz, vFibre.xyz));
\tfloat fibreTendon = clamp(vFibre.w, 0.0, 1.0) * fibreOn;
\tif (fibreOn > 0.0) {
\t\tvec3 F = normalize(vFibre.xyz);
\t\tvec3 N = normalize(vFibreNormal);
\t\tvec3 c1 = normalize(cross(F, normalize(vec3(0.31, 0.52, 0.80))));
\t\tvec3 c2 = cross(F, c1);
\t\tvec2 w = vec2(dot(N, c2), dot(N, c1));
\t\tw = w * w;
\t\tw /= max(w.x + w.y, 1e-4);
\t\tvec3 cell = vFibrePos / ${f(CELL)};
\t\tvec3 base = floor(cell);
\t\tvec3 t = cell - base;
\t\tt = t * t * (3.0 - 2.0 * t);
\t\tvec2 waves = vec2(0.0);
\t\tfor (int i = 0; i < 8; i++) {
\t\t\tvec3 k = vec3(float(i & 1), float((i >> 1) & 1), float((i >> 2) & 1));
\t\t\tvec3 kw = mix(1.0 - t, t, k);
\t\t\twaves += kw.x * kw.y * kw.z * fibreWaves(vFibrePos, base + k, c1, c2, w);
\t\t}
\t\t// Fade each wave out before it gets finer than about four pixels (no moire).
\t\tfloat footprint = length(fwidth(vFibrePos));
\t\tvec2 fade = 1.0 - smoothstep(vec2(0.18), vec2(0.32), footprint / vec2(${f(fine)}, ${f(coarse)}));
\t\tfloat groove = 0.13 * fade.x * (0.5 - 0.5 * waves.x) + 0.09 * fade.y * (0.5 - 0.5 * waves.y);
\t\tdiffuseColor.rgb *= 1.0 - groove * (1.0 - 0.5 * fibreTendon);
\t\tvec3 tendonColour = mix(vec3(${f(r)}, ${f(g)}, ${f(b)}), diffuseColor.rgb, 0.2);
\t\tdiffuseColor.rgb = mix(diffuseColor.rgb, tendonColour, fibreTendon);
\t}`,
    )
    .replace(
      '#include <roughnessmap_fragment>',
      `#include <roughnessmap_fragment>
\troughnessFactor = mix(roughnessFactor, ${f(TENDON_ROUGHNESS)}, fibreTendon);`,
    );
}
