/**
 * Memoise a function on reference equality of its arguments (the last call only), so derived
 * views recompute only when the inputs they depend on change.
 */
export function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R | undefined;
  return (...args: A) => {
    if (!last || last.length !== args.length || last.some((a, i) => a !== args[i])) {
      last = args;
      value = fn(...args);
    }
    return value as R;
  };
}
