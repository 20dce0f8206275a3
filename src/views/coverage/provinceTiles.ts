/**
 * One square per provincial-level division in its rough place on the map, as tile-grid maps draw them:
 * no boundaries (a boundary map of China needs an official map licence), every division the same size.
 * `name` is the full name the dataset's `province` column uses.
 */
export interface ProvinceTile {
  name: string;
  /** One character, as Chinese maps and plates abbreviate the division. */
  short: string;
  /** ISO 3166-2:CN code without its prefix: an English tile is too small for the name. */
  iso: string;
  en: string;
  row: number;
  col: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { name: '黑龙江省', short: '黑', iso: 'HL', en: 'Heilongjiang', row: 0, col: 7 },
  { name: '内蒙古自治区', short: '蒙', iso: 'NM', en: 'Inner Mongolia', row: 1, col: 5 },
  { name: '吉林省', short: '吉', iso: 'JL', en: 'Jilin', row: 1, col: 7 },
  { name: '新疆维吾尔自治区', short: '新', iso: 'XJ', en: 'Xinjiang', row: 2, col: 0 },
  { name: '北京市', short: '京', iso: 'BJ', en: 'Beijing', row: 2, col: 5 },
  { name: '天津市', short: '津', iso: 'TJ', en: 'Tianjin', row: 2, col: 6 },
  { name: '辽宁省', short: '辽', iso: 'LN', en: 'Liaoning', row: 2, col: 7 },
  { name: '青海省', short: '青', iso: 'QH', en: 'Qinghai', row: 3, col: 1 },
  { name: '甘肃省', short: '甘', iso: 'GS', en: 'Gansu', row: 3, col: 2 },
  { name: '宁夏回族自治区', short: '宁', iso: 'NX', en: 'Ningxia', row: 3, col: 3 },
  { name: '山西省', short: '晋', iso: 'SX', en: 'Shanxi', row: 3, col: 4 },
  { name: '河北省', short: '冀', iso: 'HE', en: 'Hebei', row: 3, col: 5 },
  { name: '山东省', short: '鲁', iso: 'SD', en: 'Shandong', row: 3, col: 6 },
  { name: '陕西省', short: '陕', iso: 'SN', en: 'Shaanxi', row: 4, col: 3 },
  { name: '河南省', short: '豫', iso: 'HA', en: 'Henan', row: 4, col: 4 },
  { name: '安徽省', short: '皖', iso: 'AH', en: 'Anhui', row: 4, col: 5 },
  { name: '江苏省', short: '苏', iso: 'JS', en: 'Jiangsu', row: 4, col: 6 },
  { name: '西藏自治区', short: '藏', iso: 'XZ', en: 'Tibet (Xizang)', row: 5, col: 1 },
  { name: '四川省', short: '川', iso: 'SC', en: 'Sichuan', row: 5, col: 2 },
  { name: '重庆市', short: '渝', iso: 'CQ', en: 'Chongqing', row: 5, col: 3 },
  { name: '湖北省', short: '鄂', iso: 'HB', en: 'Hubei', row: 5, col: 4 },
  { name: '江西省', short: '赣', iso: 'JX', en: 'Jiangxi', row: 5, col: 5 },
  { name: '浙江省', short: '浙', iso: 'ZJ', en: 'Zhejiang', row: 5, col: 6 },
  { name: '上海市', short: '沪', iso: 'SH', en: 'Shanghai', row: 5, col: 7 },
  { name: '云南省', short: '滇', iso: 'YN', en: 'Yunnan', row: 6, col: 2 },
  { name: '贵州省', short: '黔', iso: 'GZ', en: 'Guizhou', row: 6, col: 3 },
  { name: '湖南省', short: '湘', iso: 'HN', en: 'Hunan', row: 6, col: 4 },
  { name: '福建省', short: '闽', iso: 'FJ', en: 'Fujian', row: 6, col: 6 },
  { name: '台湾省', short: '台', iso: 'TW', en: 'Taiwan', row: 6, col: 7 },
  { name: '广西壮族自治区', short: '桂', iso: 'GX', en: 'Guangxi', row: 7, col: 3 },
  { name: '广东省', short: '粤', iso: 'GD', en: 'Guangdong', row: 7, col: 4 },
  { name: '香港特别行政区', short: '港', iso: 'HK', en: 'Hong Kong', row: 7, col: 5 },
  { name: '海南省', short: '琼', iso: 'HI', en: 'Hainan', row: 8, col: 3 },
  { name: '澳门特别行政区', short: '澳', iso: 'MO', en: 'Macao', row: 8, col: 4 },
];

/** Colour steps for 1, 2–3, 4–9, 10–99, 100+ reports (a light-to-dark blue that prints in grey too). */
export const TILE_STEPS = [
  { min: 1, colour: '#c6dbef' },
  { min: 2, colour: '#9ecae1' },
  { min: 4, colour: '#6baed6' },
  { min: 10, colour: '#2171b5' }, // dark enough for white text (4.5:1)
  { min: 100, colour: '#08519c' },
] as const;

export function tileColour(reports: number): string {
  let colour = '#f0f0f0';
  for (const step of TILE_STEPS) if (reports >= step.min) colour = step.colour;
  return colour;
}
