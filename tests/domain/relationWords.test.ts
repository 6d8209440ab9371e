import { describe, expect, it } from 'vitest';
import { COMPENSATION_EDGES } from '../../src/domain/knowledgeBase';
import { relationWords } from '../../src/domain/relationWords';

describe('relation words', () => {
  it('tells every relation of the compensation graph in both vocabularies', () => {
    for (const e of COMPENSATION_EDGES) {
      expect(relationWords(e.relation, 'plain').length).toBeGreaterThan(10);
      expect(relationWords(e.relation, 'medical').length).toBeGreaterThan(5);
    }
  });
});
