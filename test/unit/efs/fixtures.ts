// Fixtures of the EFS tests: a file system that passes every check, and ways to break it.
import type { EfsFileSystem, EfsInventory } from '../../../src/model/efs.js';
import { INVENTORY_SCHEMA_VERSION } from '../../../src/model/inventory.js';
import type { CallFailure, Fetched, Inventory } from '../../../src/model/inventory.js';
import { metricWindow } from '../../../src/model/metrics.js';
import type { MetricSeries } from '../../../src/model/metrics.js';
import type { EvalContext, Rule } from '../../../src/rules/kit.js';
import type { Finding } from '../../../src/model/results.js';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
export const NOW = new Date('2026-11-01T06:00:00.000Z');
export const CONTEXT: EvalContext = { now: NOW, minAgeDays: 30 };
export const LOOKBACK = metricWindow(NOW, 30, 3600);
export const CONNECTIONS = metricWindow(NOW, 60, 86_400);
export const MIB = 2 ** 20;
export const GIB = 2 ** 30;
export const TIB = 2 ** 40;
export const FS_ID = 'fs-00000000000000001';
export const FS_ARN = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/${FS_ID}`;

export const ok = <T>(value: T): Fetched<T> => ({ ok: true, value });

/** The value of a read that must have succeeded. */
export function valueOf<T>(read: Fetched<T>): T {
  if (!read.ok) throw new Error(`expected a successful read, got ${read.error.operation} failing`);
  return read.value;
}

export const failure = (operation: string, code = 'AccessDeniedException'): CallFailure => ({
  operation,
  code,
  message: `${code} message`,
});

export const failed = (operation: string, code?: string): Fetched<never> => ({
  ok: false,
  error: failure(operation, code),
});

/** Hourly buckets of the lookback window with the given values from the first hour on. */
export function hourly(values: readonly number[]): MetricSeries {
  const start = Date.parse(LOOKBACK.start) / 1000;
  return { timestamps: values.map((_, i) => start + i * 3600), values: [...values] };
}

/** The same value in every hour of the lookback window. */
export const everyHour = (value: number): MetricSeries => hourly(Array(720).fill(value));

export const NO_DATA: MetricSeries = { timestamps: [], values: [] };

export const TLS_DENY = {
  Sid: 'EnforceTls',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: '*',
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

export const ROLE_ALLOW = {
  Sid: 'AppRole',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
  Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
};

export const policyOf = (...statements: object[]): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

/** An encrypted, backed up, private, well-alarmed Elastic file system with steady use. */
export function fileSystem(overrides: Partial<EfsFileSystem> = {}): EfsFileSystem {
  return {
    id: FS_ID,
    arn: FS_ARN,
    name: 'data',
    tags: { Name: 'data' },
    createdAt: '2025-01-01T00:00:00.000Z',
    state: 'available',
    performanceMode: 'generalPurpose',
    throughputMode: 'elastic',
    encrypted: true,
    sizeInBytes: { total: 100 * GIB, standard: 100 * GIB, infrequentAccess: 0 },
    mountTargets: ok([
      {
        id: 'fsmt-1',
        subnetId: 'subnet-private',
        availabilityZoneName: 'us-east-1a',
        state: 'available',
        securityGroupIds: ok(['sg-nfs']),
      },
    ]),
    lifecycle: ok({ transitionToIA: 'AFTER_30_DAYS' }),
    backupPolicyStatus: ok('ENABLED'),
    policy: ok(policyOf(TLS_DENY, ROLE_ALLOW)),
    metrics: {
      meteredIOBytes: ok(everyHour(10 * MIB * 3600)),
      metadataOperations: ok(everyHour(100 * 3600)),
      clientConnections: ok({ timestamps: [Date.parse(CONNECTIONS.start) / 1000], values: [5] }),
    },
    ...overrides,
  };
}

/** The file system with SizeInBytes at zero and a failed read of the StorageBytes standing in. */
export function sizeUnreadable(fs: EfsFileSystem): EfsFileSystem {
  const denied = failed('cloudwatch:GetMetricData');
  return {
    ...fs,
    sizeInBytes: { total: 0, standard: 0, infrequentAccess: 0 },
    metrics: {
      ...fs.metrics,
      storageBytes: { total: denied, standard: denied, infrequentAccess: denied },
    },
  };
}

export function efsPart(overrides: Partial<EfsInventory> = {}): EfsInventory {
  return {
    fileSystems: ok([fileSystem()]),
    accessPoints: ok([]),
    replications: ok([]),
    protectedFileSystemArns: ok([]),
    alarms: ok(
      ['BurstCreditBalance', 'PercentIOLimit', 'ClientConnections'].map((metricName) => ({
        alarmName: metricName,
        metricName,
        fileSystemId: FS_ID,
      })),
    ),
    subnets: ok([{ id: 'subnet-private', mapPublicIpOnLaunch: false }]),
    securityGroups: ok([
      {
        id: 'sg-nfs',
        ingress: [
          { IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, IpRanges: [{ CidrIp: '10.0.0.0/8' }] },
        ],
      },
    ]),
    metricWindows: { lookback: LOOKBACK, connections: CONNECTIONS },
    ...overrides,
  };
}

export function inventoryOf(part: EfsInventory, region = REGION): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    account: ACCOUNT,
    collectedAt: NOW.toISOString(),
    regions: [region],
    services: ['efs'],
    global: {},
    regional: { [region]: { efs: part } },
    errors: [],
  };
}

/** The findings of one rule over one region's EFS part. */
export function evaluate(rule: Rule, part: EfsInventory, context = CONTEXT): Finding[] {
  return [...rule.evaluate(inventoryOf(part), context)];
}

/** The single finding of one rule about the default file system (or the given one). */
export function judge(rule: Rule, fs: EfsFileSystem, part: Partial<EfsInventory> = {}): Finding {
  const findings = evaluate(rule, efsPart({ fileSystems: ok([fs]), ...part }));
  if (findings.length !== 1) throw new Error(`expected 1 finding, got ${findings.length}`);
  return findings[0] as Finding;
}
