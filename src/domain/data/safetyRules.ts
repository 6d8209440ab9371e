/**
 * The safety layer's red-flag rules and the endangerment sites, in our own words.
 *
 * A rule fires on one region, on a pattern of several sites, or on the health intake (see
 * `SafetyRule`). Region rules screen for a serious cause that can hide behind pain at that site,
 * so their text says which signs make it urgent; the urgency is that of the cause they screen for.
 * Nothing here is capped or dropped: every rule that fires is shown, emergency first.
 */
import type { RegionId } from '../ids';
import type { EndangermentSite, SafetyRule } from '../types';

const AHA_CHEST =
  'Gulati et al., 2021 AHA/ACC Guideline for the Evaluation and Diagnosis of Chest Pain, Circulation 144 (2021)';
const SWAP =
  'Swap & Nagurney, Value and limitations of chest pain history in the evaluation of acute coronary syndromes, JAMA 294 (2005)';
const ESC_AORTA =
  'Erbel et al., 2014 ESC Guidelines on the diagnosis and treatment of aortic diseases, Eur Heart J 35 (2014)';
const GOODMAN =
  'Goodman & Heick, Differential Diagnosis for Physical Therapists: Screening for Referral, 6th ed. (2018)';
const FINUCANE =
  'Finucane et al., International framework for red flags for potential serious spinal pathologies, JOSPT 50(7) (2020)';
const NICE_CES = 'NICE CKS, Sciatica (lumbar radiculopathy): red flags and cauda equina (2023)';
const NICE_DVT = 'NICE NG158, Venous thromboembolic diseases: diagnosis and management (2020)';
const NICE_HEAD = 'NICE CG150, Headaches in over 12s: diagnosis and management (2021)';
const BSR_GCA =
  'Mackie et al., BSR guideline on the diagnosis and management of giant cell arteritis, Rheumatology 59 (2020)';
const IFOMPT =
  'Rushton et al., International IFOMPT Cervical Framework: examination of the cervical region for vascular pathology (2020)';
const COMPARTMENT = 'BOAST 10, Diagnosis and management of compartment syndrome of the limbs (2016)';
const OTTAWA_ANKLE =
  'Stiell et al., Decision rules for the use of radiography in acute ankle injuries, JAMA 269 (1993)';
const OTTAWA_KNEE =
  'Stiell et al., Prospective validation of a decision rule for the use of radiography in acute knee injuries, JAMA 275 (1996)';
const GREENHALGH = 'Greenhalgh & Selfe, Red Flags and Blue Flags: Spinal Masterclass, 2nd ed. (2019)';
const WERNER = 'Werner, A Massage Therapist’s Guide to Pathology, 7th ed. (2019)';
const ENDANGER =
  'Chaitow & DeLany, Clinical Application of Neuromuscular Techniques, vol. 1, 2nd ed. (2008): endangerment sites';
const GRAY = 'Standring (ed.), Gray’s Anatomy, 42nd ed. (2020)';

/** Regions along the spine, for the infection, malignancy and fracture rules. */
const SPINE: readonly RegionId[] = ['back_of_neck', 'between_shoulder_blades', 'mid_back', 'low_back', 'sacrum'];

/** Regions of the lower limb, for the two-legged (cauda equina) pattern. */
const LEG: readonly RegionId[] = [
  'buttock',
  'back_of_thigh',
  'outer_thigh',
  'front_of_thigh',
  'inner_thigh',
  'back_of_knee',
  'outer_knee',
  'calf',
  'shin',
  'outer_lower_leg',
  'achilles',
  'top_of_foot',
  'sole',
  'heel',
  'outer_ankle',
  'inner_ankle',
];

/** Arm regions where heart pain is felt (the inner arm most typically, either side). */
const HEART_ARM: readonly RegionId[] = [
  'front_of_upper_arm',
  'back_of_upper_arm',
  'inner_elbow',
  'front_of_elbow',
  'front_of_forearm',
];

/** Other places heart pain spreads to from the chest. */
const HEART_SPREAD: readonly RegionId[] = [
  'jaw',
  'front_of_neck',
  'side_of_neck',
  'upper_abdomen',
  'between_shoulder_blades',
];

const HEAD: readonly RegionId[] = ['vertex', 'forehead', 'temple', 'eye', 'back_of_head'];

export const SAFETY_RULES: readonly SafetyRule[] = [
  // ── emergencies ────────────────────────────────────────────────────────────────
  {
    id: 'cardiac_pattern',
    urgency: 'emergency',
    pattern: [{ regions: ['chest', 'breastbone'] }, { regions: HEART_ARM, alsoAnySide: HEART_SPREAD }],
    clientText:
      'Chest pain that spreads to the arm, the jaw, the neck, the upper belly or between the shoulder blades can come from the heart. Call emergency services now (112 / 911 / 999) if it is pressing or heavy, came on with effort or at rest, or comes with breathlessness, sweating, sickness or light-headedness. Do not treat it as a muscle problem until a doctor has ruled out the heart.',
    therapistText:
      'Chest pain radiating to the arm, jaw, neck, epigastrium or interscapular region: possible acute coronary syndrome. Activate emergency services if it is pressure-like, exertional or at rest, or with dyspnoea, diaphoresis, nausea or presyncope; no soft-tissue treatment before cardiac causes are excluded.',
    sources: [AHA_CHEST, SWAP, GOODMAN],
  },
  {
    id: 'cauda_equina_pattern',
    urgency: 'emergency',
    pattern: [{ regions: ['low_back', 'sacrum'] }, { regions: LEG, side: 'left' }, { regions: LEG, side: 'right' }],
    clientText:
      'Low back pain going down both legs can mean the nerves at the base of the spine are squeezed. Go to an emergency department now if you also have numbness between the legs or around the back passage, new trouble passing or holding urine or stools, or weakness getting worse in the legs.',
    therapistText:
      'Low back pain with bilateral leg symptoms: screen for cauda equina syndrome now — saddle anaesthesia, urinary retention or incontinence, faecal incontinence, sexual dysfunction, progressive bilateral neurological deficit. Any of these: emergency referral, no treatment.',
    sources: [NICE_CES, FINUCANE],
  },
  {
    id: 'cauda_equina_symptoms',
    urgency: 'emergency',
    intake: ['bladder_bowel_change', 'saddle_numbness'],
    clientText:
      'Numbness between the legs or new trouble with the bladder or bowel is an emergency: go to an emergency department now. No massage.',
    therapistText:
      'Saddle anaesthesia or new bladder/bowel dysfunction: suspected cauda equina syndrome — emergency referral for same-day MRI; no treatment.',
    sources: [NICE_CES, FINUCANE],
  },
  {
    id: 'kehr_sign',
    urgency: 'emergency',
    pattern: [{ regions: ['upper_abdomen', 'side_of_abdomen', 'lower_abdomen'] }, { regions: ['top_of_shoulder'] }],
    clientText:
      'Pain at the tip of the shoulder together with belly pain can come from bleeding or irritation under the diaphragm (for example after a blow to the belly, or in early pregnancy). If the belly is painful, hard or swollen, or you feel faint, call emergency services now.',
    therapistText:
      "Shoulder-tip pain with abdominal pain: consider diaphragmatic irritation (Kehr's sign: splenic injury on the left, ruptured ectopic pregnancy, perforation). With abdominal rigidity, recent abdominal trauma or presyncope: emergency referral.",
    sources: [GOODMAN],
  },
  {
    id: 'aortic_dissection',
    urgency: 'emergency',
    regions: ['between_shoulder_blades', 'mid_back'],
    clientText:
      'If this back pain came on suddenly and is tearing or ripping, at its worst from the first moment, call emergency services now: that is not muscle pain.',
    therapistText:
      'Sudden, severe, tearing interscapular or mid-thoracic pain, maximal at onset (possibly with pulse or blood-pressure asymmetry, syncope or neurological signs): suspected aortic dissection — emergency referral.',
    sources: [ESC_AORTA, GOODMAN],
  },
  {
    id: 'sudden_severe_headache',
    urgency: 'emergency',
    regions: HEAD,
    clientText:
      'A sudden headache that is the worst of your life and peaks within a minute, or a headache with a stiff neck, fever, confusion, weakness, trouble speaking or loss of vision, needs emergency care now.',
    therapistText:
      'Thunderclap headache (peak intensity within a minute), or headache with meningism, fever, altered consciousness, focal neurological deficit or visual loss: emergency referral (subarachnoid haemorrhage, meningitis, stroke).',
    sources: [NICE_HEAD],
  },
  {
    id: 'cervical_artery',
    urgency: 'emergency',
    regions: ['back_of_neck', 'side_of_neck', 'front_of_neck', 'back_of_head'],
    clientText:
      'Sudden neck or head pain unlike any before, with dizziness, double vision, trouble speaking or swallowing, a drooping face, unsteadiness or numbness, can be a torn neck artery: call emergency services now. No neck manipulation or forceful neck work.',
    therapistText:
      'Acute unusual neck/occipital pain with dizziness, diplopia, dysarthria, dysphagia, drop attacks, nystagmus, ataxia or numbness: possible cervical arterial dissection (vertebral or internal carotid) — emergency referral; no cervical manipulation or end-range loading.',
    sources: [IFOMPT],
  },
  {
    id: 'compartment_syndrome',
    urgency: 'emergency',
    regions: ['shin', 'calf', 'outer_lower_leg', 'front_of_forearm'],
    clientText:
      'After an injury, a broken bone, a tight cast or very hard exercise: pain far worse than expected, pain when the toes or fingers are gently stretched, a tight swollen limb, or pins and needles need emergency care now. Do not massage it.',
    therapistText:
      'Pain out of proportion after trauma, fracture, casting or strenuous exercise, pain on passive stretch of the compartment, tense swelling or paraesthesia: suspected acute compartment syndrome — emergency referral; no massage.',
    sources: [COMPARTMENT, WERNER],
  },
  {
    id: 'meningitis',
    urgency: 'emergency',
    regions: ['back_of_neck', 'back_of_head', ...HEAD],
    requiresIntake: ['fever_unwell'],
    clientText:
      'Fever with a headache or a stiff neck needs a doctor now, and emergency care if there is a rash, confusion, drowsiness or dislike of light. No massage.',
    therapistText:
      'Fever with headache or neck stiffness: exclude meningitis — emergency referral if meningism, non-blanching rash, photophobia or altered consciousness; no treatment.',
    sources: [NICE_HEAD, GOODMAN],
  },
  // ── same day ───────────────────────────────────────────────────────────────────
  {
    id: 'chest_cardiac_check',
    urgency: 'urgent',
    regions: ['chest', 'breastbone'],
    clientText:
      'Chest pain should be checked by a doctor before it is treated as a muscle problem. If it is pressing or heavy, came on with effort, or comes with breathlessness, sweating, sickness or spreading to the arm or jaw, call emergency services now.',
    therapistText:
      'Chest pain: exclude cardiac and pulmonary causes before treating as musculoskeletal (reproducible with palpation or movement alone does not rule out ACS). Pressure-like or exertional pain, or with dyspnoea, diaphoresis, nausea or radiation: emergency referral.',
    sources: [AHA_CHEST, GOODMAN],
  },
  {
    id: 'giant_cell_arteritis',
    urgency: 'urgent',
    regions: ['temple'],
    requiresIntake: ['age_over_50'],
    clientText:
      'Over 50 with a new pain at the temple: see a doctor today, especially if the scalp is tender to touch, the jaw aches when you chew, or your sight blurs or doubles. Untreated, it can cost eyesight. No massage of the temple until then.',
    therapistText:
      'Age over 50 with new temporal headache: suspect giant cell arteritis (scalp tenderness, jaw claudication, visual disturbance, polymyalgic symptoms, raised ESR/CRP) — same-day medical referral; avoid pressure over the temporal artery.',
    sources: [BSR_GCA],
  },
  {
    id: 'deep_vein_thrombosis',
    urgency: 'urgent',
    regions: ['calf', 'back_of_knee'],
    clientText:
      'A calf or back of the knee that is swollen, warm, red or tender on one side, especially after an operation, a long journey, bed rest, in pregnancy or on the pill, can be a blood clot: see a doctor today and do not massage it. With breathlessness or chest pain, call emergency services.',
    therapistText:
      'Unilateral calf/popliteal pain with swelling, warmth, erythema or tenderness along the deep veins, especially with recent surgery, immobility, travel, pregnancy, oestrogen therapy or malignancy: suspected DVT (Wells score) — same-day referral, no massage of the limb; with dyspnoea or pleuritic chest pain (possible PE): emergency.',
    sources: [NICE_DVT, WERNER],
  },
  {
    id: 'gallbladder_referral',
    urgency: 'urgent',
    pattern: [
      { regions: ['upper_abdomen', 'side_of_abdomen'] },
      { regions: ['shoulder_blade', 'top_of_shoulder'], side: 'right' },
    ],
    clientText:
      'Pain under the right shoulder blade or at the right shoulder tip together with pain in the upper belly can come from the gallbladder or liver: see a doctor today, and go to an emergency department with fever, yellow skin or eyes, or pain that does not ease.',
    therapistText:
      'Right scapular or shoulder-tip pain with epigastric/right upper quadrant pain: consider biliary disease (referred via the phrenic nerve) — same-day referral; fever, jaundice or unremitting pain: emergency.',
    sources: [GOODMAN],
  },
  {
    id: 'spinal_infection',
    urgency: 'urgent',
    regions: SPINE,
    requiresIntake: ['fever_unwell'],
    clientText:
      'Back or neck pain together with a fever or feeling unwell can be an infection: see a doctor today. No massage.',
    therapistText:
      'Spinal pain with fever or systemic malaise: consider spinal infection (discitis, vertebral osteomyelitis, epidural abscess) or pyelonephritis — same-day referral; no treatment.',
    sources: [FINUCANE, GOODMAN],
  },
  {
    id: 'spinal_malignancy',
    urgency: 'urgent',
    regions: SPINE,
    requiresIntake: ['cancer_history'],
    clientText:
      'New back or neck pain after having had cancer needs a doctor to check it soon, today if it is constant, worse at night, or comes with numbness, weakness or weight loss.',
    therapistText:
      'Spinal pain with a history of malignancy: suspect metastatic disease until excluded (especially with night pain, weight loss, age over 50, thoracic pain) — prompt medical referral; same day with neurological signs (spinal cord compression).',
    sources: [FINUCANE, GREENHALGH],
  },
  {
    id: 'osteoporotic_fracture',
    urgency: 'urgent',
    regions: ['between_shoulder_blades', 'mid_back', 'low_back', 'side_of_ribs'],
    requiresIntake: ['osteoporosis'],
    clientText:
      'With thin bones, back or rib pain that started suddenly, even after a small strain, cough or lift, can be a crack in a bone: see a doctor today, and no firm pressure over the spine or ribs.',
    therapistText:
      'Osteoporosis with acute thoracic, lumbar or rib pain after minor trauma: suspect a fragility (vertebral compression or rib) fracture — same-day referral; no forceful pressure over bone.',
    sources: [FINUCANE, WERNER],
  },
  {
    id: 'ottawa_ankle',
    urgency: 'urgent',
    regions: ['outer_ankle', 'inner_ankle', 'top_of_foot', 'heel'],
    clientText:
      'After a twist or a fall: if you could not take four steps straight after it, or the bone at the back edge or tip of either ankle knob, the base of the little-toe bone or the bone on the inside of the midfoot hurts to press, have an X-ray before any treatment.',
    therapistText:
      'Ottawa ankle and foot rules after trauma: inability to bear weight for four steps, or bony tenderness at the posterior edge or tip of either malleolus, the base of the fifth metatarsal or the navicular — refer for radiography before treatment.',
    sources: [OTTAWA_ANKLE],
  },
  {
    id: 'ottawa_knee',
    urgency: 'urgent',
    regions: ['front_of_knee', 'inner_knee', 'outer_knee', 'back_of_knee'],
    clientText:
      'After a fall or a blow to the knee: if you are 55 or older, the kneecap or the bony knob below the outside of the knee hurts to press, you cannot bend the knee to a right angle, or you could not take four steps, have an X-ray before any treatment.',
    therapistText:
      'Ottawa knee rule after trauma: age 55 or over, isolated patellar tenderness, fibular head tenderness, inability to flex to 90°, or inability to bear weight for four steps — refer for radiography before treatment.',
    sources: [OTTAWA_KNEE],
  },
  {
    id: 'pregnancy_headache',
    urgency: 'urgent',
    regions: HEAD,
    requiresIntake: ['pregnancy'],
    clientText:
      'A bad headache in pregnancy, especially with blurred vision, swelling of the face or hands, or pain under the ribs, needs your midwife or doctor today.',
    therapistText:
      'Headache in pregnancy (second half especially) with visual disturbance, oedema or epigastric pain: exclude pre-eclampsia — same-day obstetric referral.',
    sources: [NICE_HEAD, WERNER],
  },
  {
    id: 'splenic_injury',
    urgency: 'urgent',
    pattern: [{ regions: ['top_of_shoulder', 'side_of_ribs', 'upper_abdomen'], side: 'left' }],
    requiresIntake: ['recent_injury'],
    clientText:
      'Left shoulder-tip, left rib or upper belly pain after a fall or a blow to the body can come from an injured spleen: see a doctor today, and call emergency services if you feel faint or the belly swells.',
    therapistText:
      "Left shoulder-tip (Kehr's sign), lower left rib or left upper quadrant pain after trauma: exclude splenic injury — same-day referral; emergency with presyncope or abdominal distension.",
    sources: [GOODMAN],
  },
  // ── within days ────────────────────────────────────────────────────────────────
  {
    id: 'temple_arteritis_screen',
    urgency: 'soon',
    regions: ['temple'],
    clientText:
      'In people over 50, a new temple headache with a tender scalp, jaw ache when chewing or changes in sight can be inflamed arteries (giant cell arteritis): that needs a doctor the same day.',
    therapistText:
      'Temporal pain: in anyone over 50 screen for giant cell arteritis (new headache, scalp tenderness, jaw claudication, visual symptoms, polymyalgia) — same-day referral if present.',
    sources: [BSR_GCA],
  },
  {
    id: 'gallbladder_screen',
    urgency: 'soon',
    pattern: [{ regions: ['shoulder_blade', 'top_of_shoulder'], side: 'right' }],
    clientText:
      'Pain under the right shoulder blade or at the right shoulder tip that comes after meals (fatty food especially), with sickness, or that does not change when you move, can come from the gallbladder: see a doctor.',
    therapistText:
      'Right scapular or shoulder-tip pain that is not reproduced by movement or palpation, is postprandial or comes with nausea: screen for biliary referral — medical review.',
    sources: [GOODMAN],
  },
  {
    id: 'abdominal_organs',
    urgency: 'soon',
    regions: ['upper_abdomen', 'side_of_abdomen', 'lower_abdomen'],
    clientText:
      'Pain in the belly can come from the organs inside, not the muscles: see a doctor, today if it comes with fever, vomiting, blood, yellow skin, a hard or swollen belly, or pain that does not change when you move.',
    therapistText:
      'Abdominal pain: differentiate visceral from abdominal-wall pain (Carnett’s sign); refer the same day with fever, vomiting, bleeding, jaundice, guarding/rigidity, pulsatile mass or pain unrelated to movement.',
    sources: [GOODMAN],
  },
  {
    id: 'systemic_disease',
    urgency: 'soon',
    intake: ['unexplained_weight_loss', 'night_pain', 'cancer_history'],
    clientText:
      'Weight loss without trying, pain that wakes you at night or never changes with position, or a history of cancer: a doctor should look for a cause other than muscle before or alongside treatment.',
    therapistText:
      'Systemic red flags (unexplained weight loss, constant or night pain, past malignancy): refer for medical assessment of non-musculoskeletal causes; treat only alongside medical care.',
    sources: [FINUCANE, GOODMAN],
  },
  {
    id: 'fever_no_massage',
    urgency: 'soon',
    intake: ['fever_unwell'],
    clientText: 'Fever or feeling unwell: no massage today. See a doctor, and book the session when you are well.',
    therapistText: 'Fever or acute systemic illness: massage is contraindicated today; medical review.',
    sources: [WERNER],
  },
  {
    id: 'neurological_check',
    urgency: 'soon',
    intake: ['numbness_weakness'],
    clientText:
      'Numbness, pins and needles or weakness should be checked by a doctor or physiotherapist; sooner if it is getting worse or spreading.',
    therapistText:
      'Paraesthesia or weakness: full neurological screen (dermatomes, myotomes, reflexes); progressive deficit or upper motor neuron signs: prompt medical referral.',
    sources: [FINUCANE, NICE_CES],
  },
];

/** Endangerment sites: nerves and vessels close under the skin — no deep pressure there. */
export const ENDANGERMENT_SITES: readonly EndangermentSite[] = [
  {
    id: 'anterior_neck',
    regions: ['front_of_neck', 'side_of_neck'],
    clientText:
      'No deep pressure at the front and side of the neck: the carotid artery, the jugular vein and the vagus nerve lie close under the skin there, and the nerves to the arm at the side.',
    therapistText:
      'Endangerment site — anterior and lateral neck: carotid artery and sinus, internal/external jugular veins, vagus nerve (anterior triangle); brachial plexus and subclavian vessels (posterior triangle). Light, specific pressure only; never press both carotids.',
    sources: [ENDANGER, GRAY],
  },
  {
    id: 'axilla',
    regions: ['front_of_shoulder', 'side_of_ribs'],
    clientText: 'No deep pressure up into the armpit: the main nerves and blood vessels of the arm run through it.',
    therapistText:
      'Endangerment site — axilla: brachial plexus cords, axillary artery and vein, axillary lymph nodes. Work its walls (pectorals, latissimus, subscapularis) with care, not its apex.',
    sources: [ENDANGER, GRAY],
  },
  {
    id: 'cubital_fossa',
    regions: ['front_of_elbow', 'inner_elbow'],
    clientText:
      'No deep pressure in the crease of the elbow or behind the inner knob of the elbow: the main artery of the arm and two nerves (median and ulnar, the "funny bone") lie close under the skin.',
    therapistText:
      'Endangerment site — cubital fossa and medial elbow: brachial artery, median nerve (cubital fossa), ulnar nerve in the cubital tunnel behind the medial epicondyle. No sustained deep pressure.',
    sources: [ENDANGER, GRAY],
  },
  {
    id: 'femoral_triangle',
    regions: ['groin'],
    clientText: 'No deep pressure in the groin crease: the main artery, vein and nerve of the leg run there.',
    therapistText:
      'Endangerment site — femoral triangle: femoral artery, vein and nerve, inguinal lymph nodes. No deep or sustained pressure; work iliopsoas and adductors from outside the triangle.',
    sources: [ENDANGER, GRAY],
  },
  {
    id: 'popliteal_fossa',
    regions: ['back_of_knee'],
    clientText:
      'No deep pressure in the hollow at the back of the knee: a large artery and vein and the main nerve of the lower leg lie there.',
    therapistText:
      'Endangerment site — popliteal fossa: popliteal artery and vein, tibial and common fibular nerves. No deep pressure in the fossa; treat the hamstring and gastrocnemius attachments at its borders.',
    sources: [ENDANGER, GRAY],
  },
];
