import { describe, expect, it } from 'vitest';
import { regionSites } from '../../src/domain/explain';
import { FINDING_IDS, REGION_IDS } from '../../src/domain/ids';
import { getRegion } from '../../src/domain/knowledgeBase';
import { createExplorerStore, sharedPart } from '../../src/store/explorerStore';
import { decodeShareLink, encodeShareLink, type SharedState } from '../../src/store/shareLink';

const full: SharedState = {
  sites: [
    { region: 'outer_elbow', side: 'right' },
    { region: 'forehead', side: 'midline' },
  ],
  findings: [{ id: 'knees_cave_in' }, { id: 'elevated_shoulder', side: 'left' }],
  vocabulary: 'medical',
  body: 'male',
  view: 'back',
  source: 'findings',
  focus: { id: 'supinator', side: 'right' },
};

describe('share link', () => {
  it('round-trips a full state', () => {
    const hash = encodeShareLink(full);
    const { state, issues } = decodeShareLink(`#${hash}`);
    expect(issues).toEqual([]);
    expect(state).toEqual(full);
  });

  it('is readable: ids and sides in plain text', () => {
    expect(encodeShareLink(full)).toBe(
      'v=1&s=outer_elbow:right,forehead&f=knees_cave_in,elevated_shoulder:left&w=medical&view=back&tab=findings&m=supinator:right',
    );
  });

  it('writes body=female for the female body and nothing for the male one (links read as before)', () => {
    const female = encodeShareLink({ ...full, body: 'female' });
    expect(female).toContain('&body=female&');
    expect(encodeShareLink(full)).not.toContain('body=');
    const { state, issues } = decodeShareLink(`#${female}`);
    expect(issues).toEqual([]);
    expect(state.body).toBe('female');
  });

  it('shows the male body for a link without a body (made before the switch)', () => {
    const { state, issues } = decodeShareLink('#v=1&s=calf:left&w=plain&view=front&tab=pain');
    expect(issues).toEqual([]);
    expect(state.body).toBe('male');
    expect(state.sites).toEqual([{ region: 'calf', side: 'left' }]);
  });

  it('shows the male body for an unknown body, with a plain issue, and restores the rest', () => {
    const { state, issues } = decodeShareLink('#v=1&s=calf:left&body=robot&w=plain');
    expect(state.body).toBe('male');
    expect(state.sites).toEqual([{ region: 'calf', side: 'left' }]);
    expect(issues).toEqual(['The body “robot” is not known; the male body is shown.']);
  });

  it('round-trips every region on every side', () => {
    for (const id of REGION_IDS) {
      for (const site of regionSites(id)) {
        const state = { ...full, sites: [site] };
        expect(decodeShareLink(encodeShareLink(state)).state.sites).toEqual([site]);
      }
    }
  });

  it('round-trips every finding', () => {
    const findings = FINDING_IDS.map((id) => ({ id }));
    expect(decodeShareLink(encodeShareLink({ ...full, findings })).state.findings).toEqual(findings);
  });

  it('restores an empty state from an empty hash, without a notice', () => {
    expect(decodeShareLink('')).toEqual({ state: {}, issues: [] });
    expect(decodeShareLink('#')).toEqual({ state: {}, issues: [] });
  });

  it('leaves out unknown ids and bad sides, keeping the rest, with a notice for each', () => {
    const { state, issues } = decodeShareLink(
      '#v=1&s=outer_elbow:right,nowhere:left,temple,calf:up&f=knees_cave_in,dance&w=klingon&view=top&tab=x&m=biceps_femur',
    );
    expect(state.sites).toEqual([{ region: 'outer_elbow', side: 'right' }]);
    expect(state.findings).toEqual([{ id: 'knees_cave_in' }]);
    expect(state.vocabulary).toBeUndefined();
    expect(state.view).toBeUndefined();
    expect(state.focus).toBeUndefined();
    expect(issues.join(' ')).toMatch(/nowhere/);
    expect(issues.join(' ')).toMatch(/temple/);
    expect(issues.join(' ')).toMatch(/calf/);
    expect(issues.join(' ')).toMatch(/dance/);
    expect(issues.join(' ')).toMatch(/klingon/);
    expect(issues.length).toBeGreaterThanOrEqual(8);
  });

  it('reads a link from another version as well as it can', () => {
    const { state, issues } = decodeShareLink('#v=7&s=calf:left&extra=1');
    expect(state.sites).toEqual([{ region: 'calf', side: 'left' }]);
    expect(issues.some((i) => /another version/.test(i))).toBe(true);
    expect(issues.some((i) => /extra/.test(i))).toBe(true);
  });

  it('drops duplicate sites and findings', () => {
    const { state } = decodeShareLink('#v=1&s=calf:left,calf:left,calf:right&f=flat_feet,flat_feet');
    expect(state.sites).toHaveLength(2);
    expect(state.findings).toHaveLength(1);
  });

  it('ignores the side of a midline region and keeps a midline muscle midline', () => {
    const { state } = decodeShareLink('#v=1&s=forehead:left&m=diaphragm:right');
    expect(state.sites).toEqual([{ region: 'forehead', side: 'midline' }]);
    expect(state.focus).toEqual({ id: 'diaphragm', side: 'midline' });
  });

  it('never throws, whatever the hash', () => {
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyz_=&,:%#0123456789 ?;/\\\u00e9\u{1F600}';
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(rnd() * 80);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(() => decodeShareLink(s)).not.toThrow();
    }
    expect(() => decodeShareLink('#%E0%A4%A')).not.toThrow();
    expect(() => decodeShareLink(`#s=${'x'.repeat(100000)}`)).not.toThrow();
  });
});

describe('share link: inflamed marks, never health data', () => {
  it('round-trips inflamed marks on paired and midline sites', () => {
    const state: SharedState = {
      ...full,
      sites: [
        { region: 'calf', side: 'right', inflamed: true },
        { region: 'forehead', side: 'midline', inflamed: true },
        { region: 'outer_elbow', side: 'left' },
      ],
    };
    const hash = encodeShareLink(state);
    expect(hash).toContain('s=calf:right:inflamed,forehead:inflamed,outer_elbow:left');
    const { state: back, issues } = decodeShareLink(hash);
    expect(issues).toEqual([]);
    expect(back.sites).toEqual(state.sites);
  });

  it('never writes pain scores, notes, the goal or the intake', () => {
    const store = createExplorerStore();
    const s = store.getState();
    s.addSite({ region: 'calf', side: 'right' });
    s.toggleInflamed('calf|right');
    s.setPain('calf|right', 8);
    s.setNotes('private notes');
    s.setGoal('private goal');
    s.setIntake('pregnancy', true);
    const hash = encodeShareLink(sharedPart(store.getState()));
    expect(hash).toContain('calf:right:inflamed');
    expect(hash).not.toMatch(/8|private|pregnancy|pain=/);
  });
});

describe('share link: very long lists', () => {
  it('keeps the first 100 distinct sites and says in one sentence how many more were left out', () => {
    const many = Array.from({ length: 400 }, () => 'outer_elbow:right').join(',');
    const { state, issues } = decodeShareLink(`#v=1&s=${many}`);
    expect(state.sites).toEqual([{ region: 'outer_elbow', side: 'right' }]);
    expect(issues).toEqual([]);
    const all = REGION_IDS.flatMap((id) => (getRegion(id).bilateral ? [`${id}:left`, `${id}:right`] : [id]));
    expect(all.length).toBeGreaterThan(100);
    const long = decodeShareLink(`#v=1&s=${all.join(',')}`);
    expect(long.state.sites).toHaveLength(100);
    expect(long.issues).toEqual([`${all.length - 100} pain sites beyond the first 100 were left out.`]);
  });
});
