/**
 * The first-consultation health intake: yes/no questions and what a "yes" means for hands-on
 * work. Our own words; the facts follow the massage-therapy contraindication literature.
 */
import type { IntakeQuestion } from '../types';

const WERNER = 'Werner, A Massage Therapist’s Guide to Pathology, 7th ed. (2019)';
const BATAVIA = 'Batavia, Contraindications for therapeutic massage: do sources agree? J Bodyw Mov Ther 8(1) (2004)';
const GREENHALGH = 'Greenhalgh & Selfe, Red Flags and Blue Flags: Spinal Masterclass, 2nd ed. (2019)';
const FINUCANE =
  'Finucane et al., International framework for red flags for potential serious spinal pathologies, JOSPT 50(7) (2020)';
const NICE_CES = 'NICE CKS, Sciatica (lumbar radiculopathy): red flags and cauda equina (2023)';
const ACOG = 'ACOG Committee Opinion 804, Physical activity and exercise during pregnancy (2020)';
const ADA = 'American Diabetes Association, Standards of Care: foot care and neuropathy (2024)';
const NICE_GCA = 'BSR guideline on the diagnosis and management of giant cell arteritis (2020)';

export const INTAKE_QUESTIONS: readonly IntakeQuestion[] = [
  {
    id: 'blood_thinners',
    question: 'Do you take blood thinners (for example warfarin, apixaban, rivaroxaban or daily aspirin)?',
    medical: 'Anticoagulant or antiplatelet medication',
    caution: 'Blood thinners make bruising easy: gentle pressure only, no deep or heavy work.',
    therapistCaution:
      'Anticoagulant/antiplatelet therapy: bruising and haematoma risk; light to moderate pressure only, no deep stripping, cupping or instrument work.',
    sources: [WERNER, BATAVIA],
  },
  {
    id: 'pregnancy',
    question: 'Are you pregnant?',
    medical: 'Pregnancy',
    caution:
      'Pregnancy: side-lying or supported positions, no deep work on the calves and inner legs, and tell your midwife or doctor about any new pain, swelling or headache.',
    therapistCaution:
      'Pregnancy: positioning (side-lying after the first trimester), no deep pressure on the medial leg and calf (raised clotting risk), and refer new calf swelling, severe headache, visual change or abdominal pain.',
    sources: [WERNER, ACOG],
  },
  {
    id: 'recent_surgery',
    question: 'Have you had an operation in the last three months?',
    medical: 'Surgery within the last 3 months',
    caution:
      'Recent surgery: no work on or near the scar or operated area until the surgeon agrees; a swollen, warm, painful calf after surgery needs a doctor the same day.',
    therapistCaution:
      'Recent surgery: avoid the surgical site until cleared; post-operative DVT risk — a unilateral swollen, warm, tender calf is a same-day referral.',
    sources: [WERNER, BATAVIA],
  },
  {
    id: 'recent_injury',
    question: 'Have you had a fall, accident or injury recently?',
    medical: 'Recent trauma',
    caution:
      'Recent injury: no deep work over the injured area; pain on bearing weight, a bone that hurts to touch, or swelling that keeps growing needs an X-ray or a doctor first.',
    therapistCaution:
      'Recent trauma: rule out fracture (Ottawa ankle/knee rules: bony tenderness, inability to bear weight for four steps) and compartment syndrome before soft-tissue work; no deep work on acute injury.',
    sources: [WERNER, GREENHALGH],
  },
  {
    id: 'osteoporosis',
    question: 'Have you been told you have osteoporosis or thin bones?',
    medical: 'Osteoporosis / osteopenia',
    caution:
      'Thin bones: no forceful pressure over bone, the ribs or the spine; sudden back pain after a minor strain needs a doctor.',
    therapistCaution:
      'Osteoporosis: no forceful or thrusting pressure over bony prominences, ribs or spine; new thoracic or lumbar pain after minor strain suggests a vertebral fragility fracture.',
    sources: [WERNER, FINUCANE],
  },
  {
    id: 'cancer_history',
    question: 'Have you ever had cancer?',
    medical: 'History of malignancy',
    caution:
      'A history of cancer: tell your doctor about any new pain that does not settle, is worse at night or comes with weight loss; ask before work near a treated area.',
    therapistCaution:
      'Past malignancy: new unremitting or night pain, especially spinal, needs medical review for metastasis; check with the oncology team about work near treatment sites and lymphoedema risk.',
    urgency: 'soon',
    sources: [FINUCANE, GREENHALGH, WERNER],
  },
  {
    id: 'diabetes',
    question: 'Do you have diabetes?',
    medical: 'Diabetes mellitus',
    caution:
      'Diabetes can dull the feeling in the feet: gentle pressure on the feet and legs, and check the skin for sores; your feedback on pressure may be less reliable there.',
    therapistCaution:
      'Diabetes: possible peripheral neuropathy and fragile skin — reduced sensation in the feet makes pressure feedback unreliable; inspect the feet, light pressure distally, note injection sites.',
    sources: [WERNER, ADA],
  },
  {
    id: 'fever_unwell',
    question: 'Do you have a fever or feel unwell today?',
    medical: 'Fever / systemic illness today',
    caution: 'Fever or feeling unwell: no massage today; see a doctor, and more so if you also have back or neck pain.',
    therapistCaution:
      'Fever or acute systemic illness: massage is contraindicated today; refer to a physician (fever with spinal pain raises the question of infection).',
    urgency: 'soon',
    sources: [WERNER, BATAVIA, FINUCANE],
  },
  {
    id: 'numbness_weakness',
    question: 'Do you have numbness, pins and needles or weakness in an arm or a leg?',
    medical: 'Paraesthesia or motor weakness',
    caution:
      'Numbness or weakness: a doctor or physiotherapist should check the nerves; weakness that is getting worse needs a doctor soon.',
    therapistCaution:
      'Paraesthesia or weakness: neurological screen (dermatomes, myotomes, reflexes); progressive motor deficit is a prompt referral.',
    urgency: 'soon',
    sources: [GREENHALGH, NICE_CES],
  },
  {
    id: 'unexplained_weight_loss',
    question: 'Have you lost weight recently without trying?',
    medical: 'Unexplained weight loss',
    caution: 'Losing weight without trying, together with pain, needs a doctor to look for the cause.',
    therapistCaution:
      'Unexplained weight loss with musculoskeletal pain: refer for systemic causes (malignancy, infection, inflammatory disease).',
    urgency: 'soon',
    sources: [FINUCANE, GREENHALGH],
  },
  {
    id: 'night_pain',
    question: 'Does the pain wake you at night or stay the same whatever position you take?',
    medical: 'Non-mechanical night pain',
    caution: 'Pain that wakes you or does not change with position is not typical of muscle pain: see a doctor.',
    therapistCaution:
      'Constant, non-mechanical or night pain unrelieved by position: refer to exclude serious pathology.',
    urgency: 'soon',
    sources: [FINUCANE, GREENHALGH],
  },
  {
    id: 'bladder_bowel_change',
    question: 'Have you noticed any new trouble passing or holding urine or stools?',
    medical: 'New bladder or bowel dysfunction',
    caution: 'New bladder or bowel trouble with back pain is an emergency: go to an emergency department now.',
    therapistCaution:
      'New urinary retention/incontinence or faecal incontinence: suspected cauda equina syndrome — emergency referral, no treatment.',
    urgency: 'emergency',
    sources: [NICE_CES, FINUCANE],
  },
  {
    id: 'saddle_numbness',
    question:
      'Is there numbness around the back passage, the genitals or the inner buttocks (where you sit on a saddle)?',
    medical: 'Saddle anaesthesia',
    caution: 'Numbness where you would sit on a saddle is an emergency: go to an emergency department now.',
    therapistCaution: 'Saddle anaesthesia: suspected cauda equina syndrome — emergency referral, no treatment.',
    urgency: 'emergency',
    sources: [NICE_CES, FINUCANE],
  },
  {
    id: 'age_over_50',
    question: 'Are you over 50?',
    medical: 'Age over 50',
    caution: 'Over 50: new headaches, or back pain starting for the first time, are worth showing to a doctor.',
    therapistCaution:
      'Age over 50: new-onset headache raises giant cell arteritis; first-onset spinal pain raises fracture and malignancy in the differential.',
    sources: [NICE_GCA, FINUCANE],
  },
];
