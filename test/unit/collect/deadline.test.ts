import {
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import {
  DeadlineError,
  startDeadline,
  untilDeadline,
  type DeadlineTimers,
} from '../../../src/collect/deadline.js';
import { parseConfig } from '../../../src/config/schema.js';
import { ScanError } from '../../../src/errors.js';
import { collectAccount } from '../../../src/pipeline.js';
import { PartsEvaluation } from '../../../src/triage/evaluate.js';
import { collectContext } from '../ec2/fixtures.js';

/** An injected clock: timers fire only when the test says the time has come. */
function fakeClock() {
  const timers = new Map<number, { at: number; fire: () => void }>();
  let now = 0;
  let next = 1;
  const clock: DeadlineTimers & { advance(ms: number): void; pending(): number } = {
    setTimeout(callback, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, fire: callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.fire();
        }
      }
    },
    pending: () => timers.size,
  };
  return clock;
}

/** A call that never answers and ignores any abort signal: only the context can give up on it. */
const never = () => new Promise<never>(() => undefined);

describe('startDeadline', () => {
  it('aborts its signal when the minutes have passed on the injected clock, not before', () => {
    const clock = fakeClock();
    const deadline = startDeadline(0.5, clock);
    clock.advance(29_999);
    expect(deadline.signal.aborted).toBe(false);
    clock.advance(1);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineError);
    expect(String(deadline.signal.reason.message)).toBe(
      'the scan-timeout-minutes deadline (0.5 min) passed',
    );
  });

  it('stops its timer when the scan ends in time', () => {
    const clock = fakeClock();
    const deadline = startDeadline(60, clock);
    expect(clock.pending()).toBe(1);
    deadline.stop();
    expect(clock.pending()).toBe(0);
    clock.advance(3_600_000);
    expect(deadline.signal.aborted).toBe(false);
  });

  it('gives up waiting on a call that ignores the signal', async () => {
    const clock = fakeClock();
    const deadline = startDeadline(1, clock);
    const waiting = untilDeadline(never(), deadline);
    clock.advance(60_000);
    await expect(waiting).rejects.toBeInstanceOf(DeadlineError);
  });
});

describe('the collect context past the deadline', () => {
  it('records a call in flight as ScanDeadline and starts no new one', async () => {
    const clock = fakeClock();
    const deadline = startDeadline(1, clock);
    let sent = 0;
    const ec2 = {
      send: () => {
        sent++;
        return never();
      },
    };
    const { ctx, errors } = collectContext('ec2', { ec2 } as never);
    // collectContext has no deadline: build one with it from the same options.
    const { createCollectContext } = await import('../../../src/collect/context.js');
    const timed = createCollectContext({
      account: ctx.account,
      region: ctx.region,
      service: 'ec2',
      clients: ctx.clients,
      errors,
      sharedCache: new Map(),
      deadline,
    });
    const inFlight = timed.call('ec2:DescribeVolumes', () => ec2.send());
    clock.advance(60_000);
    const cut = await inFlight;
    const notStarted = await timed.call('ec2:DescribeInstances', () => ec2.send());
    const pagesNotStarted = await timed.pages(
      'ec2:DescribeSnapshots',
      (async function* () {
        yield await ec2.send();
      })(),
      () => [],
    );
    expect(sent).toBe(1);
    for (const read of [cut, notStarted, pagesNotStarted]) {
      expect(read).toEqual({
        ok: false,
        error: {
          operation: expect.any(String),
          code: 'ScanDeadline',
          message: expect.stringMatching(
            /^Not collected: the scan-timeout-minutes deadline \(1 min\) passed before this call finished\.$/,
          ),
          class: 'timeout',
        },
      });
    }
    expect(errors.map((e) => [e.operation, e.code, e.class])).toEqual([
      ['ec2:DescribeVolumes', 'ScanDeadline', 'timeout'],
      ['ec2:DescribeInstances', 'ScanDeadline', 'timeout'],
      ['ec2:DescribeSnapshots', 'ScanDeadline', 'timeout'],
    ]);
  });
});

describe('a scan whose endpoint never answers', () => {
  const sts = mockClient(STSClient);
  const ec2 = mockClient(EC2Client);
  afterEach(() => {
    sts.reset();
    ec2.reset();
  });
  afterAll(() => {
    sts.restore();
    ec2.restore();
  });

  it('stops at the deadline: the rest is UNKNOWN naming it, and the result is error', async () => {
    sts.on(GetCallerIdentityCommand).resolves({
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/ci',
    });
    ec2.on(DescribeSecurityGroupsCommand).callsFake(never);
    ec2.on(DescribeNetworkInterfacesCommand).callsFake(never);
    const config = parseConfig(
      { region: 'us-east-1', services: 'sg', 'scan-timeout-minutes': '2' },
      {},
    );
    const clock = fakeClock();
    const deadline = startDeadline(config.scanTimeoutMinutes, clock);
    const lines: string[] = [];
    const collecting = collectAccount(
      config,
      {
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
        homeRegion: 'us-east-1',
        log: (line) => lines.push(line),
        deadline,
      },
      (header) => Promise.resolve(new PartsEvaluation(header, config)),
    );
    // Let collection start and block on the hung calls, then let the time run out.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand).length).toBeGreaterThan(0);
    clock.advance(120_000);
    const { header, stats, sink } = await collecting;

    expect(header.errors.length).toBeGreaterThan(0);
    expect(header.errors.every((e) => e.code === 'ScanDeadline' && e.class === 'timeout')).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/deadline \(2 min\) passed: collection stopped/);

    const report = sink.report({ startedAt: new Date(), stats });
    const sg = report.results.filter((r) => r.service === 'sg');
    expect(sg.length).toBeGreaterThan(0);
    for (const result of sg) {
      expect(result.status).toBe('UNKNOWN');
      expect(result.detail).toMatch(
        /failed with ScanDeadline: the scan-timeout-minutes deadline passed first\./,
      );
    }
    expect(report.gate).toEqual({
      passed: false,
      result: 'error',
      reasons: [
        `the scan-timeout-minutes deadline passed before collection finished: ${sg.length} result${sg.length === 1 ? '' : 's'} could not be assessed`,
      ],
    });
  });

  it('stops with a ScanError naming the deadline when the account could not be identified in time', async () => {
    sts.on(GetCallerIdentityCommand).callsFake(never);
    const config = parseConfig({ region: 'us-east-1', services: 'sg' }, {});
    const controller = new AbortController();
    const attempt = collectAccount(
      config,
      {
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
        homeRegion: 'us-east-1',
        deadline: { signal: controller.signal, minutes: 60, stop: () => undefined },
      },
      (header) => Promise.resolve(new PartsEvaluation(header, config)),
    );
    setTimeout(() => controller.abort(), 20);
    await expect(attempt).rejects.toBeInstanceOf(ScanError);
    await expect(attempt).rejects.toThrow(
      'The scan-timeout-minutes deadline (60 min) passed before the account could be identified: nothing was collected.',
    );
  });
});
