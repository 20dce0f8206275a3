/**
 * Numbers stated in prose: the total of proactively disclosed items, requests received, procurement and
 * the 信息处理费 charged. Only explicit statements count: per-channel counts are never summed. Patterns
 * for one key are tried in order, strongest first. A figure is filed under the key whose meaning the
 * sentence states, in the report's own form (narrativeRequests.ts); a sentence that leaves it open gives no value.
 */
import type { Flag, FormVersion } from '../vocabulary';
import type { SourceDocument } from './types';
import { requestsKey } from './narrativeRequests';
import { compactLabel } from './text/normalize';
import { parseMoney } from './text/numbers';
import type { FactDraft } from './tables/factDraft';

type Line = SourceDocument['lines'][number];

type Key = { section: string; item: string; measure: string };

interface Pattern {
  key: Key;
  /** Forms whose reports state this figure; every form when absent. */
  forms?: FormVersion[];
  /** Words every reading of the pattern contains: a line without one is not read at all (most lines are not). */
  needs: string[];
  /** Returns the value and raw snippet (and the key, where the sentence decides it), or null. */
  read: (text: string, next: string, form: FormVersion) =>
    { value: number; unit: string; raw: string; flags: Flag[]; onNextLine?: boolean; key?: Key } | null;
}

const count = (raw: string, n: string, approx?: string) => ({
  value: Number(n), unit: 'count', raw, flags: approx ? (['approximate'] as Flag[]) : [],
});

/**
 * One category of a breakdown, not a total: a figure inside an open bracket (`(其中…，其他应主动公开…856条)`),
 * right after 其他 or a …类 category, or followed by its share (`…303条，占71.3%`). A bare 其中 is no such
 * mark: 平潭 2011's `信息总数1873条，其中主动公开政府信息425条` gives the proactive total as a part of another.
 */
function isPartOfBreakdown(sentence: string, at: number, length: number): boolean {
  const before = sentence.slice(0, at);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close || /(?:其他|类)[^，,；;]{0,4}$/.test(before) || /^[，,]?占[\d.]+%/.test(sentence.slice(at + length));
}

const PATTERNS: Pattern[] = [
  {
    key: { section: 'active_volume', item: 'total', measure: 'count' },
    needs: ['信息'],
    read: (t) => {
      const m =
        /主动公开(?:政府)?信息(?:总数|总计|共计|合计|总量)(?:为|达)?(\d[\d,]*)(余|多)?(?:条|个|件)/.exec(t) ??
        // 公布 with 共/全年 is the year's whole output (平潭 2019: 共公布政府信息2599条, then its categories); words
        // naming whose may stand between (全年主动公开我区各级单位政府信息2645条), never a subject (采购信息25条).
        /(?:共|累计|全年)+(?:计)?(?:主动公开|公布)(?:各类)?(?:[我本全][区市县省镇乡]|各级|各|单位|部门|机关){0,4}(?:政府)?信息(\d[\d,]*)(余|多)?(?:条|个|件)/.exec(t);
      return m ? count(m[0], m[1].replace(/,/g, ''), m[2]) : null;
    },
  },
  {
    // A single stated count (`市政府网站主动公开各类政府信息5500余条`), unless the sentence lists channels, or
    // the count is one category of a breakdown (`(其中…，其他应主动公开政府信息856条)` in 平潭 2019, whose
    // total is `共公布政府信息2599条`): a part is never filed as the total.
    key: { section: 'active_volume', item: 'total', measure: 'count' },
    needs: ['主动'],
    read: (t) => {
      for (const sentence of t.split('。')) {
        const m = /主动(?:公开|发布)(?:各类)?(?:政府)?信息(\d[\d,]*)(余|多)?(?:条|个|件)/.exec(sentence);
        if (m && !/微信|微博|公众号|客户端|头条|抖音/.test(sentence) && !isPartOfBreakdown(sentence, m.index, m[0].length)) return count(m[0], m[1].replace(/,/g, ''), m[2]);
      }
      return null;
    },
  },
  {
    key: { section: 'applications', item: 'new_received', measure: 'total' },
    needs: ['申请'],
    read: (t, next, form) => {
      // None received: 本年新收 is 0 whatever else the form counts.
      const none = /(?:未|没有)(?:收到|接到|受理)[^。,;]{0,20}申请/.exec(t);
      if (none && !/复议|诉讼/.test(none[0])) return count(none[0], '0');
      const some = /(?:本年度?|全年|全[省市区县]|累计|共|计)+(收到|接到|受理|新收|办理)([^。,;]{0,16})申请(?:共|合计|为)?(\d+)(余|多)?(?:件|个|条|宗)/.exec(t);
      if (some && /公开/.test(some[0]) && !/复议|诉讼/.test(some[0])) {
        const sentence = t.split('。').find((s) => s.includes(some[0])) ?? t;
        const key = requestsKey(form, some[1], some[2], sentence);
        return key && { ...count(some[0], some[3], some[4]), key };
      }
      // `三、…申请情况` then a line `无。`: the fact points at the 无 line, which is its whole raw text.
      if (/收到和处理政府信息公开申请情况$/.test(t) && /^无[。.]?$/.test(next)) return { ...count(next, '0'), onNextLine: true };
      return null;
    },
  },
  // The pre-2019 table's 行政复议数 / 行政诉讼数, where the prose says them (平潭 2013: 收到1份…行政复议申请).
  {
    key: { section: 'pre2019', item: 'admin_review', measure: 'count' },
    forms: ['pre2019'],
    needs: ['行政复议'],
    read: (t) => {
      const none = /(?:未|没有)(?:收到|接到|发生)[^。,;]{0,20}行政复议/.exec(t);
      if (none) return count(none[0], '0');
      const m = /(?:收到|接到|受理)(\d+)(?:份|件|起|宗|个)[^。,;\d]{0,16}行政复议/.exec(t) ?? /(?:收到|接到|受理)[^。,;\d]{0,16}行政复议申请(\d+)(?:份|件|起|宗|个)/.exec(t);
      return m ? count(m[0], m[1]) : null;
    },
  },
  {
    key: { section: 'pre2019', item: 'litigation', measure: 'count' },
    forms: ['pre2019'],
    needs: ['行政诉讼'],
    read: (t) => {
      const none = /(?:未|没有)(?:收到|接到|发生)[^。,;]{0,30}行政诉讼/.exec(t);
      return none ? count(none[0], '0') : null;
    },
  },
  {
    key: { section: 'active', item: 'procurement', measure: 'amount_10k_yuan' },
    needs: ['采购'],
    read: (t) => {
      const m = /金额(为|共|约|达)?(\d[\d.,]*)(亿元|万元|元)/.exec(t);
      // 约 stays with the number, so that the value is flagged approximate as the report says.
      const money = m && parseMoney(`${m[1] === '约' ? '约' : ''}${m[2].replace(/,/g, '')}${m[3]}`, 0, '');
      return m && money ? { ...money, raw: m[0] } : null;
    },
  },
  {
    key: { section: 'processing_fees', item: 'charged', measure: 'amount_yuan' },
    needs: ['信息处理费'],
    read: (t) => {
      // The raw is the sentence that says so: a line may name the fee before (the rules it is charged by).
      const none = /[^。]*(?:(?:未|没有|不|无)收取[^。]{0,8}信息处理费|信息处理费[^。]{0,8}(?:为零|均未收取))[^。]*/.exec(t);
      if (none) return { value: 0, unit: '元', raw: none[0], flags: [] };
      const m = /收取[^。]{0,10}信息处理费[^。\d]{0,6}(\d[\d.,]*)(万元|元)/.exec(t);
      const money = m && parseMoney(`${m[1].replace(/,/g, '')}${m[2]}`, 4, '');
      return m && money ? { ...money, raw: m[0] } : null;
    },
  },
  {
    key: { section: 'processing_fees', item: 'charged', measure: 'cases' },
    needs: ['信息处理费'],
    read: (t) => {
      const m = /信息处理费[^。]{0,20}?(?:共|涉及)(\d+)(?:件|笔)/.exec(t);
      return m ? count(m[0], m[1]) : null;
    },
  },
];

/** `texts`: each line's compactLabel, when the caller has them already. */
export function parseNarrative(lines: Line[], form: FormVersion, texts = lines.map((l) => compactLabel(l.text))): FactDraft[] {
  const facts: FactDraft[] = [];
  const found = new Set<string>();
  for (const pattern of PATTERNS) {
    if (pattern.forms && !pattern.forms.includes(form)) continue;
    const id = `${pattern.key.section}.${pattern.key.item}.${pattern.key.measure}`;
    if (found.has(id)) continue; // a later pattern for a key is a weaker reading of it
    for (let i = 0; i < lines.length; i++) {
      if (!pattern.needs.some((word) => texts[i].includes(word))) continue;
      const hit = pattern.read(texts[i], texts[i + 1] ?? '', form);
      if (!hit) continue;
      const at = lines[hit.onNextLine ? i + 1 : i];
      const key = hit.key ?? pattern.key;
      facts.push({
        ...key, year: null, origin: 'narrative', status: 'reported',
        value: hit.value, unit: hit.unit, raw: hit.raw, line: at.line, page: at.page, flags: hit.flags,
      });
      found.add(id);
      break; // the first statement wins; a report printed twice repeats it
    }
  }
  return facts;
}
