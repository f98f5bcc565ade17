// Written by geodata/build.mjs (build/files-module.mjs): do not edit. The built modules' URL of
// each country's admin-1 file, named literally so that an app's bundler emits every one of them
// (src/load/package-files.ts says why); a page downloads only the ones it draws.

/** The countries that have an admin-1 file (geodata/admin1/XX.json), in code order. */
export const ADMIN1_COUNTRIES: readonly string[] = [
  'AD',
  'AE',
  'AF',
  'AG',
  'AL',
  'AM',
  'AO',
  'AR',
  'AT',
  'AU',
  'AZ',
  'BA',
  'BB',
  'BD',
  'BE',
  'BF',
  'BG',
  'BH',
  'BI',
  'BJ',
  'BN',
  'BO',
  'BR',
  'BS',
  'BT',
  'BW',
  'BY',
  'BZ',
  'CA',
  'CD',
  'CF',
  'CG',
  'CH',
  'CI',
  'CL',
  'CM',
  'CN',
  'CO',
  'CR',
  'CU',
  'CV',
  'CY',
  'CZ',
  'DE',
  'DJ',
  'DK',
  'DM',
  'DO',
  'DZ',
  'EC',
  'EE',
  'EG',
  'ER',
  'ES',
  'ET',
  'FI',
  'FJ',
  'FM',
  'FR',
  'GA',
  'GB',
  'GD',
  'GE',
  'GH',
  'GL',
  'GM',
  'GN',
  'GQ',
  'GR',
  'GT',
  'GW',
  'GY',
  'HN',
  'HR',
  'HT',
  'HU',
  'ID',
  'IE',
  'IL',
  'IN',
  'IQ',
  'IR',
  'IS',
  'IT',
  'JM',
  'JO',
  'JP',
  'KE',
  'KG',
  'KH',
  'KM',
  'KN',
  'KP',
  'KR',
  'KW',
  'KZ',
  'LA',
  'LB',
  'LC',
  'LI',
  'LK',
  'LR',
  'LS',
  'LT',
  'LU',
  'LV',
  'LY',
  'MD',
  'ME',
  'MG',
  'MH',
  'MK',
  'ML',
  'MM',
  'MN',
  'MR',
  'MT',
  'MU',
  'MV',
  'MW',
  'MX',
  'MY',
  'MZ',
  'NA',
  'NE',
  'NG',
  'NI',
  'NL',
  'NO',
  'NR',
  'NZ',
  'OM',
  'PA',
  'PE',
  'PG',
  'PH',
  'PK',
  'PL',
  'PT',
  'PW',
  'PY',
  'QA',
  'RO',
  'RS',
  'RU',
  'RW',
  'SA',
  'SB',
  'SC',
  'SD',
  'SE',
  'SG',
  'SH',
  'SI',
  'SK',
  'SL',
  'SM',
  'SN',
  'SO',
  'SR',
  'SS',
  'ST',
  'SV',
  'SY',
  'SZ',
  'TD',
  'TG',
  'TH',
  'TJ',
  'TL',
  'TM',
  'TN',
  'TO',
  'TR',
  'TT',
  'TW',
  'TZ',
  'UA',
  'UG',
  'UM',
  'US',
  'UY',
  'UZ',
  'VC',
  'VE',
  'VN',
  'VU',
  'WF',
  'WS',
  'YE',
  'ZA',
  'ZM',
  'ZW',
];

/** The URL of a country's admin-1 file beside the built module; null for a country without one. */
export function builtAdmin1Url(country: string): string | null {
  switch (country) {
    case 'AD':
      return new URL(/* @vite-ignore */ './geodata/admin1/AD.json', import.meta.url).href;
    case 'AE':
      return new URL(/* @vite-ignore */ './geodata/admin1/AE.json', import.meta.url).href;
    case 'AF':
      return new URL(/* @vite-ignore */ './geodata/admin1/AF.json', import.meta.url).href;
    case 'AG':
      return new URL(/* @vite-ignore */ './geodata/admin1/AG.json', import.meta.url).href;
    case 'AL':
      return new URL(/* @vite-ignore */ './geodata/admin1/AL.json', import.meta.url).href;
    case 'AM':
      return new URL(/* @vite-ignore */ './geodata/admin1/AM.json', import.meta.url).href;
    case 'AO':
      return new URL(/* @vite-ignore */ './geodata/admin1/AO.json', import.meta.url).href;
    case 'AR':
      return new URL(/* @vite-ignore */ './geodata/admin1/AR.json', import.meta.url).href;
    case 'AT':
      return new URL(/* @vite-ignore */ './geodata/admin1/AT.json', import.meta.url).href;
    case 'AU':
      return new URL(/* @vite-ignore */ './geodata/admin1/AU.json', import.meta.url).href;
    case 'AZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/AZ.json', import.meta.url).href;
    case 'BA':
      return new URL(/* @vite-ignore */ './geodata/admin1/BA.json', import.meta.url).href;
    case 'BB':
      return new URL(/* @vite-ignore */ './geodata/admin1/BB.json', import.meta.url).href;
    case 'BD':
      return new URL(/* @vite-ignore */ './geodata/admin1/BD.json', import.meta.url).href;
    case 'BE':
      return new URL(/* @vite-ignore */ './geodata/admin1/BE.json', import.meta.url).href;
    case 'BF':
      return new URL(/* @vite-ignore */ './geodata/admin1/BF.json', import.meta.url).href;
    case 'BG':
      return new URL(/* @vite-ignore */ './geodata/admin1/BG.json', import.meta.url).href;
    case 'BH':
      return new URL(/* @vite-ignore */ './geodata/admin1/BH.json', import.meta.url).href;
    case 'BI':
      return new URL(/* @vite-ignore */ './geodata/admin1/BI.json', import.meta.url).href;
    case 'BJ':
      return new URL(/* @vite-ignore */ './geodata/admin1/BJ.json', import.meta.url).href;
    case 'BN':
      return new URL(/* @vite-ignore */ './geodata/admin1/BN.json', import.meta.url).href;
    case 'BO':
      return new URL(/* @vite-ignore */ './geodata/admin1/BO.json', import.meta.url).href;
    case 'BR':
      return new URL(/* @vite-ignore */ './geodata/admin1/BR.json', import.meta.url).href;
    case 'BS':
      return new URL(/* @vite-ignore */ './geodata/admin1/BS.json', import.meta.url).href;
    case 'BT':
      return new URL(/* @vite-ignore */ './geodata/admin1/BT.json', import.meta.url).href;
    case 'BW':
      return new URL(/* @vite-ignore */ './geodata/admin1/BW.json', import.meta.url).href;
    case 'BY':
      return new URL(/* @vite-ignore */ './geodata/admin1/BY.json', import.meta.url).href;
    case 'BZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/BZ.json', import.meta.url).href;
    case 'CA':
      return new URL(/* @vite-ignore */ './geodata/admin1/CA.json', import.meta.url).href;
    case 'CD':
      return new URL(/* @vite-ignore */ './geodata/admin1/CD.json', import.meta.url).href;
    case 'CF':
      return new URL(/* @vite-ignore */ './geodata/admin1/CF.json', import.meta.url).href;
    case 'CG':
      return new URL(/* @vite-ignore */ './geodata/admin1/CG.json', import.meta.url).href;
    case 'CH':
      return new URL(/* @vite-ignore */ './geodata/admin1/CH.json', import.meta.url).href;
    case 'CI':
      return new URL(/* @vite-ignore */ './geodata/admin1/CI.json', import.meta.url).href;
    case 'CL':
      return new URL(/* @vite-ignore */ './geodata/admin1/CL.json', import.meta.url).href;
    case 'CM':
      return new URL(/* @vite-ignore */ './geodata/admin1/CM.json', import.meta.url).href;
    case 'CN':
      return new URL(/* @vite-ignore */ './geodata/admin1/CN.json', import.meta.url).href;
    case 'CO':
      return new URL(/* @vite-ignore */ './geodata/admin1/CO.json', import.meta.url).href;
    case 'CR':
      return new URL(/* @vite-ignore */ './geodata/admin1/CR.json', import.meta.url).href;
    case 'CU':
      return new URL(/* @vite-ignore */ './geodata/admin1/CU.json', import.meta.url).href;
    case 'CV':
      return new URL(/* @vite-ignore */ './geodata/admin1/CV.json', import.meta.url).href;
    case 'CY':
      return new URL(/* @vite-ignore */ './geodata/admin1/CY.json', import.meta.url).href;
    case 'CZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/CZ.json', import.meta.url).href;
    case 'DE':
      return new URL(/* @vite-ignore */ './geodata/admin1/DE.json', import.meta.url).href;
    case 'DJ':
      return new URL(/* @vite-ignore */ './geodata/admin1/DJ.json', import.meta.url).href;
    case 'DK':
      return new URL(/* @vite-ignore */ './geodata/admin1/DK.json', import.meta.url).href;
    case 'DM':
      return new URL(/* @vite-ignore */ './geodata/admin1/DM.json', import.meta.url).href;
    case 'DO':
      return new URL(/* @vite-ignore */ './geodata/admin1/DO.json', import.meta.url).href;
    case 'DZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/DZ.json', import.meta.url).href;
    case 'EC':
      return new URL(/* @vite-ignore */ './geodata/admin1/EC.json', import.meta.url).href;
    case 'EE':
      return new URL(/* @vite-ignore */ './geodata/admin1/EE.json', import.meta.url).href;
    case 'EG':
      return new URL(/* @vite-ignore */ './geodata/admin1/EG.json', import.meta.url).href;
    case 'ER':
      return new URL(/* @vite-ignore */ './geodata/admin1/ER.json', import.meta.url).href;
    case 'ES':
      return new URL(/* @vite-ignore */ './geodata/admin1/ES.json', import.meta.url).href;
    case 'ET':
      return new URL(/* @vite-ignore */ './geodata/admin1/ET.json', import.meta.url).href;
    case 'FI':
      return new URL(/* @vite-ignore */ './geodata/admin1/FI.json', import.meta.url).href;
    case 'FJ':
      return new URL(/* @vite-ignore */ './geodata/admin1/FJ.json', import.meta.url).href;
    case 'FM':
      return new URL(/* @vite-ignore */ './geodata/admin1/FM.json', import.meta.url).href;
    case 'FR':
      return new URL(/* @vite-ignore */ './geodata/admin1/FR.json', import.meta.url).href;
    case 'GA':
      return new URL(/* @vite-ignore */ './geodata/admin1/GA.json', import.meta.url).href;
    case 'GB':
      return new URL(/* @vite-ignore */ './geodata/admin1/GB.json', import.meta.url).href;
    case 'GD':
      return new URL(/* @vite-ignore */ './geodata/admin1/GD.json', import.meta.url).href;
    case 'GE':
      return new URL(/* @vite-ignore */ './geodata/admin1/GE.json', import.meta.url).href;
    case 'GH':
      return new URL(/* @vite-ignore */ './geodata/admin1/GH.json', import.meta.url).href;
    case 'GL':
      return new URL(/* @vite-ignore */ './geodata/admin1/GL.json', import.meta.url).href;
    case 'GM':
      return new URL(/* @vite-ignore */ './geodata/admin1/GM.json', import.meta.url).href;
    case 'GN':
      return new URL(/* @vite-ignore */ './geodata/admin1/GN.json', import.meta.url).href;
    case 'GQ':
      return new URL(/* @vite-ignore */ './geodata/admin1/GQ.json', import.meta.url).href;
    case 'GR':
      return new URL(/* @vite-ignore */ './geodata/admin1/GR.json', import.meta.url).href;
    case 'GT':
      return new URL(/* @vite-ignore */ './geodata/admin1/GT.json', import.meta.url).href;
    case 'GW':
      return new URL(/* @vite-ignore */ './geodata/admin1/GW.json', import.meta.url).href;
    case 'GY':
      return new URL(/* @vite-ignore */ './geodata/admin1/GY.json', import.meta.url).href;
    case 'HN':
      return new URL(/* @vite-ignore */ './geodata/admin1/HN.json', import.meta.url).href;
    case 'HR':
      return new URL(/* @vite-ignore */ './geodata/admin1/HR.json', import.meta.url).href;
    case 'HT':
      return new URL(/* @vite-ignore */ './geodata/admin1/HT.json', import.meta.url).href;
    case 'HU':
      return new URL(/* @vite-ignore */ './geodata/admin1/HU.json', import.meta.url).href;
    case 'ID':
      return new URL(/* @vite-ignore */ './geodata/admin1/ID.json', import.meta.url).href;
    case 'IE':
      return new URL(/* @vite-ignore */ './geodata/admin1/IE.json', import.meta.url).href;
    case 'IL':
      return new URL(/* @vite-ignore */ './geodata/admin1/IL.json', import.meta.url).href;
    case 'IN':
      return new URL(/* @vite-ignore */ './geodata/admin1/IN.json', import.meta.url).href;
    case 'IQ':
      return new URL(/* @vite-ignore */ './geodata/admin1/IQ.json', import.meta.url).href;
    case 'IR':
      return new URL(/* @vite-ignore */ './geodata/admin1/IR.json', import.meta.url).href;
    case 'IS':
      return new URL(/* @vite-ignore */ './geodata/admin1/IS.json', import.meta.url).href;
    case 'IT':
      return new URL(/* @vite-ignore */ './geodata/admin1/IT.json', import.meta.url).href;
    case 'JM':
      return new URL(/* @vite-ignore */ './geodata/admin1/JM.json', import.meta.url).href;
    case 'JO':
      return new URL(/* @vite-ignore */ './geodata/admin1/JO.json', import.meta.url).href;
    case 'JP':
      return new URL(/* @vite-ignore */ './geodata/admin1/JP.json', import.meta.url).href;
    case 'KE':
      return new URL(/* @vite-ignore */ './geodata/admin1/KE.json', import.meta.url).href;
    case 'KG':
      return new URL(/* @vite-ignore */ './geodata/admin1/KG.json', import.meta.url).href;
    case 'KH':
      return new URL(/* @vite-ignore */ './geodata/admin1/KH.json', import.meta.url).href;
    case 'KM':
      return new URL(/* @vite-ignore */ './geodata/admin1/KM.json', import.meta.url).href;
    case 'KN':
      return new URL(/* @vite-ignore */ './geodata/admin1/KN.json', import.meta.url).href;
    case 'KP':
      return new URL(/* @vite-ignore */ './geodata/admin1/KP.json', import.meta.url).href;
    case 'KR':
      return new URL(/* @vite-ignore */ './geodata/admin1/KR.json', import.meta.url).href;
    case 'KW':
      return new URL(/* @vite-ignore */ './geodata/admin1/KW.json', import.meta.url).href;
    case 'KZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/KZ.json', import.meta.url).href;
    case 'LA':
      return new URL(/* @vite-ignore */ './geodata/admin1/LA.json', import.meta.url).href;
    case 'LB':
      return new URL(/* @vite-ignore */ './geodata/admin1/LB.json', import.meta.url).href;
    case 'LC':
      return new URL(/* @vite-ignore */ './geodata/admin1/LC.json', import.meta.url).href;
    case 'LI':
      return new URL(/* @vite-ignore */ './geodata/admin1/LI.json', import.meta.url).href;
    case 'LK':
      return new URL(/* @vite-ignore */ './geodata/admin1/LK.json', import.meta.url).href;
    case 'LR':
      return new URL(/* @vite-ignore */ './geodata/admin1/LR.json', import.meta.url).href;
    case 'LS':
      return new URL(/* @vite-ignore */ './geodata/admin1/LS.json', import.meta.url).href;
    case 'LT':
      return new URL(/* @vite-ignore */ './geodata/admin1/LT.json', import.meta.url).href;
    case 'LU':
      return new URL(/* @vite-ignore */ './geodata/admin1/LU.json', import.meta.url).href;
    case 'LV':
      return new URL(/* @vite-ignore */ './geodata/admin1/LV.json', import.meta.url).href;
    case 'LY':
      return new URL(/* @vite-ignore */ './geodata/admin1/LY.json', import.meta.url).href;
    case 'MD':
      return new URL(/* @vite-ignore */ './geodata/admin1/MD.json', import.meta.url).href;
    case 'ME':
      return new URL(/* @vite-ignore */ './geodata/admin1/ME.json', import.meta.url).href;
    case 'MG':
      return new URL(/* @vite-ignore */ './geodata/admin1/MG.json', import.meta.url).href;
    case 'MH':
      return new URL(/* @vite-ignore */ './geodata/admin1/MH.json', import.meta.url).href;
    case 'MK':
      return new URL(/* @vite-ignore */ './geodata/admin1/MK.json', import.meta.url).href;
    case 'ML':
      return new URL(/* @vite-ignore */ './geodata/admin1/ML.json', import.meta.url).href;
    case 'MM':
      return new URL(/* @vite-ignore */ './geodata/admin1/MM.json', import.meta.url).href;
    case 'MN':
      return new URL(/* @vite-ignore */ './geodata/admin1/MN.json', import.meta.url).href;
    case 'MR':
      return new URL(/* @vite-ignore */ './geodata/admin1/MR.json', import.meta.url).href;
    case 'MT':
      return new URL(/* @vite-ignore */ './geodata/admin1/MT.json', import.meta.url).href;
    case 'MU':
      return new URL(/* @vite-ignore */ './geodata/admin1/MU.json', import.meta.url).href;
    case 'MV':
      return new URL(/* @vite-ignore */ './geodata/admin1/MV.json', import.meta.url).href;
    case 'MW':
      return new URL(/* @vite-ignore */ './geodata/admin1/MW.json', import.meta.url).href;
    case 'MX':
      return new URL(/* @vite-ignore */ './geodata/admin1/MX.json', import.meta.url).href;
    case 'MY':
      return new URL(/* @vite-ignore */ './geodata/admin1/MY.json', import.meta.url).href;
    case 'MZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/MZ.json', import.meta.url).href;
    case 'NA':
      return new URL(/* @vite-ignore */ './geodata/admin1/NA.json', import.meta.url).href;
    case 'NE':
      return new URL(/* @vite-ignore */ './geodata/admin1/NE.json', import.meta.url).href;
    case 'NG':
      return new URL(/* @vite-ignore */ './geodata/admin1/NG.json', import.meta.url).href;
    case 'NI':
      return new URL(/* @vite-ignore */ './geodata/admin1/NI.json', import.meta.url).href;
    case 'NL':
      return new URL(/* @vite-ignore */ './geodata/admin1/NL.json', import.meta.url).href;
    case 'NO':
      return new URL(/* @vite-ignore */ './geodata/admin1/NO.json', import.meta.url).href;
    case 'NR':
      return new URL(/* @vite-ignore */ './geodata/admin1/NR.json', import.meta.url).href;
    case 'NZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/NZ.json', import.meta.url).href;
    case 'OM':
      return new URL(/* @vite-ignore */ './geodata/admin1/OM.json', import.meta.url).href;
    case 'PA':
      return new URL(/* @vite-ignore */ './geodata/admin1/PA.json', import.meta.url).href;
    case 'PE':
      return new URL(/* @vite-ignore */ './geodata/admin1/PE.json', import.meta.url).href;
    case 'PG':
      return new URL(/* @vite-ignore */ './geodata/admin1/PG.json', import.meta.url).href;
    case 'PH':
      return new URL(/* @vite-ignore */ './geodata/admin1/PH.json', import.meta.url).href;
    case 'PK':
      return new URL(/* @vite-ignore */ './geodata/admin1/PK.json', import.meta.url).href;
    case 'PL':
      return new URL(/* @vite-ignore */ './geodata/admin1/PL.json', import.meta.url).href;
    case 'PT':
      return new URL(/* @vite-ignore */ './geodata/admin1/PT.json', import.meta.url).href;
    case 'PW':
      return new URL(/* @vite-ignore */ './geodata/admin1/PW.json', import.meta.url).href;
    case 'PY':
      return new URL(/* @vite-ignore */ './geodata/admin1/PY.json', import.meta.url).href;
    case 'QA':
      return new URL(/* @vite-ignore */ './geodata/admin1/QA.json', import.meta.url).href;
    case 'RO':
      return new URL(/* @vite-ignore */ './geodata/admin1/RO.json', import.meta.url).href;
    case 'RS':
      return new URL(/* @vite-ignore */ './geodata/admin1/RS.json', import.meta.url).href;
    case 'RU':
      return new URL(/* @vite-ignore */ './geodata/admin1/RU.json', import.meta.url).href;
    case 'RW':
      return new URL(/* @vite-ignore */ './geodata/admin1/RW.json', import.meta.url).href;
    case 'SA':
      return new URL(/* @vite-ignore */ './geodata/admin1/SA.json', import.meta.url).href;
    case 'SB':
      return new URL(/* @vite-ignore */ './geodata/admin1/SB.json', import.meta.url).href;
    case 'SC':
      return new URL(/* @vite-ignore */ './geodata/admin1/SC.json', import.meta.url).href;
    case 'SD':
      return new URL(/* @vite-ignore */ './geodata/admin1/SD.json', import.meta.url).href;
    case 'SE':
      return new URL(/* @vite-ignore */ './geodata/admin1/SE.json', import.meta.url).href;
    case 'SG':
      return new URL(/* @vite-ignore */ './geodata/admin1/SG.json', import.meta.url).href;
    case 'SH':
      return new URL(/* @vite-ignore */ './geodata/admin1/SH.json', import.meta.url).href;
    case 'SI':
      return new URL(/* @vite-ignore */ './geodata/admin1/SI.json', import.meta.url).href;
    case 'SK':
      return new URL(/* @vite-ignore */ './geodata/admin1/SK.json', import.meta.url).href;
    case 'SL':
      return new URL(/* @vite-ignore */ './geodata/admin1/SL.json', import.meta.url).href;
    case 'SM':
      return new URL(/* @vite-ignore */ './geodata/admin1/SM.json', import.meta.url).href;
    case 'SN':
      return new URL(/* @vite-ignore */ './geodata/admin1/SN.json', import.meta.url).href;
    case 'SO':
      return new URL(/* @vite-ignore */ './geodata/admin1/SO.json', import.meta.url).href;
    case 'SR':
      return new URL(/* @vite-ignore */ './geodata/admin1/SR.json', import.meta.url).href;
    case 'SS':
      return new URL(/* @vite-ignore */ './geodata/admin1/SS.json', import.meta.url).href;
    case 'ST':
      return new URL(/* @vite-ignore */ './geodata/admin1/ST.json', import.meta.url).href;
    case 'SV':
      return new URL(/* @vite-ignore */ './geodata/admin1/SV.json', import.meta.url).href;
    case 'SY':
      return new URL(/* @vite-ignore */ './geodata/admin1/SY.json', import.meta.url).href;
    case 'SZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/SZ.json', import.meta.url).href;
    case 'TD':
      return new URL(/* @vite-ignore */ './geodata/admin1/TD.json', import.meta.url).href;
    case 'TG':
      return new URL(/* @vite-ignore */ './geodata/admin1/TG.json', import.meta.url).href;
    case 'TH':
      return new URL(/* @vite-ignore */ './geodata/admin1/TH.json', import.meta.url).href;
    case 'TJ':
      return new URL(/* @vite-ignore */ './geodata/admin1/TJ.json', import.meta.url).href;
    case 'TL':
      return new URL(/* @vite-ignore */ './geodata/admin1/TL.json', import.meta.url).href;
    case 'TM':
      return new URL(/* @vite-ignore */ './geodata/admin1/TM.json', import.meta.url).href;
    case 'TN':
      return new URL(/* @vite-ignore */ './geodata/admin1/TN.json', import.meta.url).href;
    case 'TO':
      return new URL(/* @vite-ignore */ './geodata/admin1/TO.json', import.meta.url).href;
    case 'TR':
      return new URL(/* @vite-ignore */ './geodata/admin1/TR.json', import.meta.url).href;
    case 'TT':
      return new URL(/* @vite-ignore */ './geodata/admin1/TT.json', import.meta.url).href;
    case 'TW':
      return new URL(/* @vite-ignore */ './geodata/admin1/TW.json', import.meta.url).href;
    case 'TZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/TZ.json', import.meta.url).href;
    case 'UA':
      return new URL(/* @vite-ignore */ './geodata/admin1/UA.json', import.meta.url).href;
    case 'UG':
      return new URL(/* @vite-ignore */ './geodata/admin1/UG.json', import.meta.url).href;
    case 'UM':
      return new URL(/* @vite-ignore */ './geodata/admin1/UM.json', import.meta.url).href;
    case 'US':
      return new URL(/* @vite-ignore */ './geodata/admin1/US.json', import.meta.url).href;
    case 'UY':
      return new URL(/* @vite-ignore */ './geodata/admin1/UY.json', import.meta.url).href;
    case 'UZ':
      return new URL(/* @vite-ignore */ './geodata/admin1/UZ.json', import.meta.url).href;
    case 'VC':
      return new URL(/* @vite-ignore */ './geodata/admin1/VC.json', import.meta.url).href;
    case 'VE':
      return new URL(/* @vite-ignore */ './geodata/admin1/VE.json', import.meta.url).href;
    case 'VN':
      return new URL(/* @vite-ignore */ './geodata/admin1/VN.json', import.meta.url).href;
    case 'VU':
      return new URL(/* @vite-ignore */ './geodata/admin1/VU.json', import.meta.url).href;
    case 'WF':
      return new URL(/* @vite-ignore */ './geodata/admin1/WF.json', import.meta.url).href;
    case 'WS':
      return new URL(/* @vite-ignore */ './geodata/admin1/WS.json', import.meta.url).href;
    case 'YE':
      return new URL(/* @vite-ignore */ './geodata/admin1/YE.json', import.meta.url).href;
    case 'ZA':
      return new URL(/* @vite-ignore */ './geodata/admin1/ZA.json', import.meta.url).href;
    case 'ZM':
      return new URL(/* @vite-ignore */ './geodata/admin1/ZM.json', import.meta.url).href;
    case 'ZW':
      return new URL(/* @vite-ignore */ './geodata/admin1/ZW.json', import.meta.url).href;
  }
  return null;
}
