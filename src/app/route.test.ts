import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseHash, toHash, withAgency } from './route';

describe('URL state', () => {
  it('round-trips a full state', () => {
    const state = {
      ...DEFAULT_STATE, view: 'trends' as const, lang: 'en' as const, agencies: ['320813-人民政府', '220602-民政局'], metric: 'applications.new_received.natural_person',
      applicant: 'legal_service', shares: true, checkStatuses: ['fail' as const, 'pass' as const], flag: 'unit_missing',
      filters: { years: [2020, 2024], provinces: ['江苏省'], levels: ['county'], agencyTypes: ['民政局'], forms: ['2021'] },
    };
    expect(parseHash(toHash(state))).toEqual({ state, errors: [] });
    // No check status at all is a state of its own, not the default.
    const none = { ...DEFAULT_STATE, view: 'quality' as const, checkStatuses: [] };
    expect(parseHash(toHash(none)).state).toEqual(none);
  });

  it('falls back to defaults on a hand-edited or malicious link, and says what it dropped', () => {
    const { state, errors } = parseHash("#/nope?year=2020,abc&level=galaxy&report=<script>&metric=drop_table&province=江苏省,<img src=x onerror=alert(1)>&checks=fail,boom&flag=<b>&applicant=everyone");
    expect(state.view).toBe('overview');
    expect(state.filters.years).toEqual([2020]);
    expect(state.filters.levels).toEqual([]);
    expect(state.filters.provinces).toEqual(['江苏省']);
    expect(state.report).toBe('');
    expect(state.metric).toBe('active_volume');
    expect(state.checkStatuses).toEqual(['fail']);
    expect(state.flag).toBe('');
    expect(state.applicant).toBe('total');
    expect(errors.sort()).toEqual(['applicant', 'checks', 'flag', 'level', 'metric', 'province', 'report', 'view', 'year']);
  });

  it('keeps the bar order, the indexed trend and the year per compared agency in the link', () => {
    const state = { ...DEFAULT_STATE, view: 'compare' as const, agencies: ['320813-人民政府', '320813-人民政府', '640300-民政局'], at: [2023, 2024, null], order: 'form' as const, log: true, indexed: true };
    expect(toHash(state)).toContain('at=2023%2C2024%2C');
    expect(parseHash(toHash(state))).toEqual({ state, errors: [] });
    const bad = parseHash('#/compare?agencies=a,b&at=2023,soon&order=random&scale=cubic');
    expect(bad.state.at).toEqual([2023, null]);
    expect(bad.state.order).toBe('value');
    expect(bad.state.log).toBe(false);
    expect(bad.errors.sort()).toEqual(['at', 'order', 'scale']);
  });

  it('adds a searched agency to those shown, once, within the limit', () => {
    expect(withAgency(['220602-民政局', '320813-人民政府'], '420106-民政局')).toEqual(['220602-民政局', '320813-人民政府', '420106-民政局']);
    expect(withAgency(['220602-民政局'], '220602-民政局')).toEqual(['220602-民政局']);
    expect(withAgency(['a', 'b', 'c', 'd', 'e', 'f'], 'g')).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
  });

  it('reads embed mode with the chart it shows, and drops a malformed one', () => {
    const state = parseHash('#/requests?year=2023&embed=1&chart=requests-new_received').state;
    expect(state).toEqual({ ...DEFAULT_STATE, view: 'requests', filters: { ...DEFAULT_STATE.filters, years: [2023] }, embed: 'requests-new_received' });
    expect(toHash(state)).toBe('#/requests?year=2023&embed=1&chart=requests-new_received');
    expect(parseHash('#/requests?embed=1&chart=<b>')).toEqual({ state: { ...DEFAULT_STATE, view: 'requests' }, errors: ['embed'] });
    expect(parseHash('#/requests?embed=1').errors).toEqual(['embed']);
  });

  it('keeps at most six agencies for comparison', () => {
    const many = Array.from({ length: 9 }, (_, i) => `a${i}`).join(',');
    expect(parseHash(`#/compare?agencies=${many}`).state.agencies).toHaveLength(6);
  });
});
