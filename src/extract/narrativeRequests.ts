import type { FormVersion } from '../vocabulary';
/**
 * Which key a prose count of requests (`全市共受理政府信息公开申请3119件`) belongs to, from the sentence's own
 * words. 本年新收 (2019 form on) excludes requests carried over from last year, and many reports' 受理/办理
 * totals include them, so only words that say "received this year" give new_received; a sentence that
 * mentions carried-over requests, or counts one channel only, gives no value. In a pre-2019 report the
 * count is that form's 受理 row (the old table has no carried-over row).
 */

type Key = { section: string; item: string; measure: string };

/** Verbs that name requests arriving in the year; the rest (受理, 办理) may count the carried-over ones too. */
const RECEIVED_VERBS = ['新收', '收到', '接到'];
/** The sentence talks about requests from earlier years. */
const CARRY_OVER = /结转|上年度?(?:遗留|未办结)|(?:含|包括|连同)(?:上年|往年)/;
/** `收到…的信函申请1条`: the words before 申请 name a channel, so the count is that channel's, not the total. */
const CHANNEL = /(?:信函|网上|网络|当面|现场|电子邮件|邮件|传真|书面|口头|电话)的?$/;

const NEW_RECEIVED: Key = { section: 'applications', item: 'new_received', measure: 'total' };
const PRE2019_RECEIVED: Key = { section: 'pre2019', item: 'requests_received', measure: 'count' };

/** `verb` and `qualifier` as matched (`受理`, `有关政府信息公开的`); `sentence` the whole sentence. */
export function requestsKey(form: FormVersion, verb: string, qualifier: string, sentence: string): Key | null {
  if (CHANNEL.test(qualifier)) return null;
  if (form === 'pre2019') return verb === '办理' || CARRY_OVER.test(sentence) ? null : PRE2019_RECEIVED;
  if (verb === '新收') return NEW_RECEIVED;
  return RECEIVED_VERBS.includes(verb) && !CARRY_OVER.test(sentence) ? NEW_RECEIVED : null;
}
