/**
 * The safety alerts (red flags that fired), shown first wherever an explanation is shown: the
 * panel, the condition card, the report. Every alert is shown, emergency first as the domain
 * orders them; an emergency is announced (role="alert"), drawn in strong red with a warning sign.
 * The wording follows the vocabulary the explanation was made in (the alert's `text`).
 */
import { type SafetyAlert, siteFromTag } from '../domain/explain';
import type { Vocabulary } from '../domain/labels';
import type { Urgency } from '../domain/types';
import { useExplorer } from '../store/explorerStore';
import { selectExplanation } from '../store/selectors';
import { regionText, useVocabulary } from './useVocabulary';
import { WORDING } from './wording';
import '../styles/safety.css';

const URGENCY_WORDS: Record<Urgency, { plain: string; medical: string }> = {
  emergency: { plain: 'Emergency: get help now', medical: 'Emergency referral' },
  urgent: { plain: 'See a doctor today', medical: 'Urgent (same day)' },
  soon: { plain: 'See a doctor soon', medical: 'Refer (within days)' },
};

/** The urgency of an alert in words, e.g. "See a doctor today" or "Urgent (same day)". */
export function urgencyWords(urgency: Urgency, vocabulary: Vocabulary): string {
  return URGENCY_WORDS[urgency][vocabulary];
}

/** "chest.left" → "Left chest"; an unreadable tag is shown as it is. */
function siteName(tag: string, vocabulary: Vocabulary): string {
  const site = siteFromTag(tag);
  return site ? regionText(site.region, site.side, vocabulary) : tag;
}

/** What made an alert fire: the sites it names, or the health answers. */
export function alertCause(alert: SafetyAlert, vocabulary: Vocabulary): string {
  const w = WORDING[vocabulary];
  if (alert.sites.length === 0) return w.alertFromIntake;
  const names = alert.sites.map((t) => {
    const name = siteName(t, vocabulary);
    return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  });
  const list = names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${w.alertTriggeredBy}: ${list}.`;
}

/** The sign beside an alert's urgency: a warning triangle for an emergency, a round sign otherwise. */
function UrgencyIcon({ urgency }: { urgency: Urgency }) {
  if (urgency === 'emergency') {
    return (
      <svg className="safety-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path d="M12 2 23 21H1Z" fill="#fff" />
        <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#a4161a" />
      </svg>
    );
  }
  return (
    <svg className="safety-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      {urgency === 'urgent' ? (
        <path d="M11 6h2v8h-2zM11 16h2v2h-2z" fill="#fff" />
      ) : (
        <path d="M11 6h2v2h-2zM11 10h2v8h-2z" fill="#fff" />
      )}
    </svg>
  );
}

interface Props {
  readonly alerts: readonly SafetyAlert[];
  /** Id of the section's heading (unique on the page). */
  readonly headingId?: string;
  /** Heading level: 2 in the panel, 3 inside a card. */
  readonly level?: 2 | 3;
}

/**
 * The alerts as a section that opens the explanation. Renders nothing when no alert fired.
 * Never caps: every alert given is shown.
 */
export function SafetyAlerts({ alerts, headingId = 'safety-h', level = 2 }: Props) {
  const vocabulary = useVocabulary();
  if (alerts.length === 0) return null;
  const emergency = alerts.some((a) => a.urgency === 'emergency');
  const title = WORDING[vocabulary].alertsTitle(emergency);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      className={emergency ? 'panel-section safety-alerts has-emergency' : 'panel-section safety-alerts'}
      aria-labelledby={headingId}
    >
      <Heading id={headingId}>{title}</Heading>
      <ul>
        {alerts.map((a) => (
          <li key={a.id} className={`safety-alert urgency-${a.urgency}`}>
            <div role={a.urgency === 'emergency' ? 'alert' : undefined}>
              <p className="safety-urgency">
                <UrgencyIcon urgency={a.urgency} />
                <strong>{urgencyWords(a.urgency, vocabulary)}</strong>
              </p>
              <p className="safety-text">{a.text}</p>
              <p className="safety-cause">{alertCause(a, vocabulary)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The alerts of everything chosen now — the pain sites and the health-intake answers — for the
 * top of each tab (pain, findings, plan), so a red flag stays in sight whichever tab is open.
 */
export function CurrentSafetyAlerts() {
  const alerts = useExplorer((s) => selectExplanation(s).safety);
  return <SafetyAlerts alerts={alerts} />;
}
