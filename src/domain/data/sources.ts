/**
 * The one table of sources every knowledge-base record cites. Records cite these constants (or a
 * chapter of one of them through `chapter`, in `../citations.ts`), never a string of their own, so
 * the same book is always named the same way. Plain data: it ships in the content JSON.
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
  WERNER: "Werner, A Massage Therapist's Guide to Pathology, 7th ed. (2019)",
  AAOS: 'AAOS OrthoInfo',
  ICHD3: 'International Classification of Headache Disorders, 3rd ed. (ICHD-3) (2018)',
  NICE_NG59: 'NICE guideline NG59 Low back pain and sciatica (2016)',
  NICE_CKS_NECK: 'NICE CKS, Neck pain: cervical radiculopathy',
  NICE_CKS_SCIATICA: 'NICE CKS, Sciatica (lumbar radiculopathy): red flags and cauda equina (2023)',
  NICE_CKS_CHEST: 'NICE CKS, Chest pain',
  NICE_OA: 'NICE guideline NG226 Osteoarthritis in over 16s (2022)',
  JULL: 'Jull, Falla, Treleaven et al., Whiplash, Headache, and Neck Pain: Research-Based Directions for Physical Therapies (2008)',
  // red flags, screening and safety
  GOODMAN: 'Goodman & Heick, Differential Diagnosis for Physical Therapists: Screening for Referral, 6th ed. (2018)',
  GREENHALGH: 'Greenhalgh & Selfe, Red Flags and Blue Flags: Spinal Masterclass, 2nd ed. (2019)',
  FINUCANE:
    'Finucane et al., International framework for red flags for potential serious spinal pathologies, JOSPT 50(7) (2020)',
  BATAVIA: 'Batavia, Contraindications for therapeutic massage: do sources agree? J Bodyw Mov Ther 8(1) (2004)',
  AHA_CHEST:
    'Gulati et al., 2021 AHA/ACC Guideline for the Evaluation and Diagnosis of Chest Pain, Circulation 144 (2021)',
  SWAP: 'Swap & Nagurney, Value and limitations of chest pain history in the evaluation of acute coronary syndromes, JAMA 294 (2005)',
  ESC_AORTA:
    'Erbel et al., 2014 ESC Guidelines on the diagnosis and treatment of aortic diseases, Eur Heart J 35 (2014)',
  NICE_DVT: 'NICE NG158, Venous thromboembolic diseases: diagnosis and management (2020)',
  NICE_HEAD: 'NICE CG150, Headaches in over 12s: diagnosis and management (2021)',
  BSR_GCA:
    'Mackie et al., BSR guideline on the diagnosis and management of giant cell arteritis, Rheumatology 59 (2020)',
  IFOMPT:
    'Rushton et al., International IFOMPT Cervical Framework: examination of the cervical region for vascular pathology (2020)',
  BOAST_COMPARTMENT: 'BOAST 10, Diagnosis and management of compartment syndrome of the limbs (2016)',
  COOK_PURDAM: 'Cook & Purdam, Is tendon pathology a continuum? BJSM (2009)',
  QUEBEC_WAD: 'Spitzer et al., Quebec Task Force on Whiplash-Associated Disorders (1995)',
  CANADIAN_CSPINE: 'Stiell et al., The Canadian C-Spine Rule, JAMA (2001)',
  OTTAWA_ANKLE: 'Stiell et al., Decision rules for the use of radiography in acute ankle injuries, JAMA 269 (1993)',
  OTTAWA_KNEE:
    'Stiell et al., Prospective validation of a decision rule for the use of radiography in acute knee injuries, JAMA 275 (1996)',
  ACOG: 'ACOG Committee Opinion 804, Physical activity and exercise during pregnancy (2020)',
  ADA: 'American Diabetes Association, Standards of Care: foot care and neuropathy (2024)',
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
