/**
 * The gazette's English contents restate each announcement's number ("Announcement No. 64, 2011").
 * When that disagrees with the Chinese number (2012年第64号, the legally binding text), readers who
 * cite from the English would cite the wrong document — so the parser warns and the notice page says
 * so. One function serves both, so they can never disagree.
 */
export type NumberDiscrepancy = { printed: string; printedNumber: number; printedYear: number };

const EN_NUMBER = /No\.\s*(\d+),\s*(\d{4})/;

export function englishNumberDiscrepancy(titleEn: string, number: { year: number; number: number }): NumberDiscrepancy | null {
  const m = EN_NUMBER.exec(titleEn);
  if (!m?.[1] || !m[2]) return null;
  const printedNumber = Number(m[1]);
  const printedYear = Number(m[2]);
  if (printedNumber === number.number && printedYear === number.year) return null;
  return { printed: m[0], printedNumber, printedYear };
}
