// Chromium/Skia (and other producers) write a ToUnicode map that sends a glyph shared by a CJK radical
// and a unified ideograph back to the radical: "生" comes out as U+2F63 KANGXI RADICAL LIFE, "长" as
// U+2ED3 CJK RADICAL C-SIMPLIFIED LONG. They look identical but break search and exact quotes.
// Kangxi radicals (U+2F00–2FD5) have NFKC decompositions to the ideograph; the CJK Radicals
// Supplement and CJK Strokes mostly do not, so those come from the Unicode Character Database file
// EquivalentUnifiedIdeograph.txt (UCD 15.0; © Unicode, Inc., Unicode License v3): below are exactly
// its entries that NFKC does not already give (132 of 348; the other 216 agree with NFKC).
const EQUIVALENT_UNIFIED_IDEOGRAPH =
  '2e81:5382,2e82:4e5b,2e83:4e5a,2e84:4e59,2e85:4ebb,2e86:5182,2e87:20628,2e88:5200,2e89:5202,' +
  '2e8a:535c,2e8b:353e,2e8c:5c0f,2e8d:5c0f,2e8e:5140,2e8f:5c23,2e90:5c22,2e91:21bc2,2e92:5df3,' +
  '2e93:5e7a,2e94:5f51,2e95:2b739,2e96:5fc4,2e97:5fc3,2e98:624c,2e99:6535,2e9b:65e1,2e9c:65e5,' +
  '2e9d:6708,2e9e:6b7a,2ea0:6c11,2ea1:6c35,2ea2:6c3a,2ea3:706c,2ea4:722b,2ea5:722b,2ea6:4e2c,' +
  '2ea7:725b,2ea8:72ad,2ea9:738b,2eaa:24d14,2eab:76ee,2eac:793a,2ead:793b,2eae:25ad7,2eaf:7cf9,' +
  '2eb0:7e9f,2eb1:7f53,2eb2:7f52,2eb3:34c1,2eb4:5197,2eb5:2626b,2eb6:7f8a,2eb7:2634c,' +
  '2eb8:2634b,2eb9:8002,2eba:8080,2ebb:807f,2ebc:8089,2ebd:26951,2ebe:8279,2ebf:8279,2ec0:8279,' +
  '2ec1:864e,2ec2:8864,2ec3:8980,2ec4:897f,2ec5:89c1,2ec6:89d2,2ec7:278b2,2ec8:8ba0,2ec9:8d1d,' +
  '2eca:27fb7,2ecb:8f66,2ecc:8fb6,2ecd:8fb6,2ece:8fb6,2ecf:9091,2ed0:9485,2ed1:9577,2ed2:9578,' +
  '2ed3:957f,2ed4:95e8,2ed5:28e0f,2ed6:961d,2ed7:96e8,2ed8:9752,2ed9:97e6,2eda:9875,2edb:98ce,' +
  '2edc:98de,2edd:98df,2ede:2967f,2edf:98e0,2ee0:9963,2ee1:29810,2ee2:9a6c,2ee3:9aa8,2ee4:9b3c,' +
  '2ee5:9c7c,2ee6:9e1f,2ee7:5364,2ee8:9ea6,2ee9:9ec4,2eea:9efe,2eeb:6589,2eec:9f50,2eed:6b6f,' +
  '2eee:9f7f,2eef:7adc,2ef0:9f99,2ef1:9f9c,2ef2:4e80,31c6:200cc,31cf:4e40,31d0:4e00,31d1:4e28,' +
  '31d2:4e3f,31d3:4e3f,31d4:4e36,31d5:200cd,31d6:4e5b,31d7:200ca,31d8:200ce,31d9:2010c,' +
  '31da:4e85,31db:21fe8,31dc:200cb,31dd:4e40,31de:200d1,31df:4e5a,31e0:4e59,31e1:2010e';

// Simplified-Chinese choices where the UCD/NFKC answer is another form, found by printing all of
// U+4E00–U+9FEF with Chromium in Noto Sans/Serif CJK SC and extracting it again:
// ⼾ NFKC→戶 (traditional) but zh-Hans text means 户; ⺕ UCD→U+2B739 but the text had 彐;
// 㬵 (U+3B35, CJK Ext. A) is what Chromium + Noto Sans CJK SC writes for the common 胶.
const ZH_HANS_OVERRIDES = '2f3e:6237,2e95:5f50,3b35:80f6';

const toMap = (pairs: string) =>
  pairs.split(',').map((pair): [string, string] => {
    const [from = '', to = ''] = pair.split(':');
    return [String.fromCodePoint(parseInt(from, 16)), String.fromCodePoint(parseInt(to, 16))];
  });
const RADICAL_TO_IDEOGRAPH = new Map<string, string>([
  ...toMap(EQUIVALENT_UNIFIED_IDEOGRAPH),
  ...toMap(ZH_HANS_OVERRIDES),
]);
const RADICAL_OR_STROKE = /[\u2E80-\u2FDF\u31C0-\u31EF\u3B35]/gu;

/**
 * NFC (maps CJK Compatibility Ideographs such as U+F963 北 to U+5317 北), then replaces CJK radicals
 * and strokes by their equivalent unified ideographs. No global NFKC: that would also turn
 * full-width "，" "％" "（" into ASCII and change the text editors quote.
 */
export function normalizeCjkRadicals(text: string): string {
  return text.normalize('NFC').replace(RADICAL_OR_STROKE, (c) => RADICAL_TO_IDEOGRAPH.get(c) ?? c.normalize('NFKC'));
}
