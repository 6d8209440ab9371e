import { describe, expect, it } from 'vitest';
import { runExplainCli } from '../../src/cli/explainCli';
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
});
