/** Seeded input generators shared by the fuzz tests: random strings and small mutations. */
import { seededRandom } from '../../src/domain/quiz';

/** A fuzzer over an alphabet, deterministic for its seed. */
export function makeFuzzer(seed: number, alphabet: readonly string[]) {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

  /** A random string of up to `max` characters. */
  function randomString(max: number): string {
    let s = '';
    const n = Math.floor(rand() * max);
    for (let i = 0; i < n; i++) s += pick(alphabet);
    return s;
  }

  /** Change a valid input a little: delete, insert, duplicate or replace characters. */
  function mutate(s: string): string {
    const chars = [...s];
    const edits = 1 + Math.floor(rand() * 4);
    for (let e = 0; e < edits; e++) {
      const i = Math.floor(rand() * (chars.length + 1));
      const op = rand();
      if (op < 0.3) chars.splice(i, 1);
      else if (op < 0.6) chars.splice(i, 0, pick(alphabet));
      else if (op < 0.8) chars.splice(i, 0, ...chars.slice(i, i + 5));
      else chars[i] = pick(alphabet);
    }
    return chars.join('');
  }

  return { rand, pick, randomString, mutate };
}
