/**
 * Argument parsing and output formatting of the explain CLI, as a pure function so it is tested
 * without spawning processes. The contract is fixed in the design notes (§4).
 */
import {
  type Explanation,
  explain,
  explainFindings,
  type FindingSelection,
  type FindingsExplanation,
  type PainSite,
} from '../domain/explain';
import { CONDITIONS, FINDINGS, getMuscle, isFindingId, isRegionId, MUSCLES, REGIONS } from '../domain/knowledgeBase';
import { regionAt } from '../domain/regionAt';
import type { Side, Vec3 } from '../domain/types';

/** What the CLI prints and its exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 2;
}

class UsageError extends Error {}

const LISTS = ['regions', 'muscles', 'conditions', 'findings'] as const;
type ListName = (typeof LISTS)[number];

export const USAGE = `Usage: npm run --silent explain -- [options]
  --region ID [--side left|right]   a pain region (repeatable)
  --at X,Y,Z                        a point in the model frame (metres), resolved to a region and side
  --finding ID[:left|right]         a posture or movement finding (repeatable)
  --list regions|muscles|conditions|findings
  --json                            machine output
  --help                            this text`;

interface Parsed {
  sites: PainSite[];
  findings: FindingSelection[];
  list?: ListName;
  json: boolean;
  help: boolean;
  resolved: { at: Vec3; region: string; side: Side; distance: number }[];
}

function parseNumberTriple(raw: string): Vec3 {
  const parts = raw.split(',');
  if (parts.length !== 3) throw new UsageError(`--at expects X,Y,Z in metres (e.g. 0.26,1.10,-0.04), got "${raw}"`);
  const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (nums.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`--at expects three numbers X,Y,Z in metres, got "${raw}"`);
  }
  const [x, y, z] = nums as [number, number, number];
  if (Math.abs(x) > 1 || y < -0.2 || y > 2 || Math.abs(z) > 1) {
    throw new UsageError(`--at ${raw} is far outside the body (stature 1.75 m, floor at y = 0)`);
  }
  return [x, y, z];
}

function parse(argv: readonly string[]): Parsed {
  const out: Parsed = { sites: [], findings: [], json: false, help: false, resolved: [] };
  const need = (i: number, opt: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${opt} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    switch (arg) {
      case '--region': {
        const id = need(i, arg);
        if (!isRegionId(id)) throw new UsageError(`unknown region "${id}" (see --list regions)`);
        out.sites.push({ region: id });
        i++;
        break;
      }
      case '--side': {
        const side = need(i, arg);
        if (side !== 'left' && side !== 'right') throw new UsageError(`--side must be left or right, got "${side}"`);
        const last = out.sites[out.sites.length - 1];
        if (!last || last.side !== undefined) throw new UsageError('--side must follow a --region');
        out.sites[out.sites.length - 1] = { ...last, side };
        i++;
        break;
      }
      case '--at': {
        const p = parseNumberTriple(need(i, arg));
        const hit = regionAt(p);
        if (hit.distanceToSkin > 0.1) {
          throw new UsageError(
            `--at ${argv[i + 1]} is ${(hit.distanceToSkin * 100).toFixed(0)} cm from the body surface`,
          );
        }
        out.sites.push({ region: hit.regionId, side: hit.side });
        out.resolved.push({ at: p, region: hit.regionId, side: hit.side, distance: hit.distanceToSkin });
        i++;
        break;
      }
      case '--finding': {
        const raw = need(i, arg);
        const [id, side, extra] = raw.split(':');
        if (extra !== undefined || !id || !isFindingId(id))
          throw new UsageError(`unknown finding "${raw}" (see --list findings)`);
        if (side !== undefined && side !== 'left' && side !== 'right') {
          throw new UsageError(`finding side must be left or right, got "${side}"`);
        }
        out.findings.push(side ? { id, side } : { id });
        i++;
        break;
      }
      case '--list': {
        const what = need(i, arg);
        if (!(LISTS as readonly string[]).includes(what)) {
          throw new UsageError(`--list takes one of ${LISTS.join(', ')}, got "${what}"`);
        }
        out.list = what as ListName;
        i++;
        break;
      }
      case '--json':
        out.json = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${arg}" (see --help)`);
    }
  }
  // A paired region without --side defaults to... nothing: ask for it.
  for (const s of out.sites) {
    const r = REGIONS.find((x) => x.id === s.region);
    if (r?.bilateral && s.side === undefined) {
      throw new UsageError(`region "${s.region}" is on both sides of the body: add --side left or --side right`);
    }
  }
  return out;
}

function listCatalogue(name: ListName, json: boolean): string {
  const rows: Record<string, unknown>[] =
    name === 'regions'
      ? REGIONS.map((r) => ({
          id: r.id,
          name: r.plainName,
          medicalName: r.medicalName,
          group: r.group,
          paired: r.bilateral,
        }))
      : name === 'muscles'
        ? MUSCLES.map((m) => ({
            id: m.id,
            name: m.name,
            plainName: m.plainName,
            group: m.group,
            area: m.area,
            layer: m.layer,
            paired: m.bilateral,
          }))
        : name === 'conditions'
          ? CONDITIONS.map((c) => ({ id: c.id, name: c.name, plainName: c.plainName, inflammatory: c.inflammatory }))
          : FINDINGS.map((f) => ({ id: f.id, name: f.name, plainName: f.plainName, kind: f.kind }));
  if (json) return JSON.stringify(rows, null, 2);
  const width = Math.max(...rows.map((r) => String(r.id).length));
  return rows.map((r) => `${String(r.id).padEnd(width)}  ${r.name}`).join('\n');
}

function sideTag(side: string): string {
  return side === 'midline' ? '' : side === 'both' ? ' (both sides)' : ` (${side})`;
}

function formatFindings(f: FindingsExplanation): string[] {
  const lines = [`Findings: ${f.findings.map((x) => x.name + (x.side ? ` (${x.side})` : '')).join('; ')}`];
  lines.push('', 'Likely overactive / short:');
  f.overactive.forEach(
    (m, i) => void lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)}  [${m.findings.join(', ')}]`),
  );
  lines.push('', 'Likely underactive / lengthened:');
  f.underactive.forEach(
    (m, i) => void lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)}  [${m.findings.join(', ')}]`),
  );
  return lines;
}

function formatText(e: Explanation, resolved: Parsed['resolved']): string {
  const lines: string[] = [];
  for (const r of resolved) {
    lines.push(`Point ${r.at.join(',')} → ${r.region}${r.side === 'midline' ? '' : ` (${r.side})`}`);
  }
  if (e.regions.length) {
    lines.push(`Pain at: ${e.regions.map((r) => `${r.name} [${r.medicalName}]`).join('; ')}`);
    lines.push('', 'Primary muscles (most likely first):');
    e.primary.forEach((m, i) => void lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)} — ${m.reason}: ${m.why}`));
    lines.push('', 'Compensating muscles:');
    if (e.compensating.length === 0) lines.push('  (none)');
    e.compensating.forEach(
      (m, i) =>
        void lines.push(
          `  ${i + 1}. ${m.name}${sideTag(m.side)} — for ${getMuscle(m.via).name.toLowerCase()}${sideTag(m.viaSide)}, ${m.relation.replace(/_/g, ' ')}: ${m.why}`,
        ),
    );
    lines.push('', 'Related conditions:');
    if (e.conditions.length === 0) lines.push('  (none)');
    e.conditions.forEach(
      (c, i) => void lines.push(`  ${i + 1}. ${c.name}${c.inflammatory ? ' [inflammatory]' : ''} — ${c.why}`),
    );
  }
  if (e.findings) {
    if (lines.length) lines.push('');
    lines.push(...formatFindings(e.findings));
  }
  lines.push('', 'Cautions:');
  for (const c of e.cautions) lines.push(`  - ${c}`);
  return lines.join('\n');
}

/** Run the CLI on an argument list; never throws. */
export function runExplainCli(argv: readonly string[]): CliResult {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `could not read the arguments: ${String(err)}`;
    return { stdout: '', stderr: `explain: ${message}`, code: 2 };
  }
  try {
    if (parsed.help) return { stdout: USAGE, stderr: '', code: 0 };
    if (parsed.list) return { stdout: listCatalogue(parsed.list, parsed.json), stderr: '', code: 0 };
    if (parsed.sites.length === 0 && parsed.findings.length === 0) {
      return {
        stdout: '',
        stderr: 'explain: nothing to explain: give --region, --at or --finding (see --help)',
        code: 2,
      };
    }
    if (parsed.sites.length === 0) {
      const f = explainFindings(parsed.findings);
      return { stdout: parsed.json ? JSON.stringify(f, null, 2) : formatFindings(f).join('\n'), stderr: '', code: 0 };
    }
    const e = explain({ sites: parsed.sites, findings: parsed.findings });
    if (parsed.json) {
      const withPoints = parsed.resolved.length ? { ...e, resolvedPoints: parsed.resolved } : e;
      return { stdout: JSON.stringify(withPoints, null, 2), stderr: '', code: 0 };
    }
    return { stdout: formatText(e, parsed.resolved), stderr: '', code: 0 };
  } catch (err) {
    return {
      stdout: '',
      stderr: `explain: internal error: ${err instanceof Error ? err.message : String(err)}`,
      code: 2,
    };
  }
}
