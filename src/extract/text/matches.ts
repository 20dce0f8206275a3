/**
 * Every match of a global regular expression, in order: what `[...text.matchAll(re)]` gives, without the copy
 * of the regular expression matchAll makes on every call (on short texts that copy costs more than the
 * search; these loops run for every line and table row).
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regular expression');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++; // as matchAll: an empty match moves on by one
  }
  return out;
}
