/**
 * One caution per pain region: what a therapist watches for or avoids when working there (the
 * structures that lie close under the skin, the red flags that region brings to mind). Plain words
 * for the client, medical words for the therapist. All wording is original. Plain data (it ships
 * in the content JSON); one region's caution is looked up by `regionCaution` (`../regionCaution.ts`).
 */
import type { RegionCaution } from '../types';
import { SOURCES } from './sources';

const { AAOS, BRUKNER, ICHD3, JULL, MAGEE, MOORE, NICE_CKS_CHEST, NICE_NG59, TRAVELL_SIMONS_1, WERNER } = SOURCES;

/** One caution per region, in REGION_IDS order. */
export const REGION_CAUTIONS: readonly RegionCaution[] = [
  {
    region: 'vertex',
    clientText:
      'Light work only on the top of the head. A new, sudden or severe headache, or one with fever, a stiff neck, confusion or weakness, needs a physician before any massage.',
    therapistText:
      'Scalp work stays light over the vertex. Screen new, thunderclap or progressive headache, headache with fever, neck stiffness, neurological signs or after head trauma before treatment (ICHD-3 secondary headache features).',
    sources: [WERNER, ICHD3],
  },
  {
    region: 'forehead',
    clientText:
      'Gentle pressure only on the forehead and brow. Pain over the forehead and cheeks with a blocked nose and fever may be sinusitis, and a sudden severe headache needs a physician.',
    therapistText:
      'Light pressure over the frontal bone and supraorbital notch (supraorbital nerve). Consider sinus origin with nasal congestion and fever; screen for secondary headache red flags.',
    sources: [WERNER, ICHD3],
  },
  {
    region: 'temple',
    clientText:
      'Light pressure at the temple, where an artery runs just under the skin. Over about 50, a new temple headache with a tender scalp, jaw pain on chewing or any change in sight needs a physician the same day.',
    therapistText:
      'The superficial temporal artery lies over temporalis: no sustained deep pressure on it. New temporal headache over 50 with scalp tenderness, jaw claudication or visual symptoms: urgent referral for giant cell arteritis.',
    sources: [WERNER, ICHD3, TRAVELL_SIMONS_1],
  },
  {
    region: 'eye',
    clientText:
      'No pressure on the eyeball itself; work stays on the bone around the eye. Eye pain with redness, blurred or lost vision, or halos around lights needs urgent care.',
    therapistText:
      'No pressure on the globe; work on the orbital rim only (supraorbital and infraorbital foramina). Painful red eye, visual loss or halos (possible acute glaucoma, uveitis) need urgent ophthalmic review.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'tmj',
    clientText:
      'Gentle pressure in front of the ear; the jaw should be relaxed and slightly open. A jaw that locks, or jaw pain with chest pain or breathlessness, needs a physician.',
    therapistText:
      'Light pressure over the joint and lateral pterygoid area, jaw relaxed; the facial nerve branches and superficial temporal vessels lie anterior to the tragus. Intraoral work only with training and consent. Refer a locked jaw, or jaw pain with exertional chest symptoms (possible cardiac referral).',
    sources: [WERNER, MAGEE, TRAVELL_SIMONS_1],
  },
  {
    region: 'jaw',
    clientText:
      'Moderate pressure on the jaw muscles is fine within comfort. Jaw pain that comes with effort and chest tightness, or a swelling under the jaw, needs a physician.',
    therapistText:
      'Masseter and medial pterygoid tolerate graded pressure; the facial artery crosses the mandible at the anterior masseter border and the parotid lies over the posterior masseter. Refer exertional jaw pain (cardiac), jaw claudication over 50, or a submandibular mass.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'back_of_head',
    clientText:
      'Careful pressure at the base of the skull, with the head resting and supported. Headache with dizziness, double vision, slurred speech or trouble swallowing after a neck movement needs emergency care.',
    therapistText:
      'Suboccipital release with the head supported; the greater occipital nerve and occipital artery emerge near the occiput and the vertebral artery lies deep in the suboccipital triangle. Avoid sustained end-range extension-rotation; new occipital headache with dizziness, diplopia, dysarthria or dysphagia: emergency (cervical artery dissection).',
    sources: [WERNER, MOORE, JULL],
  },
  {
    region: 'back_of_neck',
    clientText:
      'No forceful cracking or twisting of the neck, and no holding the head tipped back and turned. Neck pain with pins and needles in both arms or hands, or after a fall or crash, needs a physician first.',
    therapistText:
      'No high-velocity manipulation or sustained extension-rotation. Screen for cervical myelopathy (bilateral hand paresthesia, clumsiness, gait change), instability after trauma (Canadian C-spine rule) and cervical artery dysfunction before deep work.',
    sources: [WERNER, MAGEE, JULL],
  },
  {
    region: 'side_of_neck',
    clientText:
      'Only light pressure on the side of the neck: large blood vessels and the nerves to the arm lie just under the skin. Stop if pressing sends tingling down the arm or makes the person dizzy.',
    therapistText:
      'Endangerment site: carotid sheath deep to the anterior border of SCM, brachial plexus between the anterior and middle scalenes, external jugular vein. No deep or sustained pressure; stop with radiating paresthesia, dizziness or syncope (carotid sinus).',
    sources: [WERNER, MOORE],
  },
  {
    region: 'front_of_neck',
    clientText:
      'No deep pressure at the front of the neck: the windpipe, thyroid gland and main neck arteries lie here. A lump in the neck, or pain with trouble swallowing or a change of voice, needs a physician.',
    therapistText:
      'Endangerment site: trachea, thyroid, carotid arteries and the carotid sinus. No pressure medial to SCM; longus colli is approached only with gentle technique and training. Refer a neck mass, dysphagia, hoarseness or anterior neck pain with exertion (possible cardiac referral).',
    sources: [WERNER, MOORE],
  },
  {
    region: 'top_of_shoulder',
    clientText:
      'Firm work on the shoulder muscles is usually fine, but not deep pressure in the hollow above the collarbone, where nerves and vessels to the arm pass. Pain at the tip of the shoulder after belly pain or an injury to the belly needs a physician.',
    therapistText:
      'Avoid deep pressure in the supraclavicular fossa (subclavian vessels, brachial plexus trunks). Shoulder-tip pain without a mechanical pattern may be referred from the diaphragm (subphrenic blood, gallbladder, spleen after trauma) and needs medical review.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'front_of_shoulder',
    clientText:
      'Careful pressure below the collarbone toward the armpit, where the nerves and blood vessels to the arm pass under the small chest muscle. Stop if it brings on tingling or coldness in the hand.',
    therapistText:
      'Deep to pectoralis minor run the axillary artery and vein and the cords of the brachial plexus: pressure on pectoralis minor is graded and stopped with distal paresthesia or pallor. Left anterior shoulder pain with exertional symptoms: screen for cardiac referral.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'outer_shoulder',
    clientText:
      'Work around the shoulder stays within comfort; no forcing the arm overhead. Sudden loss of lifting after a fall, or a hot, swollen shoulder, needs a physician.',
    therapistText:
      'Avoid deep friction over an acutely painful subacromial bursa and forced elevation into impingement. Refer pseudoparalysis after trauma (possible cuff tear or dislocation), a hot swollen joint, or deltoid-area numbness (axillary nerve).',
    sources: [WERNER, MAGEE],
  },
  {
    region: 'back_of_shoulder',
    clientText:
      'Moderate pressure on the back of the shoulder is usually fine. Go gently where the back of the armpit meets the arm, where a nerve wraps around the bone.',
    therapistText:
      'The axillary nerve and posterior circumflex humeral artery pass through the quadrangular space (between teres minor, teres major, long head of triceps and the humerus): graded pressure there; stop with lateral-arm paresthesia.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'shoulder_blade',
    clientText:
      'Firm work on the shoulder-blade muscles is usually welcome. Pain under the right shoulder blade after fatty meals, or pain that does not change with movement, needs a physician.',
    therapistText:
      'Scapular muscles tolerate firm work. Right infrascapular pain may be referred from the gallbladder or liver; pain unaffected by movement or position, or with systemic signs, needs medical review.',
    sources: [WERNER, MAGEE],
  },
  {
    region: 'between_shoulder_blades',
    clientText:
      'Firm work beside the spine is usually fine, without pressing hard on the bony points of the spine or on the ribs of someone with thin bones. Sudden tearing pain here, or pain with chest pain or breathlessness, is an emergency.',
    therapistText:
      'No forceful pressure over spinous processes or ribs in osteoporosis. Interscapular pain can be referred from the heart, the aorta (sudden tearing pain: dissection), the oesophagus or the gallbladder: rule these out before treating as myofascial.',
    sources: [WERNER, NICE_CKS_CHEST],
  },
  {
    region: 'front_of_upper_arm',
    clientText:
      'Moderate pressure on the biceps is usually fine; go gently on the inner side of the arm, where the main nerves and artery to the forearm run.',
    therapistText:
      'Endangerment zone on the medial arm: brachial artery, median and ulnar nerves in the bicipital groove. Work the biceps from its lateral side; stop with distal paresthesia.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'back_of_upper_arm',
    clientText:
      'Firm work on the triceps is usually fine. Go gently along the middle of the back of the arm, where a nerve winds around the bone, and stop if the hand tingles.',
    therapistText:
      'The radial nerve lies in the radial (spiral) groove on the posterior humerus, deep to the lateral head of triceps: graded pressure there; stop with dorsal-hand paresthesia.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'outer_elbow',
    clientText:
      'No deep friction on the tender spot on the bony point itself while it is sore; the forearm muscles below it can be worked. Numbness in the hand or a hot, swollen elbow needs a physician.',
    therapistText:
      'Avoid aggressive transverse friction over an irritable common extensor origin; work the extensor bellies. The radial nerve divides anterior to the lateral epicondyle and its deep branch passes under supinator (radial tunnel).',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'inner_elbow',
    clientText:
      "Go gently behind the bony point on the inside of the elbow: the 'funny bone' nerve lies just under the skin there. Stop if the little and ring fingers tingle.",
    therapistText:
      'Endangerment site: the ulnar nerve in the cubital tunnel posterior to the medial epicondyle; the median nerve and brachial artery lie more anteriorly. No pressure in the ulnar groove; stop with ulnar-side paresthesia.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'front_of_elbow',
    clientText:
      'Only gentle pressure in the crease at the front of the elbow, where the main artery and a large nerve of the arm pass. A sudden pop with bruising and a bunched-up biceps needs a physician within days.',
    therapistText:
      'Endangerment site: the cubital fossa holds the brachial artery, median nerve and the biceps tendon (and the median cubital vein superficially). No deep pressure in the fossa; refer a suspected distal biceps rupture promptly.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'back_of_elbow',
    clientText:
      'No pressure on a swollen elbow tip, and do not rest the elbow on the table during work. A red, hot swelling there needs a physician the same day.',
    therapistText:
      'No pressure over an olecranon bursa, especially if swollen; septic bursitis (warmth, erythema, fever) needs same-day medical review. The ulnar nerve lies just medial to the olecranon.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'back_of_forearm',
    clientText:
      'Firm work on the forearm muscles is usually fine. Stop if pressing near the elbow sends tingling into the back of the hand.',
    therapistText:
      'Extensor-supinator mass tolerates firm work; the posterior interosseous nerve passes through supinator just below the radial head (radial tunnel): graded pressure there.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'front_of_forearm',
    clientText:
      'Moderate pressure on the forearm muscles is usually fine; go gently near the wrist, where the pulse and nerves lie close under the skin.',
    therapistText:
      'Flexor-pronator mass tolerates graded work; the median nerve passes between the heads of pronator teres, and the radial and ulnar arteries and the ulnar nerve are superficial at the distal forearm.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'back_of_wrist',
    clientText:
      'Gentle work around the back of the wrist. Wrist pain after a fall on the outstretched hand, especially at the base of the thumb, needs an X-ray before massage.',
    therapistText:
      'Light work over the dorsal tendons and the superficial radial nerve at the radial wrist. After FOOSH with anatomical snuffbox tenderness, suspect a scaphoid fracture and refer. Note ganglia: no pressure on them.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'front_of_wrist',
    clientText:
      'Only light pressure on the palm side of the wrist, where the nerves and pulse lie just under the skin. Numbness in the fingers at night is worth telling a physician about.',
    therapistText:
      "Endangerment site: radial artery, ulnar artery and nerve (Guyon's canal), median nerve at the carpal tunnel. No deep pressure over the carpal tunnel or Guyon's canal; thenar wasting or constant numbness needs referral.",
    sources: [WERNER, MOORE],
  },
  {
    region: 'thumb_base',
    clientText:
      'Gentle work on the thumb muscles within comfort. A painful, swollen thumb base after a fall, or a thumb that is unstable when pinching, needs a physician.',
    therapistText:
      "Thenar work is graded; avoid forcing the first CMC joint. After trauma consider scaphoid fracture or ulnar collateral ligament (skier's thumb) injury. Thenar wasting suggests median neuropathy.",
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'palm',
    clientText:
      'Moderate pressure in the palm is usually fine; avoid pressing on a tender lump at the base of a finger. A red, hot, swollen palm or finger after a cut needs urgent care.',
    therapistText:
      'Graded pressure over the thenar and hypothenar eminences; avoid the tender A1 pulley nodule in trigger finger and Dupuytren cords. Kanavel signs after a puncture wound (flexor sheath infection) need urgent referral.',
    sources: [WERNER, AAOS],
  },
  {
    region: 'back_of_hand',
    clientText:
      'Light work on the back of the hand; the skin is thin and the tendons and veins lie close under it. A swollen hand after an injury, or swelling in several finger joints, needs a physician.',
    therapistText:
      'Light pressure over the thin dorsal skin, extensor tendons and veins. Consider metacarpal fracture after a punch or fall and inflammatory arthritis with symmetrical MCP swelling; no pressure on ganglia.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'chest',
    clientText:
      'Chest pain is checked by a physician before any massage. Call emergency services for chest pain with breathlessness, sweating, sickness or pain spreading to the arm, jaw or back.',
    therapistText:
      'Chest pain is treated as musculoskeletal only after cardiac and pulmonary causes are excluded. Breast tissue is not worked; pectoralis minor is approached from the axillary side with consent and draping. Exertional or pressure-like chest pain: emergency referral.',
    sources: [WERNER, NICE_CKS_CHEST],
  },
  {
    region: 'breastbone',
    clientText:
      'No firm pressure on the breastbone. Central chest pain or pressure, especially on effort or with sweating, breathlessness or pain spreading to the arm or jaw, is an emergency.',
    therapistText:
      'No firm pressure over the sternum or costochondral joints (costochondritis, osteoporosis, post-sternotomy). Central chest pressure, exertional pain or associated autonomic signs: emergency (acute coronary syndrome).',
    sources: [WERNER, NICE_CKS_CHEST],
  },
  {
    region: 'side_of_ribs',
    clientText:
      'Gentle pressure only over the ribs, and none on a spot that hurts sharply after a fall or a hard cough. Rib pain with breathlessness or coughing blood needs urgent care.',
    therapistText:
      'No firm pressure over the ribs after trauma or in osteoporosis (possible rib fracture; point tenderness, pain on compression). Pleuritic pain with dyspnoea or haemoptysis needs urgent review; dermatomal burning before a rash suggests shingles.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'upper_abdomen',
    clientText:
      'No deep pressure in the upper belly, where the liver, stomach and a large artery lie. Upper belly pain with vomiting, fever, yellow skin, or pain spreading to the back or shoulder needs a physician.',
    therapistText:
      'Endangerment site: liver, gallbladder, stomach, pancreas and the abdominal aorta (xiphoid to umbilicus). Deep work only with training, consent and no visceral red flags; a pulsatile mass or epigastric pain with exertion needs medical review.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'side_of_abdomen',
    clientText:
      'Gentle pressure at the side of the belly, and none deep under the lower ribs at the back, where the kidneys lie. Pain with fever, blood in the urine or pain on passing urine needs a physician.',
    therapistText:
      'Light work over the obliques; no deep or percussive pressure at the flank/costovertebral angle (kidneys, and the spleen on the left under the lower ribs). Flank pain with fever, haematuria or dysuria suggests renal causes.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'lower_abdomen',
    clientText:
      'Only gentle work on the lower belly, with an empty bladder. Pain with fever, vomiting, bleeding or in pregnancy needs a physician first.',
    therapistText:
      'Light work only (bladder, bowel, and in women the uterus and ovaries lie beneath). Contraindicated in pregnancy without clearance; right lower quadrant pain with fever (appendicitis) or pelvic pain with bleeding needs medical review.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'groin',
    clientText:
      'No deep pressure in the crease of the groin: the main artery, vein and nerve of the leg pass here. Work there only with clear consent. A lump in the groin, or a hot swollen leg, needs a physician.',
    therapistText:
      'Endangerment site: the femoral triangle (femoral nerve, artery and vein, inguinal lymph nodes). No deep or sustained pressure; iliacus and psoas are approached above the inguinal ligament with training and consent. Refer a groin mass (hernia, node) or signs of DVT.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'mid_back',
    clientText:
      'Firm work on the back muscles is usually fine, but no hard pressure on the spine itself in someone with thin bones. Sudden severe tearing pain in the back is an emergency.',
    therapistText:
      'No forceful posterior-anterior pressure over thoracic spinous processes or ribs in osteoporosis (vertebral or rib fracture). Thoracic pain can be visceral (aorta, heart, pancreas, kidney): screen before treating; sudden tearing pain is an emergency.',
    sources: [WERNER, NICE_CKS_CHEST],
  },
  {
    region: 'low_back',
    clientText:
      'Firm work on the low-back muscles is usually fine, but no deep pressure just below the ribs at the side of the spine, where the kidneys sit. Numbness between the legs or new bladder or bowel trouble is an emergency.',
    therapistText:
      'Avoid deep pressure at the costovertebral angle (kidneys) and strong pressure over lumbar spinous processes in osteoporosis. Screen for cauda equina (saddle anaesthesia, sphincter change, bilateral leg symptoms), fracture, infection and malignancy (NICE NG59).',
    sources: [WERNER, NICE_NG59],
  },
  {
    region: 'sacrum',
    clientText:
      'Moderate pressure over the back of the pelvis is usually fine. Numbness in the saddle area or new bladder or bowel trouble is an emergency; in pregnancy work stays light and side-lying.',
    therapistText:
      'Graded pressure over the sacrum and SI joints; light side-lying work in pregnancy. Screen for cauda equina and for inflammatory back pain (morning stiffness over 30 min, age under 45); avoid deep coccygeal pressure without consent.',
    sources: [WERNER, NICE_NG59],
  },
  {
    region: 'buttock',
    clientText:
      'Firm work on the buttock muscles is usually fine, with consent; go gently deep in the middle of the buttock, where the large sciatic nerve runs, and stop if pain or tingling shoots down the leg.',
    therapistText:
      'The sciatic nerve exits below piriformis at the greater sciatic notch: graded pressure over the deep rotators; stop with radiating paresthesia. Avoid sustained pressure at the ischial tuberosity when the proximal hamstring is irritable.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'outer_hip',
    clientText:
      'No deep friction on the bony point at the side of the hip while it is sore. Hip pain after a fall with trouble standing needs a physician first.',
    therapistText:
      'Avoid deep friction over an irritable greater trochanter (gluteal tendinopathy, trochanteric bursa). After a fall in an older person with inability to weight-bear, exclude a hip fracture first.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'front_of_thigh',
    clientText:
      'Firm work on the thigh muscles is usually fine, but not high up on the inner front of the thigh, where the main artery runs. A swollen, warm, tender thigh needs a physician.',
    therapistText:
      'Quadriceps tolerate firm work; the femoral artery and vein run in the femoral triangle and adductor canal on the anteromedial thigh. A hard, painful swelling after a blow (myositis ossificans risk) gets no deep work; thigh swelling with warmth: exclude DVT.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'inner_thigh',
    clientText:
      'Inner-thigh work needs clear consent and careful draping, and no deep pressure high up near the groin or along the middle of the inner thigh, where the main artery and vein of the leg run.',
    therapistText:
      "Endangerment zone: femoral vessels in the femoral triangle and adductor (Hunter's) canal, the great saphenous vein superficially. Adductor work with consent, draping, and graded pressure away from the vessels; exclude DVT with unilateral swelling.",
    sources: [WERNER, MOORE],
  },
  {
    region: 'outer_thigh',
    clientText:
      'Firm work on the outer thigh is usually fine within comfort. Burning or numbness on the outer thigh is a trapped skin nerve and needs gentle work near the front of the hip.',
    therapistText:
      'The iliotibial band is not stretched by pressure; work vastus lateralis and TFL within tolerance. Lateral thigh burning or numbness suggests meralgia paresthetica: no pressure medial to the ASIS.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'back_of_thigh',
    clientText:
      'Firm work on the hamstrings is usually fine, but not on a fresh, bruised strain. Go gently at the very top near the sit bone and stop if pain shoots down the leg.',
    therapistText:
      'No deep work on an acute hamstring strain (first days, bruising); the sciatic nerve runs deep along the posterior thigh between the hamstrings. Suspected proximal avulsion (pop, bruising, weakness) needs prompt referral.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'front_of_knee',
    clientText:
      'No deep pressure on the kneecap or its tendon while they are sore, and nothing on a warm, swollen knee. A knee that swells quickly after a twist needs a physician.',
    therapistText:
      'No compression of the patella into the femur and no deep friction on an irritable patellar tendon; no work on an effused, hot knee (haemarthrosis, infection, gout). Rapid effusion after a twist suggests ACL or osteochondral injury.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'inner_knee',
    clientText:
      'Gentle work on the inner knee; no deep friction on the tender spot just below the joint. A knee that locks or gives way needs a physician.',
    therapistText:
      'Avoid deep friction over the pes anserinus and the MCL when irritable; the saphenous nerve and great saphenous vein pass the medial knee. Locking or giving way suggests meniscal or ligament injury.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'outer_knee',
    clientText:
      'No deep pressure just below and behind the bony bump on the outside of the knee, where a nerve to the foot lies under the skin. Numbness or a dropping foot needs a physician.',
    therapistText:
      'Endangerment site: the common fibular nerve winds around the fibular neck; no sustained or deep pressure there and no bolstering against it. Foot drop or dorsal-foot numbness needs referral.',
    sources: [WERNER, MOORE],
  },
  {
    region: 'back_of_knee',
    clientText:
      'No deep pressure in the hollow behind the knee: the main artery, vein and nerve of the lower leg pass there. A swollen, warm, tender calf below it needs a physician before any massage.',
    therapistText:
      "Endangerment site: the popliteal fossa holds the popliteal artery and vein and the tibial and common fibular nerves. No deep pressure in the fossa; a Baker's cyst or signs of DVT (unilateral calf swelling, warmth, tenderness) contraindicate local work.",
    sources: [WERNER, MOORE],
  },
  {
    region: 'shin',
    clientText:
      'No deep pressure along the edge of the shin bone while it is sore. A single very tender spot on the bone, or a tight, swollen shin after exercise, needs a physician.',
    therapistText:
      'Avoid deep pressure along the posteromedial tibial border in MTSS; focal bony tenderness or night pain suggests a tibial stress fracture. Tense anterior compartment with pain on passive toe flexion: compartment syndrome (emergency if acute).',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'outer_lower_leg',
    clientText:
      'Moderate pressure on the outside of the lower leg is usually fine. Go gently at the top, just below the knee, where a nerve lies near the skin; a tight, swelling leg after exercise or an injury needs urgent care.',
    therapistText:
      'Fibularis muscles tolerate graded work; the common fibular nerve crosses the fibular neck and the superficial fibular nerve pierces the fascia in the distal third. Exclude lateral compartment syndrome and fibular fracture after trauma.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'calf',
    clientText:
      'A calf that is swollen, warm, red or tender, especially after surgery, a long journey or a period in bed, needs a physician before any massage (a clot is possible). Otherwise firm calf work is usually fine.',
    therapistText:
      'Screen for DVT (unilateral swelling, warmth, tenderness, recent immobility, surgery, travel, pregnancy, oral contraceptives, cancer): no massage until cleared. The tibial nerve and posterior tibial vessels lie deep; no deep work on an acute calf strain.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'achilles',
    clientText:
      'No deep friction on a sore, thickened Achilles tendon. A sudden snap at the back of the ankle, as if kicked, needs a physician the same day.',
    therapistText:
      "No aggressive friction over a reactive Achilles tendon. Sudden pain 'as if kicked' with weak push-off and a positive Thompson (calf squeeze) test suggests rupture: same-day referral. Note recent fluoroquinolone use.",
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'front_of_ankle',
    clientText:
      'Gentle work on the front of the ankle; nothing on a freshly swollen joint. After a twist, not being able to take four steps, or bone that hurts to press, needs an X-ray.',
    therapistText:
      'Light work over the dorsal tendons and the deep fibular nerve and dorsalis pedis artery. Apply the Ottawa ankle rules after injury; no work on an acute effusion.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'inner_ankle',
    clientText:
      'Only light pressure behind the bony bump on the inside of the ankle, where a nerve and artery to the sole pass. Tingling in the sole with pressing there needs gentle work away from the spot.',
    therapistText:
      "Endangerment site: the tarsal tunnel (tibial nerve, posterior tibial artery, tendons of tibialis posterior, FDL, FHL) behind the medial malleolus. No deep pressure; a positive Tinel's sign suggests tarsal tunnel syndrome.",
    sources: [WERNER, MOORE],
  },
  {
    region: 'outer_ankle',
    clientText:
      'No deep work on a fresh, swollen ankle sprain; the leg above can still be treated. Not being able to take four steps after a twist, or bone that hurts to press, needs an X-ray.',
    therapistText:
      'No deep work on an acute lateral ligament sprain; apply the Ottawa ankle rules (posterior edge or tip of the lateral malleolus, base of the fifth metatarsal, inability to bear weight). The sural nerve passes behind the lateral malleolus.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'top_of_foot',
    clientText:
      'Light work on the top of the foot, where the skin is thin and a pulse and nerve lie close under it. Pain on the top of the foot that builds up with walking or running may be a stress fracture and needs a physician.',
    therapistText:
      'Light pressure over the dorsalis pedis artery and the deep and superficial fibular nerves. Progressive dorsal forefoot pain with swelling after increased load suggests a metatarsal stress fracture; in diabetes check the skin and sensation.',
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'sole',
    clientText:
      'Firm work on the sole is usually fine, within comfort. With diabetes or numb feet, check the skin first and use lighter pressure; a wound or a red, hot foot needs a physician.',
    therapistText:
      "Plantar work is usually well tolerated; in diabetes or peripheral neuropathy check skin integrity and sensation first and use lighter pressure. Avoid deep pressure between the metatarsal heads with Morton's neuroma; a hot, swollen foot in diabetes: exclude infection or Charcot foot.",
    sources: [WERNER, BRUKNER],
  },
  {
    region: 'heel',
    clientText:
      'No deep pressure on the most tender spot under the heel while it is sore; the calf and arch can be worked. Heel pain after a fall or jump, or pain at night, needs a physician.',
    therapistText:
      'Avoid deep friction on an irritable plantar fascia insertion; work the calf and the intrinsic foot muscles. Heel pain after a fall from height (calcaneal fracture), at night or with bilateral enthesitis (spondyloarthritis) needs referral.',
    sources: [WERNER, BRUKNER],
  },
];
