import { fail, pass, unknown } from '../kit.js';
import { fileSystemRule, listWords } from './common.js';

export const alarmsMissing = fileSystemRule({
  meta: {
    id: 'efs.alarms-missing',
    title: 'EFS file system without CloudWatch alarms',
    category: 'operations',
    severity: 'medium',
    remediation: {
      text: 'Create CloudWatch alarms in namespace AWS/EFS with dimension FileSystemId on ClientConnections, on PercentIOLimit (General Purpose) and on BurstCreditBalance (Bursting throughput).',
      url: 'https://docs.aws.amazon.com/efs/latest/ug/monitoring-cloudwatch.html',
    },
    frameworks: {},
    failWhen:
      'No CloudWatch metric alarm in namespace `AWS/EFS` with this `FileSystemId` watches one of: `ClientConnections`; `PercentIOLimit` (General Purpose mode only); `BurstCreditBalance` (bursting throughput only).',
  },
  judge: (fs, efs) => {
    if (!efs.alarms.ok) return unknown(efs.alarms.error);
    const wanted = [
      ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
      ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
      'ClientConnections',
    ];
    const watched = new Set(
      efs.alarms.value.filter((a) => a.fileSystemId === fs.id).map((a) => a.metricName),
    );
    const missing = wanted.filter((metric) => !watched.has(metric));
    return missing.length > 0
      ? fail(`No CloudWatch alarm on ${listWords(missing)}.`, { missing, watched: [...watched] })
      : pass(`Alarms watch ${listWords(wanted)}.`, { watched: [...watched] });
  },
});
