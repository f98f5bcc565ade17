export declare const LANGS: readonly ['en', 'ru', 'ko', 'zh', 'ja', 'kk'];
export declare const ADMIN1_SIMPLIFY: string;
export declare const COUNTRIES_SIMPLIFY: string;
export declare const QUANTIZATION: number;
export declare const ADMIN1_MAX_BYTES: number;
export declare const COUNTRIES_MAX_BYTES: number;
export declare const LABEL_DECIMALS: number;
export declare const REQUIRED_REGIONS: readonly string[];
export declare const COUNTRY_CODE_EXCEPTIONS: readonly string[];
export declare const ALIAS_CODE_SHAPE: RegExp;
export declare const ADMIN1_COUNTRY_MAX_BYTES: number;
export declare const ADMIN1_INDEX_MAX_BYTES: number;
export declare const BBOX_DECIMALS: number;
export declare const UPPER_LEVEL: Readonly<
  Record<string, { by: string; check: { code: string | null; name: string } }>
>;
export declare const REQUIRED_UPPER_REGIONS: readonly string[];
