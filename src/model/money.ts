// Dollar amounts: rules write them into details, reports total and print them.

/** Rounds dollars to cents, the precision every saving is reported in. */
export function roundUsd(amount: number): number {
  return Math.round(amount * 100) / 100;
}

export function formatUsd(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const sign = amount < 0 && cents > 0 ? '-' : '';
  const whole = Math.floor(cents / 100).toLocaleString('en-US');
  return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}
