const britishNumbers = new Intl.NumberFormat("en-GB");

/** A count as British English writes it: 10000 is "10,000". */
export function formatNumber(count: number): string {
  return britishNumbers.format(count);
}
