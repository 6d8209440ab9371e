import { describe, expect, it } from 'vitest';
import { runExplainCli } from '../../src/cli/explainCli';
import { REGION_CAUTIONS } from '../../src/domain/data/regionCautions';
import { CONDITION_IDS } from '../../src/domain/ids';

const json = (args: string[]) => {
  const r = runExplainCli([...args, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

describe('explain CLI', () => {
  it('lists the catalogues', () => {
    expect(json(['--list', 'muscles']).length).toBeGreaterThanOrEqual(80);
    expect(json(['--list', 'regions']).length).toBeGreaterThanOrEqual(35);
    const conditions = json(['--list', 'conditions']).map((c: { id: string }) => c.id);
    for (const id of CONDITION_IDS) expect(conditions).toContain(id);
    expect(json(['--list', 'findings']).map((f: { id: string }) => f.id)).toContain('knees_cave_in');
  });

  it('explains a region with the JSON contract of design §4', () => {
    const e = json(['--region', 'outer_elbow', '--side', 'right']);
    expect(e.regions).toEqual([
      expect.objectContaining({ id: 'outer_elbow', side: 'right', name: 'Outside of right elbow' }),
    ]);
    expect(e.primary[0]).toEqual(
      expect.objectContaining({
        id: 'extensor_carpi_radialis_brevis',
        name: 'Extensor carpi radialis brevis',
        side: 'right',
        reason: 'local',
      }),
    );
    for (const c of e.compensating)
      expect(c).toEqual(
        expect.objectContaining({ via: expect.any(String), relation: expect.any(String), why: expect.any(String) }),
      );
    expect(e.conditions[0]).toEqual(expect.objectContaining({ id: 'tennis_elbow', why: expect.any(String) }));
    expect(e.cautions.length).toBeGreaterThan(0);
  });

  it('resolves a point to a region and side', () => {
    const e = json(['--at', '-0.265,1.10,-0.04']);
    expect(e.regions[0]).toEqual(expect.objectContaining({ id: 'outer_elbow', side: 'right' }));
  });

  it('explains several sites and findings, and writes readable text without --json', () => {
    const e = json([
      '--region',
      'temple',
      '--side',
      'left',
      '--region',
      'back_of_neck',
      '--side',
      'left',
      '--finding',
      'forward_head',
    ]);
    expect(e.regions).toHaveLength(2);
    expect(e.findings.overactive.length).toBeGreaterThan(0);
    const text = runExplainCli(['--region', 'outer_elbow', '--side', 'right']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Primary muscles/);
    expect(text.stdout).toMatch(/Extensor carpi radialis brevis \(right\)/);
    const f = runExplainCli(['--finding', 'knees_cave_in:left']);
    expect(f.stdout).toMatch(/Tensor fasciae latae \(left\)/);
  });

  it.each([
    [['--region', 'moon'], /unknown region/],
    [['--region', 'calf'], /add --side/],
    [['--region', 'calf', '--side', 'up'], /--side must be left or right/],
    [['--side', 'left'], /must follow a --region/],
    [['--at', '1,2'], /X,Y,Z/],
    [['--at', 'a,b,c'], /three numbers/],
    [['--at', '0.9,1.0,0.9'], /far outside|from the body surface/],
    [['--finding', 'slouch'], /unknown finding/],
    [['--list', 'bones'], /--list takes one of/],
    [['--list', 'intak'], /did you mean "intake"/],
    [['--region', 'OUTER_ELBOW', '--side', 'left'], /did you mean "outer_elbow"/],
    [['--region', 'outer-elbow', '--side', 'left'], /did you mean "outer_elbow"/],
    [['--region', 'outer_elbo', '--side', 'left'], /did you mean "outer_elbow"/],
    [['--finding', 'knees-cave-in'], /did you mean "knees_cave_in"/],
    [['--intake', 'blood_thinner'], /did you mean "blood_thinners"/],
    [['--region', 'breastbone', '--side', 'left'], /midline: --side does not apply/],
    [['--list', 'regions', '--region', 'calf', '--side', 'left'], /--list cannot be combined with --region/],
    [
      ['--region', 'calf', '--side', 'left', '--side', 'right'],
      /--side given twice.*left, then right.*--region calf --side right/,
    ],
    [['--body', 'alien', '--region', 'sacrum'], /--body takes male or female/],
    [['--body', 'bogus', '--at', '0.236,1.021,-0.037'], /--body takes male or female, got "bogus"/],
    [['--body', 'female', '--at', '0.9,1.0,0.9'], /far outside|from the body surface/],
    [['--region'], /--region needs a value/],
    [['--region', 'calf', '--side'], /--side needs a value/],
    [['--region', 'sacrum', 'extra'], /unexpected argument "extra"/],
    [['--inflamed'], /--inflamed must follow a --region/],
    [['--json=yes', '--region', 'sacrum'], /--json takes no value/],
    [['--bogus'], /unknown option/],
    [[], /nothing to explain/],
  ])('rejects %j with one clear line and exit code 2', (args, message) => {
    const r = runExplainCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('escapes control characters and cuts long input in error lines', () => {
    const esc = runExplainCli(['--region', 'a\u001b[31mb']);
    expect(esc.code).toBe(2);
    expect(esc.stderr).not.toContain('\u001b');
    expect(esc.stderr).toContain('a\\x1b[31mb');
    const long = runExplainCli(['--region', 'x'.repeat(10_000)]);
    expect(long.code).toBe(2);
    expect(long.stderr.length).toBeLessThan(200);
    expect(long.stderr).toContain('…');
    const longOpt = runExplainCli([`--${'y'.repeat(10_000)}`]);
    expect(longOpt.code).toBe(2);
    expect(longOpt.stderr.length).toBeLessThan(200);
  });
});

describe('explain CLI: safety, intake, inflamed sites, plan, body', () => {
  const heart = [
    '--region',
    'chest',
    '--side',
    'left',
    '--region',
    'inner_elbow',
    '--side',
    'left',
    '--region',
    'jaw',
    '--side',
    'left',
  ];

  it('puts the heart emergency first in JSON and text', () => {
    const e = json(heart);
    expect(e.safety[0]).toEqual(
      expect.objectContaining({
        id: 'cardiac_pattern',
        urgency: 'emergency',
        sites: ['chest.left', 'inner_elbow.left', 'jaw.left'],
      }),
    );
    expect(e.cautions[0]).toMatch(/^Emergency: /);
    const text = runExplainCli(heart).stdout;
    const firstSafety = text.indexOf('[EMERGENCY]');
    expect(firstSafety).toBeGreaterThan(0);
    expect(firstSafety).toBeLessThan(text.indexOf('Primary muscles'));
    expect(text).toMatch(/Plan \(only once the safety points above are cleared\)/);
  });

  it('gives every compensating muscle a state and an evidence level, and shows the two groups in text', () => {
    const e = json(['--region', 'temple', '--side', 'left']);
    for (const c of e.compensating) {
      expect(['overworking', 'inhibited']).toContain(c.state);
      expect(['table', 'textbook', 'reasoned']).toContain(c.evidence);
    }
    const text = runExplainCli(['--region', 'temple', '--side', 'left']).stdout;
    expect(text).toMatch(/working harder \(release\)/);
    expect(text).toMatch(/switched off \(activate, don't massage\)/);
  });

  it('has a plan; --inflamed fills plan.avoid and no muscle is both avoided and released', () => {
    const plain = json(['--region', 'calf', '--side', 'right']);
    expect(plain.plan.avoid).toEqual([]);
    expect(plain.plan.maintenance.reassessAfterSessions).toBe(3);
    const e = json(['--region', 'calf', '--side', 'right', '--inflamed']);
    expect(e.regions[0]).toEqual(expect.objectContaining({ id: 'calf', side: 'right', inflamed: true }));
    expect(e.plan.avoid.map((m: { id: string }) => m.id)).toContain('gastrocnemius_medial_head');
    const avoided = new Set(e.plan.avoid.map((m: { id: string; side: string }) => `${m.id}|${m.side}`));
    for (const m of e.plan.release) expect(avoided.has(`${m.id}|${m.side}`)).toBe(false);
    expect(e.cautions.join(' ')).toMatch(/marked inflamed/);
  });

  it('--inflamed belongs to the site before it, also after --side', () => {
    const e = json(['--region', 'calf', '--side', 'right', '--inflamed', '--region', 'shin', '--side', 'right']);
    expect(e.regions.map((r: { inflamed: boolean }) => r.inflamed)).toEqual([true, false]);
  });

  it('adds intake cautions and alerts; intake alone answers with its alerts', () => {
    const e = json([
      '--region',
      'low_back',
      '--side',
      'left',
      '--intake',
      'fever_unwell',
      '--intake',
      'blood_thinners',
    ]);
    expect(e.safety.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['spinal_infection', 'fever_no_massage']),
    );
    expect(e.cautions.join(' ')).toMatch(/bruising/);
    const only = json(['--intake', 'saddle_numbness']);
    expect(only.safety[0]).toEqual(
      expect.objectContaining({ id: 'cauda_equina_symptoms', urgency: 'emergency', sites: [] }),
    );
  });

  it('a findings-only question returns findings, overactive, underactive, plan and safety', () => {
    const f = json(['--finding', 'asymmetric_weight_shift:right']);
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['findings', 'overactive', 'underactive', 'plan', 'safety']));
    expect(f.findings[0].kind).toBe('overhead_squat');
    const glute = (list: { id: string; side: string }[]) =>
      list.filter((m) => m.id === 'gluteus_medius').map((m) => m.side);
    expect(glute(f.overactive)).toEqual(['left']);
    expect(glute(f.underactive)).toEqual(['right']);
  });

  it('lists the intake questions, and findings with their kind', () => {
    const intake = json(['--list', 'intake']);
    expect(intake.map((q: { id: string }) => q.id)).toEqual(
      expect.arrayContaining(['blood_thinners', 'pregnancy', 'osteoporosis']),
    );
    const kinds = new Set(json(['--list', 'findings']).map((f: { kind: string }) => f.kind));
    expect([...kinds].sort()).toEqual(['gait', 'overhead_squat', 'posture']);
  });

  it('accepts --body male with --at, and --body female without --at', () => {
    expect(json(['--body', 'male', '--at', '-0.265,1.10,-0.04']).regions[0].id).toBe('outer_elbow');
    expect(json(['--body', 'female', '--region', 'sacrum']).regions[0].id).toBe('sacrum');
  });

  it('resolves --at on the body given: the female outer elbow is lower and nearer the midline', () => {
    // The female body's outer right elbow (the male point moved through her warp): on her
    // body it is the outer elbow; on the default (male) body the same point is the forearm.
    const at = ['--at', '-0.236,1.021,-0.037'];
    expect(json(['--body', 'female', ...at]).regions[0]).toEqual(
      expect.objectContaining({ id: 'outer_elbow', side: 'right' }),
    );
    expect(json(at).regions[0].id).not.toBe('outer_elbow');
    expect(json(['--body', 'male', ...at]).regions[0].id).not.toBe('outer_elbow');
  });
});

describe('explain CLI: every region answers', () => {
  it('gives at least one condition and its own caution for every region in --list regions', () => {
    const regions: { id: string; paired: boolean }[] = json(['--list', 'regions']);
    expect(regions.length).toBeGreaterThanOrEqual(59);
    for (const r of regions) {
      const args = r.paired ? ['--region', r.id, '--side', 'left'] : ['--region', r.id];
      const e = json(args);
      expect(e.conditions.length, r.id).toBeGreaterThanOrEqual(1);
      const own = REGION_CAUTIONS.find((c) => c.region === r.id);
      expect(own, r.id).toBeTruthy();
      expect(e.cautions, r.id).toContain(own?.clientText);
    }
  });
});
