import { FLAGS } from '../vocabulary';
import { describe, expect, it } from 'vitest';
import { flagMeaning, flagName, flagNames } from './flagLabels';

describe('flag labels', () => {
  it('names every flag of the extractor in Chinese, and its meaning in both languages', () => {
    for (const flag of Object.keys(FLAGS)) {
      expect(flagName(flag, 'zh'), flag).toMatch(/[\u4e00-\u9fff]/);
      expect(flagMeaning(flag, 'zh'), flag).toMatch(/[\u4e00-\u9fff]/);
      expect(flagMeaning(flag, 'en'), flag).toBe(FLAGS[flag as keyof typeof FLAGS]);
    }
    expect(flagNames('ocr_repaired;unit_missing', 'zh')).toBe('识别错误已清除、未注明单位');
    expect(flagNames('ocr_repaired;unit_missing', 'en')).toBe('ocr repaired, unit missing');
  });

  it('shows a flag outside the vocabulary exactly as the data has it, with no meaning', () => {
    for (const flag of ['<script>window.__xss=1</script>', 'constructor', 'toString']) {
      expect(flagName(flag, 'en')).toBe(flag);
      expect(flagName(flag, 'zh')).toBe(flag);
      expect(flagMeaning(flag, 'zh')).toBe('');
      expect(flagMeaning(flag, 'en')).toBe('');
    }
  });
});
