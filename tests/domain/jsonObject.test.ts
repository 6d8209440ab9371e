import { describe, expect, it } from 'vitest';
import { isJsonObject } from '../../src/domain/jsonObject';

describe('isJsonObject', () => {
  it('accepts parsed objects, empty or not', () => {
    expect(isJsonObject(JSON.parse('{}'))).toBe(true);
    expect(isJsonObject(JSON.parse('{"format":"myotrace-sessions","sessions":[]}'))).toBe(true);
  });

  it('rejects null, arrays and every other JSON value', () => {
    for (const text of ['null', '[]', '[{}]', '"{}"', '0', 'true'])
      expect(isJsonObject(JSON.parse(text)), text).toBe(false);
    expect(isJsonObject(undefined)).toBe(false);
  });
});
