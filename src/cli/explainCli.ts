/**
 * Argument parsing and output formatting of the explain CLI, as a pure function so it is tested
 * without spawning processes. The contract is fixed in the design notes (§4). Arguments are read
 * with node:util `parseArgs` (its tokens keep the order, so `--side` and `--inflamed` belong to
 * the `--region` before them).
 */
import { parseArgs } from 'node:util';
import { BODY_IDS, type BodyId, DEFAULT_BODY, isBodyId } from '../domain/body/bodyId';
import {
  type Explanation,
  explain,
  explainFindings,
  type FindingSelection,
  type FindingsExplanation,
  type PainSite,
  type SafetyAlert,
  siteOf,
  type TreatmentPlan,
} from '../domain/explain';
import { FINDING_IDS, INTAKE_IDS, type IntakeId, isMidlineRegion, REGION_IDS, type RegionId } from '../domain/ids';
import { INTAKE_QUESTIONS, isIntakeId } from '../domain/intake';
import { CONDITIONS, FINDINGS, getMuscle, isFindingId, isRegionId, MUSCLES, REGIONS } from '../domain/knowledgeBase';
import { regionAt } from '../domain/regionAt';
import type { PairedSide, Side, Vec3 } from '../domain/types';

/** What the CLI prints and its exit code. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 2;
}

class UsageError extends Error {}

const LISTS = ['regions', 'muscles', 'conditions', 'findings', 'intake'] as const;
type ListName = (typeof LISTS)[number];

export const USAGE = `Usage: npm run --silent explain -- [options]
  --region ID [--side left|right] [--inflamed]
                                    a pain region (repeatable); --inflamed marks that site acute/swollen
  --at X,Y,Z                        a point in the model frame (metres), resolved to a region and side
  --finding ID[:left|right]         a posture, squat or gait finding (repeatable)
  --intake ID                       a health-intake answer that is "yes" (repeatable; see --list intake)
  --body male|female                the body --at is resolved on (default male)
  --list regions|muscles|conditions|findings|intake
  --json                            machine output
  --help                            this text`;

/** Longest piece of user input echoed in an error line. */
const MAX_ECHO = 60;

/**
 * User input as it may appear in an error line: control characters escaped (so an ESC byte
 * cannot drive the terminal) and long input cut.
 */
export function echo(raw: string): string {
  const cut = raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point
  return cut.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The id a mistyped id most likely meant (case, dashes and spaces forgiven; then the nearest spelling). */
export function didYouMean(raw: string, ids: readonly string[]): string | undefined {
  const norm = raw
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');
  if (ids.includes(norm)) return norm;
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const id of ids) {
    const d = levenshtein(norm, id);
    if (d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(norm.length / 4)) ? best : undefined;
}

function unknown(kind: string, raw: string, ids: readonly string[], list: string): UsageError {
  const guess = didYouMean(raw, ids);
  return new UsageError(
    `unknown ${kind} "${echo(raw)}"${guess ? ` — did you mean "${guess}"?` : ''} (see --list ${list})`,
  );
}

interface Parsed {
  sites: PainSite[];
  findings: FindingSelection[];
  intake: IntakeId[];
  body: BodyId;
  list?: ListName;
  json: boolean;
  help: boolean;
  resolved: { at: Vec3; region: string; side: Side; distance: number }[];
}

function parseNumberTriple(raw: string): Vec3 {
  const parts = raw.split(',');
  if (parts.length !== 3) {
    throw new UsageError(`--at expects X,Y,Z in metres (e.g. 0.26,1.10,-0.04), got "${echo(raw)}"`);
  }
  const nums = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (nums.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`--at expects three numbers X,Y,Z in metres, got "${echo(raw)}"`);
  }
  const [x, y, z] = nums as [number, number, number];
  if (Math.abs(x) > 1 || y < -0.2 || y > 2 || Math.abs(z) > 1) {
    throw new UsageError(`--at ${echo(raw)} is far outside the body (stature 1.75 m, floor at y = 0)`);
  }
  return [x, y, z];
}

const OPTIONS = {
  region: { type: 'string', multiple: true },
  side: { type: 'string', multiple: true },
  inflamed: { type: 'boolean', multiple: true },
  at: { type: 'string', multiple: true },
  finding: { type: 'string', multiple: true },
  intake: { type: 'string', multiple: true },
  body: { type: 'string', multiple: true },
  list: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** parseArgs' own errors, said in one plain line. */
function parseArgsError(err: unknown): UsageError {
  const e = err as { code?: string; message?: string };
  const message = String(e.message ?? err);
  const opt = /'(-{1,2}[^'\s<]+)/.exec(message)?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option "${echo(opt || message)}" (see --help)`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(message)) return new UsageError(`${opt} needs a value`);
      return new UsageError(`${opt} takes no value`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(
        `unexpected argument "${echo(/'([^']*)'/.exec(message)?.[1] ?? message)}": every value follows its option (see --help)`,
      );
    default:
      return new UsageError(`could not read the arguments: ${echo(message)}`);
  }
}

/**
 * `--at -0.26,1.1,0` has a value starting with "-", which parseArgs would read as an option:
 * join such negative-number values to their option (`--at=-0.26,1.1,0`).
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if (arg === '--at' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: readonly string[]): Parsed {
  let tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>;
  try {
    ({ tokens } = parseArgs({
      args: joinNegativeValues(argv),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
      tokens: true,
    }));
  } catch (err) {
    throw parseArgsError(err);
  }
  const out: Parsed = {
    sites: [],
    findings: [],
    intake: [],
    body: DEFAULT_BODY,
    json: false,
    help: false,
    resolved: [],
  };
  /** The sites as given: a region (or a point for --at) with its side and mark, made into sites at the end. */
  const given: { region: RegionId; side?: PairedSide; inflamed: boolean; at?: string }[] = [];
  /** The --region (or --at) the next --side/--inflamed belongs to. */
  let current: (typeof given)[number] | undefined;
  let bodyGiven: string | undefined;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const value = t.value ?? '';
    switch (t.name) {
      case 'region': {
        if (!isRegionId(value)) throw unknown('region', value, REGION_IDS, 'regions');
        current = { region: value, inflamed: false };
        given.push(current);
        break;
      }
      case 'at': {
        // Resolved once the body is known (after all options are read).
        current = { region: 'vertex', inflamed: false, at: value };
        given.push(current);
        break;
      }
      case 'side': {
        if (value !== 'left' && value !== 'right') {
          throw new UsageError(`--side must be left or right, got "${echo(value)}"`);
        }
        if (!current) throw new UsageError('--side must follow a --region');
        if (current.at !== undefined)
          throw new UsageError('--side cannot follow --at: the point itself gives the side');
        const site = current;
        if (current.side !== undefined) {
          throw new UsageError(
            `--side given twice for --region ${site.region} (${current.side}, then ${value}): a site has one side; for both sides give the region twice, e.g. --region ${site.region} --side left --region ${site.region} --side right`,
          );
        }
        if (isMidlineRegion(site.region)) {
          throw new UsageError(`region "${site.region}" lies on the midline: --side does not apply to it`);
        }
        current.side = value;
        break;
      }
      case 'inflamed': {
        if (!current) throw new UsageError('--inflamed must follow a --region or --at');
        current.inflamed = true;
        break;
      }
      case 'finding': {
        const [id = '', side, extra] = value.split(':');
        if (extra !== undefined) throw new UsageError(`--finding takes ID or ID:left|right, got "${echo(value)}"`);
        if (!isFindingId(id)) throw unknown('finding', id, FINDING_IDS, 'findings');
        if (side !== undefined && side !== 'left' && side !== 'right') {
          throw new UsageError(`finding side must be left or right, got "${echo(side)}"`);
        }
        out.findings.push(side ? { id, side } : { id });
        break;
      }
      case 'intake': {
        if (!isIntakeId(value)) throw unknown('intake answer', value, INTAKE_IDS, 'intake');
        if (!out.intake.includes(value)) out.intake.push(value);
        break;
      }
      case 'body': {
        if (!isBodyId(value)) {
          throw new UsageError(`--body takes ${BODY_IDS.join(' or ')}, got "${echo(value)}"`);
        }
        if (bodyGiven !== undefined && bodyGiven !== value) {
          throw new UsageError(`--body given twice (${bodyGiven}, then ${value}): choose one`);
        }
        bodyGiven = value;
        out.body = value;
        break;
      }
      case 'list': {
        if (!(LISTS as readonly string[]).includes(value)) {
          const guess = didYouMean(value, LISTS);
          throw new UsageError(
            `--list takes one of ${LISTS.join(', ')}, got "${echo(value)}"${guess ? ` — did you mean "${guess}"?` : ''}`,
          );
        }
        if (out.list !== undefined && out.list !== value) throw new UsageError('--list takes one catalogue at a time');
        out.list = value as ListName;
        break;
      }
      case 'json':
        out.json = true;
        break;
      case 'help':
        out.help = true;
        break;
    }
  }
  if (out.list !== undefined) {
    const other = given.length
      ? given.some((g) => g.at !== undefined)
        ? '--at'
        : '--region'
      : out.findings.length
        ? '--finding'
        : out.intake.length
          ? '--intake'
          : undefined;
    if (other) throw new UsageError(`--list cannot be combined with ${other}: list a catalogue, or explain sites`);
  }
  for (const g of given) {
    let side: Side | undefined = g.side;
    let region = g.region;
    if (g.at !== undefined) {
      const p = parseNumberTriple(g.at);
      const hit = regionAt(p, out.body);
      if (hit.distanceToSkin > 0.1) {
        throw new UsageError(`--at ${echo(g.at)} is ${(hit.distanceToSkin * 100).toFixed(0)} cm from the body surface`);
      }
      region = hit.regionId;
      side = hit.side;
      out.resolved.push({ at: p, region: hit.regionId, side: hit.side, distance: hit.distanceToSkin });
    }
    const site = siteOf(region, side, g.inflamed);
    // A paired region without --side: ask for it rather than guess.
    if (!site) throw new UsageError(`region "${region}" is on both sides of the body: add --side left or --side right`);
    out.sites.push(site);
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
          : name === 'findings'
            ? FINDINGS.map((f) => ({ id: f.id, name: f.name, plainName: f.plainName, kind: f.kind }))
            : INTAKE_QUESTIONS.map((q) => ({
                id: q.id,
                name: q.question,
                medical: q.medical,
                ...(q.urgency ? { urgency: q.urgency } : {}),
              }));
  if (json) return JSON.stringify(rows, null, 2);
  const width = Math.max(...rows.map((r) => String(r.id).length));
  return rows
    .map((r) => `${String(r.id).padEnd(width)}  ${r.name}${name === 'findings' ? `  [${r.kind}]` : ''}`)
    .join('\n');
}

function sideTag(side: string): string {
  return side === 'midline' ? '' : side === 'both' ? ' (both sides)' : ` (${side})`;
}

const URGENCY_TAG = { emergency: 'EMERGENCY', urgent: 'SAME DAY', soon: 'SOON' } as const;

function formatSafety(safety: readonly SafetyAlert[]): string[] {
  if (safety.length === 0) return [];
  const lines = ['SAFETY — check these first:'];
  for (const a of safety) {
    lines.push(`  [${URGENCY_TAG[a.urgency]}] ${a.text}${a.sites.length ? `  (${a.sites.join(', ')})` : ''}`);
  }
  lines.push('');
  return lines;
}

function formatFindings(f: Pick<FindingsExplanation, 'findings' | 'overactive' | 'underactive'>): string[] {
  const lines = [
    `Findings: ${f.findings.map((x) => `${x.name}${x.side ? ` (${x.side})` : ''} [${x.kind}]`).join('; ')}`,
  ];
  const rel = (r?: string) => (r === 'opposite' ? ', opposite side' : r === 'same' ? ', same side' : '');
  lines.push('', 'Likely overactive / short:');
  f.overactive.forEach((m, i) => {
    lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)}  [${m.findings.join(', ')}${rel(m.sideRelation)}]`);
  });
  lines.push('', 'Likely underactive / lengthened:');
  f.underactive.forEach((m, i) => {
    lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)}  [${m.findings.join(', ')}${rel(m.sideRelation)}]`);
  });
  return lines;
}

function formatPlan(plan: TreatmentPlan, hold = false): string[] {
  const lines = [hold ? 'Plan (only once the safety points above are cleared):' : 'Plan:'];
  const group = (title: string, list: TreatmentPlan['release']) => {
    if (list.length === 0) return;
    lines.push(`  ${title}:`);
    for (const m of list) lines.push(`    - ${m.name}${sideTag(m.side)} — ${m.why}`);
  };
  group('No deep work (inflamed)', plan.avoid);
  group('Release', plan.release);
  group("Activate (exercise, don't massage)", plan.activate);
  if (plan.selfCare.length) {
    lines.push('  Self-care:');
    for (const s of plan.selfCare) lines.push(`    - [${s.kind}] ${s.text}`);
  }
  lines.push(`  Follow-up: ${plan.maintenance.text}`);
  return lines;
}

function formatText(e: Explanation, resolved: Parsed['resolved']): string {
  const lines: string[] = [];
  for (const r of resolved) {
    lines.push(`Point ${r.at.join(',')} → ${r.region}${r.side === 'midline' ? '' : ` (${r.side})`}`);
  }
  if (e.regions.length) {
    lines.push(
      `Pain at: ${e.regions.map((r) => `${r.name} [${r.medicalName}]${r.inflamed ? ' (inflamed)' : ''}`).join('; ')}`,
      '',
    );
  }
  lines.push(...formatSafety(e.safety));
  if (e.regions.length) {
    lines.push('Primary muscles (most likely first):');
    e.primary.forEach((m, i) => {
      lines.push(`  ${i + 1}. ${m.name}${sideTag(m.side)} — ${m.reason}: ${m.why}`);
    });
    const group = (title: string, state: 'overworking' | 'inhibited') => {
      const list = e.compensating.filter((m) => m.state === state);
      lines.push('', title);
      if (list.length === 0) lines.push('  (none)');
      list.forEach((m, i) => {
        lines.push(
          `  ${i + 1}. ${m.name}${sideTag(m.side)} — for ${getMuscle(m.via).name.toLowerCase()}${sideTag(m.viaSide)}, ${m.relation.replace(/_/g, ' ')} [${m.evidence}]: ${m.why}`,
        );
      });
    };
    group('Compensating, working harder (release):', 'overworking');
    group("Compensating, switched off (activate, don't massage):", 'inhibited');
    lines.push('', 'Related conditions:');
    if (e.conditions.length === 0) lines.push('  (none)');
    e.conditions.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${c.name}${c.inflammatory ? ' [inflammatory]' : ''} — ${c.why}`);
    });
  }
  if (e.findings) {
    lines.push('', ...formatFindings(e.findings));
  }
  if (e.regions.length || e.findings) {
    const hold = e.safety.some((a) => a.urgency !== 'soon');
    lines.push('', ...formatPlan(e.plan, hold));
  }
  lines.push('', 'Cautions:');
  for (const c of e.cautions) lines.push(`  - ${c}`);
  return lines.join('\n');
}

function formatFindingsOnly(f: FindingsExplanation): string {
  const hold = f.safety.some((a) => a.urgency !== 'soon');
  return [...formatSafety(f.safety), ...formatFindings(f), '', ...formatPlan(f.plan, hold)].join('\n');
}

/** Run the CLI on an argument list; never throws. */
export function runExplainCli(argv: readonly string[]): CliResult {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (err) {
    const message = err instanceof UsageError ? err.message : `could not read the arguments: ${echo(String(err))}`;
    return { stdout: '', stderr: `explain: ${message}`, code: 2 };
  }
  try {
    if (parsed.help) return { stdout: USAGE, stderr: '', code: 0 };
    if (parsed.list) return { stdout: listCatalogue(parsed.list, parsed.json), stderr: '', code: 0 };
    if (parsed.sites.length === 0 && parsed.findings.length === 0 && parsed.intake.length === 0) {
      return {
        stdout: '',
        stderr: 'explain: nothing to explain: give --region, --at, --finding or --intake (see --help)',
        code: 2,
      };
    }
    if (parsed.sites.length === 0 && parsed.findings.length > 0) {
      const f = explainFindings(parsed.findings, parsed.intake);
      return { stdout: parsed.json ? JSON.stringify(f, null, 2) : formatFindingsOnly(f), stderr: '', code: 0 };
    }
    const e = explain({ sites: parsed.sites, findings: parsed.findings, intake: parsed.intake });
    if (parsed.json) {
      const withPoints = parsed.resolved.length ? { ...e, resolvedPoints: parsed.resolved } : e;
      return { stdout: JSON.stringify(withPoints, null, 2), stderr: '', code: 0 };
    }
    return { stdout: formatText(e, parsed.resolved), stderr: '', code: 0 };
  } catch (err) {
    return {
      stdout: '',
      stderr: `explain: internal error: ${echo(err instanceof Error ? err.message : String(err))}`,
      code: 2,
    };
  }
}
