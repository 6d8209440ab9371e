import { describe, expect, it } from 'vitest';
import { getCondition, getMuscle } from '../../src/domain/knowledgeBase';
import { nameIn, otherNameIn, textIn, WORDING } from '../../src/ui/wording';

/** Every text of a wording table, by its path ("legend.primary.t"); functions called with samples. */
function texts(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else if (typeof v === 'function') {
      const sample =
        k === 'compensationLead' ? [getMuscle('deltoid'), 'left', 'takes over', false] : ['Deltoid', 'helps'];
      out.set(path, String(v(...sample)));
    } else for (const [p, t] of texts(v as object, path)) out.set(p, t);
  }
  return out;
}

describe('the wording tables', () => {
  it('give every text in both vocabularies, none empty', () => {
    const plain = texts(WORDING.plain);
    const medical = texts(WORDING.medical);
    expect([...plain.keys()].sort()).toEqual([...medical.keys()].sort());
    for (const [path, text] of [...plain, ...medical]) expect(text.trim(), path).not.toBe('');
  });

  it('words the clinical terms for therapists and plain words for clients', () => {
    expect(WORDING.plain.primaryTitle).toBe('Muscles most likely involved');
    expect(WORDING.medical.primaryTitle).toBe('Primary muscles');
    expect(WORDING.plain.redFlags).toBe('See a doctor if');
    expect(WORDING.medical.redFlags).toBe('Red flags (refer on)');
    expect(WORDING.plain.alertsTitle(true)).toBe('Get medical help first');
    expect(WORDING.medical.alertsTitle(false)).toBe('Red flags: refer before treating');
    const supinator = getMuscle('supinator');
    expect(WORDING.medical.compensationLead(supinator, 'right', 'takes over', true)).toBe(
      'Inhibited with Supinator (right): takes over.',
    );
    expect(WORDING.plain.compensationLead(supinator, 'right', 'takes over', false)).toMatch(
      /^Makes up for .+: it takes over\.$/,
    );
  });

  it('names records in each vocabulary, with the other name as a gloss', () => {
    const c = getCondition('plantar_fasciitis');
    expect(nameIn(c, 'plain')).toBe(c.plainName);
    expect(nameIn(c, 'medical')).toBe(c.name);
    expect(otherNameIn(c, 'plain')).toBe(c.name);
    expect(textIn({ plain: 'a', medical: 'b' }, 'medical')).toBe('b');
  });
});
