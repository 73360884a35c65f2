/** Hours a week as the reader writes them ("3,5" in nb and da). */
export function hoursText(hours: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : language === 'da' ? 'da-DK' : 'nb-NO';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(hours);
}

/** Today's ISO week, 'YYYY-Www', in the browser's (the municipality's) time. */
export function currentIsoWeek(now = new Date()): string {
  const date = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const weekday = ((new Date(date).getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(date + (4 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
