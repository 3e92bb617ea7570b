/** Today's local date as `YYYY-MM-DD` (the pane and the ribbon are edges: they read the clock and pass the date to the core). */
export function localToday(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
