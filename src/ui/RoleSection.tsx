/**
 * One section of the panel listing muscles in one role (primary, working harder, switched off,
 * overactive, underactive, no deep work, release, activate): a heading with the role's colour
 * dot, an optional hint, and the muscles in order, each with its tag and why. Used by the pain,
 * findings and plan panels, so every such list looks and reads the same.
 */
import type { ReactNode } from 'react';
import { muscleKey } from '../domain/explain';
import type { HighlightRole } from '../domain/highlight';
import type { MuscleId } from '../domain/ids';
import type { MuscleSide } from '../domain/labels';
import type { Evidence } from '../domain/types';
import { MuscleEntry } from './MuscleEntry';

/** One muscle of a section. */
export interface RoleEntry {
  readonly id: MuscleId;
  readonly side: MuscleSide;
  /** Its role when it differs from the section's (a primary muscle at an inflamed site: `avoid`). */
  readonly kind?: HighlightRole;
  /** Its tag when it differs from the section's. */
  readonly tag?: string;
  readonly why: string;
  readonly evidence?: Evidence;
}

interface RoleSectionProps {
  /** The heading's id (the section is labelled by it). */
  readonly id: string;
  /** The role of the section's muscles: the colour of its dot and of its entries. */
  readonly kind: HighlightRole;
  readonly title: ReactNode;
  /** The tag of each entry unless the entry has its own. */
  readonly tag: string;
  readonly entries: readonly RoleEntry[];
  /** A ranked list (most likely first) or a plain one. */
  readonly ordered?: boolean;
  /** What follows the heading: a hint or notes. */
  readonly intro?: ReactNode;
  /** Shown instead of the list when it is empty; without it an empty section is not shown at all. */
  readonly empty?: string;
  readonly className?: string;
  /** Extra data attributes of the section element. */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
  /** The entries are about to be replaced by newer ones (`aria-busy`). */
  readonly busy?: boolean;
}

export function RoleSection({
  id,
  kind,
  title,
  tag,
  entries,
  ordered = true,
  intro,
  empty,
  className,
  data,
  busy = false,
}: RoleSectionProps) {
  if (entries.length === 0 && empty === undefined) return null;
  const items = entries.map((m) => (
    <MuscleEntry
      key={muscleKey(m.id, m.side)}
      id={m.id}
      side={m.side}
      kind={m.kind ?? kind}
      tag={m.tag ?? tag}
      why={m.why}
      evidence={m.evidence}
    />
  ));
  return (
    <section
      className={className ? `panel-section ${className}` : 'panel-section'}
      aria-labelledby={id}
      aria-busy={busy || undefined}
      {...data}
    >
      <h2 id={id}>
        <span className={`role-dot ${kind}`} aria-hidden="true" />
        {title}
      </h2>
      {intro}
      {entries.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : ordered ? (
        <ol className="entries">{items}</ol>
      ) : (
        <ul className="entries">{items}</ul>
      )}
    </section>
  );
}
