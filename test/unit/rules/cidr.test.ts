import { coversAddressSpace, parseCidr } from '../../../src/rules/network.js';

/**
 * The CIDRs that split the upper half of an address space down to its last host: for IPv4,
 * 128.0.0.0/2, 192.0.0.0/3, ... 255.255.255.254/32 (and 255.255.255.255/32 unless `dropLast`).
 */
function halvingIpv4(dropLast = false): string[] {
  const cidrs: string[] = [];
  let start = 0x80000000;
  for (let prefix = 2; prefix <= 32; prefix++) {
    cidrs.push(`${ipv4(start)}/${prefix}`);
    start += 2 ** (32 - prefix);
  }
  if (!dropLast) cidrs.push('255.255.255.255/32');
  return cidrs;
}

function ipv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

describe('parseCidr', () => {
  it('reads IPv4 and IPv6 blocks as the first and last address they hold', () => {
    expect(parseCidr('10.0.0.0/8')).toEqual({
      family: 'ipv4',
      first: 0x0a000000n,
      last: 0x0affffffn,
    });
    expect(parseCidr('0.0.0.0/0')).toEqual({ family: 'ipv4', first: 0n, last: 2n ** 32n - 1n });
    expect(parseCidr('192.0.2.7/32')).toEqual({
      family: 'ipv4',
      first: 0xc0000207n,
      last: 0xc0000207n,
    });
    expect(parseCidr('::/0')).toEqual({ family: 'ipv6', first: 0n, last: 2n ** 128n - 1n });
    expect(parseCidr('2001:db8::/32')).toEqual({
      family: 'ipv6',
      first: 0x20010db8n << 96n,
      last: (0x20010db8n << 96n) + 2n ** 96n - 1n,
    });
    expect(parseCidr('8000::/1')?.first).toBe(2n ** 127n);
    expect(parseCidr('::1/128')).toEqual({ family: 'ipv6', first: 1n, last: 1n });
    expect(parseCidr('FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF/128')?.first).toBe(2n ** 128n - 1n);
    expect(parseCidr('::ffff:192.0.2.1/128')?.first).toBe(0xffffc0000201n);
  });

  it('clears host bits, as a block written with them still names the whole block', () => {
    expect(parseCidr('128.0.0.1/1')).toEqual({
      family: 'ipv4',
      first: 2n ** 31n,
      last: 2n ** 32n - 1n,
    });
    expect(parseCidr('8000::1/1')?.first).toBe(2n ** 127n);
  });

  it('rejects what is not a CIDR block', () => {
    for (const text of [
      '',
      '10.0.0.0',
      '10.0.0.0/33',
      '10.0.0.0/-1',
      '10.0.0.0/',
      '256.0.0.0/8',
      '10.0.0/8',
      '10.0.0.0.0/8',
      '::/129',
      '1::2::3/64',
      '1:2:3:4:5:6:7:8:9/64',
      '1:2:3:4:5:6:7/64',
      'g::/16',
      '12345::/16',
      'pl-0123456789abcdef0',
    ]) {
      expect([text, parseCidr(text)]).toEqual([text, undefined]);
    }
  });
});

describe('coversAddressSpace', () => {
  it('sees the whole IPv4 space in 0.0.0.0/0, two /1 halves and four /2 quarters', () => {
    expect(coversAddressSpace(['0.0.0.0/0'], 'ipv4')).toBe(true);
    expect(coversAddressSpace(['0.0.0.0/1', '128.0.0.0/1'], 'ipv4')).toBe(true);
    expect(coversAddressSpace(['128.0.0.0/1', '0.0.0.0/1'], 'ipv4')).toBe(true);
    expect(
      coversAddressSpace(['192.0.0.0/2', '0.0.0.0/2', '128.0.0.0/2', '64.0.0.0/2'], 'ipv4'),
    ).toBe(true);
  });

  it('finds a gap anywhere: at the start, in the middle, at the end', () => {
    expect(coversAddressSpace(['0.0.0.0/1'], 'ipv4')).toBe(false);
    expect(coversAddressSpace(['64.0.0.0/2', '128.0.0.0/1'], 'ipv4')).toBe(false);
    expect(coversAddressSpace(['0.0.0.0/2', '128.0.0.0/1'], 'ipv4')).toBe(false);
    expect(coversAddressSpace(['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/2'], 'ipv4')).toBe(false);
    expect(coversAddressSpace([], 'ipv4')).toBe(false);
  });

  it('merges overlapping and nested blocks', () => {
    expect(
      coversAddressSpace(
        ['0.0.0.0/1', '10.0.0.0/8', '64.0.0.0/2', '100.0.0.0/6', '128.0.0.0/1', '128.0.0.0/2'],
        'ipv4',
      ),
    ).toBe(true);
    expect(coversAddressSpace(['0.0.0.0/1', '0.0.0.0/2', '64.0.0.0/3'], 'ipv4')).toBe(false);
    expect(coversAddressSpace(['0.0.0.0/1', '0.0.0.0/1', '128.0.0.0/1'], 'ipv4')).toBe(true);
  });

  it('counts host routes, down to the last address', () => {
    expect(coversAddressSpace(['0.0.0.0/1', ...halvingIpv4()], 'ipv4')).toBe(true);
    expect(coversAddressSpace(['0.0.0.0/1', ...halvingIpv4(true)], 'ipv4')).toBe(false);
    // Adjacent host routes join: 0.0.0.0/32 + 0.0.0.1/32 is 0.0.0.0/31.
    const low = ['0.0.0.0/32', '0.0.0.1/32', '0.0.0.2/31', '0.0.0.4/30'];
    const rest = Array.from({ length: 29 }, (_, i) => `${ipv4(2 ** (i + 3))}/${29 - i}`);
    expect(coversAddressSpace([...low, ...rest], 'ipv4')).toBe(true);
    expect(coversAddressSpace([...low.slice(1), ...rest], 'ipv4')).toBe(false);
  });

  it('sees the whole IPv6 space in ::/0 and in ::/1 + 8000::/1, and nothing less', () => {
    expect(coversAddressSpace(['::/0'], 'ipv6')).toBe(true);
    expect(coversAddressSpace(['::/1', '8000::/1'], 'ipv6')).toBe(true);
    expect(coversAddressSpace(['::/1', '8000::/2', 'c000::/2'], 'ipv6')).toBe(true);
    expect(coversAddressSpace(['::/1'], 'ipv6')).toBe(false);
    expect(coversAddressSpace(['::/1', '8000::/2'], 'ipv6')).toBe(false);
    expect(coversAddressSpace(['::/1', '8000::/1', ''], 'ipv6')).toBe(true);
    const upper = Array.from({ length: 127 }, (_, i) => {
      const first = 2n ** 128n - 2n ** BigInt(127 - i);
      return `${ipv6(first)}/${i + 2}`;
    });
    expect(
      coversAddressSpace(['::/1', ...upper, 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128'], 'ipv6'),
    ).toBe(true);
    expect(coversAddressSpace(['::/1', ...upper], 'ipv6')).toBe(false);
  });

  it('keeps the families apart and ignores what is not a CIDR block', () => {
    expect(coversAddressSpace(['::/0'], 'ipv4')).toBe(false);
    expect(coversAddressSpace(['0.0.0.0/0'], 'ipv6')).toBe(false);
    expect(coversAddressSpace(['0.0.0.0/1', '::/0', 'garbage', '128.0.0.0/33'], 'ipv4')).toBe(
      false,
    );
  });
});

function ipv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    groups.push(((value >> shift) & 0xffffn).toString(16));
  }
  return groups.join(':');
}
