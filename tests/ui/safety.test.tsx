// @vitest-environment happy-dom
/**
 * Safety first, in a DOM: the alerts open the pain tab above everything else (emergency first,
 * announced, every one of them, worded per vocabulary), the condition card and the printed
 * report; the compensating muscles come in their two groups with evidence tags; the health
 * intake form stores its answers and its alerts show.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { explain } from '../../src/domain/explain';
import { INTAKE_IDS } from '../../src/domain/ids';
import { INTAKE_QUESTIONS } from '../../src/domain/intake';
import { INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { ConditionCard } from '../../src/ui/ConditionCard';
import { ExplanationView } from '../../src/ui/ExplanationView';
import { FindingsPanel } from '../../src/ui/FindingsPanel';
import { HealthIntake } from '../../src/ui/HealthIntake';
import { PainPanel } from '../../src/ui/PainPanel';
import { PlanPanel } from '../../src/ui/PlanPanel';
import { PrintReport } from '../../src/ui/PrintReport';

const fresh = { ...INITIAL_STATE, sites: [], findings: [], pain: {}, goal: '', intake: [], snapshot: null };
const CHEST = [
  { region: 'chest', side: 'left' },
  { region: 'inner_elbow', side: 'left' },
  { region: 'jaw', side: 'left' },
] as const;

beforeEach(() => {
  useExplorer.setState(fresh);
});

afterEach(() => {
  cleanup();
  useExplorer.setState(fresh);
});

/** Whether node `a` comes before node `b` in the document. */
const precedes = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

describe('safety alerts in the pain tab', () => {
  it('open the tab, above the sites and the muscles, the heart emergency first and announced', () => {
    useExplorer.setState({ sites: [...CHEST] });
    const { container } = render(<PainPanel />);
    const first = container.firstElementChild!;
    expect(first.classList.contains('safety-alerts')).toBe(true);
    const items = first.querySelectorAll('.safety-alert');
    expect(items[0]!.classList.contains('urgency-emergency')).toBe(true);
    const alert = within(first as HTMLElement).getAllByRole('alert')[0]!;
    const heart = explain({ sites: CHEST }, 'plain').safety.find((a) => a.id === 'cardiac_pattern')!;
    expect(alert.textContent).toContain(heart.clientText);
    expect(precedes(alert, container.querySelector('#sites-h')!)).toBe(true);
    expect(precedes(alert, container.querySelector('#primary-h')!)).toBe(true);
  });

  it('follow the vocabulary: therapist words with medical terms', () => {
    useExplorer.setState({ sites: [...CHEST] });
    const { container } = render(<PainPanel />);
    const heart = explain({ sites: CHEST }, 'medical').safety[0]!;
    act(() => useExplorer.getState().setVocabulary('medical'));
    const alert = within(container.querySelector('.safety-alerts') as HTMLElement).getAllByRole('alert')[0]!;
    expect(alert.textContent).toContain(heart.therapistText);
    expect(alert.textContent).not.toContain(heart.clientText);
  });

  it('shows every alert, never capped, in the engine order (emergency → urgent → soon)', () => {
    const sites = [
      ...CHEST,
      { region: 'low_back', side: 'left' } as const,
      { region: 'temple', side: 'right' } as const,
    ];
    useExplorer.setState({ sites, intake: [...INTAKE_IDS] });
    const { container } = render(<PainPanel />);
    const expected = explain({ sites, intake: [...INTAKE_IDS] }, 'plain').safety;
    expect(expected.length).toBeGreaterThan(6);
    const shown = [...container.querySelectorAll('.safety-alert')];
    expect(shown).toHaveLength(expected.length);
    shown.forEach((li, i) => {
      expect(li.classList.contains(`urgency-${expected[i]!.urgency}`)).toBe(true);
      expect(li.textContent).toContain(expected[i]!.text);
    });
    // Only emergencies interrupt (role="alert").
    const emergencies = expected.filter((a) => a.urgency === 'emergency').length;
    expect(container.querySelectorAll('.safety-alerts [role="alert"]')).toHaveLength(emergencies);
  });

  it('shows nothing when no rule fires', () => {
    useExplorer.setState({ sites: [{ region: 'outer_elbow', side: 'right' }] });
    const { container } = render(<PainPanel />);
    expect(container.querySelector('.safety-alerts')).toBeNull();
  });

  it('does not repeat the alerts among the cautions', () => {
    useExplorer.setState({ sites: [...CHEST] });
    const { container } = render(<PainPanel />);
    const cautions = container.querySelector('.cautions')!.textContent!;
    expect(cautions).not.toContain('Emergency:');
    expect(cautions).toContain('not a diagnosis');
  });
});

describe('compensating muscles in two groups', () => {
  const sites = [{ region: 'temple', side: 'right' }] as const;

  it('lists working-harder and switched-off muscles apart, each with its evidence tag', () => {
    useExplorer.setState({ sites: [...sites] });
    render(<ExplanationView />);
    const e = explain({ sites }, 'plain');
    const over = screen.getByRole('heading', { name: 'Working harder — release' }).closest('section')!;
    const off = screen.getByRole('heading', { name: 'Switched off — activate, don’t massage' }).closest('section')!;
    expect(over.querySelectorAll('.entry')).toHaveLength(
      e.compensating.filter((c) => c.state === 'overworking').length,
    );
    expect(off.querySelectorAll('.entry')).toHaveLength(e.compensating.filter((c) => c.state === 'inhibited').length);
    expect(off.querySelectorAll('.entry-inhibited').length).toBeGreaterThan(0);
    expect(off.textContent).toMatch(/lower trapezius/i);
    expect(over.textContent).not.toMatch(/lower trapezius/i);
    const tags = [...document.querySelectorAll('.evidence-tag')];
    expect(tags).toHaveLength(e.compensating.length);
    const words = { table: 'from a published table', textbook: 'textbook', reasoned: 'our reasoning' };
    e.compensating.forEach((c, i) => {
      expect(tags[i]!.textContent).toContain(`evidence: ${words[c.evidence]}`);
    });
  });

  it('uses medical group names for therapists', () => {
    useExplorer.setState({ sites: [...sites], vocabulary: 'medical' });
    render(<ExplanationView />);
    expect(screen.getByRole('heading', { name: 'Compensating — overworking' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Compensating — inhibited' })).toBeTruthy();
  });
});

describe('the health intake form', () => {
  it('asks every question in plain words, stores the answers, and says they stay on the device', () => {
    render(<HealthIntake />);
    expect(screen.getByText(/stay on this device/)).toBeTruthy();
    for (const q of INTAKE_QUESTIONS) expect(screen.getByRole('checkbox', { name: q.question })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: INTAKE_QUESTIONS[0]!.question }));
    expect(useExplorer.getState().intake).toEqual([INTAKE_QUESTIONS[0]!.id]);
    expect(screen.getByText(INTAKE_QUESTIONS[0]!.caution)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: INTAKE_QUESTIONS[0]!.question }));
    expect(useExplorer.getState().intake).toEqual([]);
  });

  it('uses the medical wording for therapists', () => {
    useExplorer.setState({ vocabulary: 'medical' });
    render(<HealthIntake />);
    for (const q of INTAKE_QUESTIONS) expect(screen.getByRole('checkbox', { name: q.medical })).toBeTruthy();
  });

  it('feeds the explanation: a yes adds its alert at the top of the pain tab', () => {
    useExplorer.setState({ sites: [{ region: 'low_back', side: 'left' }] });
    render(
      <>
        <PainPanel />
        <HealthIntake />
      </>,
    );
    expect(document.querySelector('.urgency-emergency')).toBeNull();
    const saddle = INTAKE_QUESTIONS.find((q) => q.id === 'saddle_numbness')!;
    fireEvent.click(screen.getByRole('checkbox', { name: saddle.question }));
    const alerts = document.querySelectorAll('.safety-alerts');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.querySelector('.urgency-emergency [role="alert"]')).not.toBeNull();
  });

  it('its red-flag answers open the posture and plan tabs too, even with nothing chosen', () => {
    useExplorer.setState({ source: 'findings', intake: ['bladder_bowel_change'] });
    const findings = render(<FindingsPanel />);
    expect(findings.container.firstElementChild!.classList.contains('safety-alerts')).toBe(true);
    expect(within(findings.container).getByRole('alert').textContent).toMatch(/emergency/i);
    findings.unmount();
    const plan = render(<PlanPanel />);
    expect(plan.container.firstElementChild!.classList.contains('safety-alerts')).toBe(true);
    expect(within(plan.container).getByRole('alert').textContent).toMatch(/emergency/i);
  });

  it('keeps the pain sites’ alerts in sight on the posture tab', () => {
    useExplorer.setState({ source: 'findings', sites: [...CHEST], findings: [{ id: 'forward_head' }] });
    const { container } = render(<FindingsPanel />);
    const heart = explain({ sites: CHEST }, 'plain').safety[0]!;
    expect(container.firstElementChild!.classList.contains('safety-alerts')).toBe(true);
    expect(within(container).getAllByRole('alert')[0]!.textContent).toContain(heart.clientText);
  });
});

describe('the condition card and the report', () => {
  it('the card of a chest condition opens with the heart emergency of the current sites', () => {
    useExplorer.setState({ sites: [...CHEST] });
    render(<ConditionCard id="costochondritis" />);
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert.textContent).toMatch(/heart/);
    expect(precedes(alert, screen.getByText(/Where it is felt|Regions/))).toBe(true);
  });

  it('the report opens with the alerts, before the image and the muscles, in both vocabularies', () => {
    useExplorer.setState({ sites: [...CHEST], snapshot: 'data:image/png;base64,AAAA' });
    const { container } = render(<PrintReport />);
    const report = container.querySelector('.print-report')!;
    const safety = report.querySelector('.safety-alerts')!;
    expect(safety.querySelector('.urgency-emergency')!.textContent).toContain(
      explain({ sites: CHEST }, 'plain').safety[0]!.clientText,
    );
    expect(precedes(safety, report.querySelector('.report-image')!)).toBe(true);
    expect(report.textContent).toContain('Switched off — activate, don’t massage');
    act(() => useExplorer.getState().setVocabulary('medical'));
    expect(report.querySelector('.urgency-emergency')!.textContent).toContain(
      explain({ sites: CHEST }, 'medical').safety[0]!.therapistText,
    );
    expect(report.textContent).toContain('Compensating — inhibited');
  });
});
