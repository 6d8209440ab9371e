/**
 * The one table of sources every knowledge-base record cites. Records cite these constants (or a
 * chapter of one of them through `chapter`), never a string of their own, so the same book is
 * always named the same way.
 */

/** Short citations, one per work. */
export const SOURCES = {
  // trigger points and myofascial work
  TRAVELL_SIMONS_1: 'Travell & Simons, Myofascial Pain and Dysfunction, vol. 1, 2nd ed. (1999)',
  TRAVELL_SIMONS_2: 'Travell & Simons, Myofascial Pain and Dysfunction, vol. 2 (1992)',
  CHAITOW: 'Chaitow & DeLany, Clinical Application of Neuromuscular Techniques, vol. 1, 2nd ed. (2008)',
  // muscle imbalance and movement
  JANDA: 'Page, Frank & Lardner, Assessment and Treatment of Muscle Imbalance: The Janda Approach (2010)',
  NASM: 'NASM Essentials of Personal Fitness Training, 7th ed., overhead squat assessment',
  KENDALL: 'Kendall et al., Muscles: Testing and Function, 5th ed. (2005)',
  SAHRMANN: 'Sahrmann, Diagnosis and Treatment of Movement Impairment Syndromes (2002)',
  NEUMANN: 'Neumann, Kinesiology of the Musculoskeletal System, 3rd ed. (2017)',
  VLEEMING: 'Vleeming et al., The posterior layer of the thoracolumbar fascia, Spine 20(7) (1995)',
  // anatomy
  GRAY: "Gray's Anatomy, 42nd ed. (2020)",
  MOORE: 'Moore, Clinically Oriented Anatomy, 8th ed. (2018)',
  DERMATOMES: 'Lee, McPhee & Stringer, An evidence-based approach to human dermatomes, Clin Anat 21(5) (2008)',
  // clinical assessment and conditions
  MAGEE: 'Magee, Orthopedic Physical Assessment, 6th ed. (2014)',
  BRUKNER: 'Brukner & Khan, Clinical Sports Medicine, 5th ed. (2017)',
  WERNER: "Werner, A Massage Therapist's Guide to Pathology, 7th ed.",
  AAOS: 'AAOS OrthoInfo',
  ICHD3: 'International Classification of Headache Disorders, 3rd ed. (ICHD-3) (2018)',
  NICE_NG59: 'NICE guideline NG59 Low back pain and sciatica (2016)',
  NICE_CKS_NECK: 'NICE Clinical Knowledge Summaries: Neck pain, cervical radiculopathy',
  NICE_CKS_SCIATICA: 'NICE Clinical Knowledge Summaries: Sciatica (lumbar radiculopathy)',
  NICE_CKS_CHEST: 'NICE Clinical Knowledge Summaries: Chest pain',
  NICE_OA: 'NICE guideline NG226 Osteoarthritis in over 16s (2022)',
  JULL: 'Jull, Falla, Treleaven et al., Whiplash, Headache, and Neck Pain: Research-Based Directions for Physical Therapies (2008)',
  // gait, exercise and workplace
  PERRY: 'Perry & Burnfield, Gait Analysis: Normal and Pathological Function, 2nd ed. (2010)',
  ACSM: "ACSM's Guidelines for Exercise Testing and Prescription, 11th ed. (2021)",
  OSHA_WORKSTATIONS: 'OSHA, Computer Workstations eTool',
  HSE_DSE: 'HSE, Working with display screen equipment (DSE), INDG36 (rev. 4, 2013)',
} as const;

/** The key of a source in the table. */
export type SourceKey = keyof typeof SOURCES;

/** One citation of the table. */
export type Source = (typeof SOURCES)[SourceKey];

/** Every citation of the table, in table order. */
export const ALL_SOURCES: readonly Source[] = Object.values(SOURCES);

/**
 * A chapter of a work in the table: `chapter(SOURCES.TRAVELL_SIMONS_2, 8)` →
 * "Travell & Simons, …, vol. 2 (1992), ch. 8"; a string names the chapter by its subject.
 */
export function chapter(source: Source, which: number | string): string {
  return typeof which === 'number' ? `${source}, ch. ${which}` : `${source}, chapter on ${which}`;
}

/** Whether a citation comes from the table: one of its works, or a chapter of one. */
export function isSharedSource(citation: string): boolean {
  return ALL_SOURCES.some(
    (s) =>
      citation === s ||
      (citation.startsWith(`${s}, `) && /^, (ch\. \d+|chapter on [a-z][a-z ,-]*)$/.test(citation.slice(s.length))),
  );
}
