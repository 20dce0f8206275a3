/** Text from documents reaches tooltips, which ECharts renders as HTML: escape it. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}
