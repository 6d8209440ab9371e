/** A point or direction in the model frame (metres): `[x, y, z]`. */
export type Vec3 = readonly [number, number, number];
