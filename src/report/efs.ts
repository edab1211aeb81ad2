import type { EfsResources, Report } from '../model/report.js';
import { SEVERITIES } from '../model/results.js';
import { formatUsd } from '../model/money.js';
import type { EfsFileSystemEntry } from '../model/report.js';
import type { ResourceTable } from './tables.js';

function throughputCell(fs: EfsFileSystemEntry): string {
  return fs.provisionedThroughputMibps !== null
    ? `${fs.throughputMode} ${fs.provisionedThroughputMibps} MiB/s`
    : fs.throughputMode;
}

/** The per-file-system table of the console output and the job summary. */
export function efsTable(report: Report): ResourceTable | undefined {
  const efs = report.resources.efs as EfsResources | undefined;
  if (!efs || efs.fileSystems.length === 0) return undefined;
  return {
    title: 'EFS file systems',
    columns: [
      'Region',
      'File system',
      'Name',
      'State',
      'Size GB',
      'Throughput',
      'Performance',
      'Encrypted',
      'Storage',
      'FAIL C/H/M/L',
      'Findings',
      'Savings/month',
      'Usage checks',
    ],
    rows: efs.fileSystems.map((fs) => [
      fs.region,
      fs.id,
      fs.name ?? '',
      fs.state,
      fs.sizeGb === null ? 'unknown' : fs.sizeGb.toFixed(2),
      throughputCell(fs),
      fs.performanceMode,
      fs.encrypted ? 'yes' : 'no',
      fs.storage,
      SEVERITIES.map((s) => fs.failCounts[s]).join('/'),
      fs.findingCategories.join(', '),
      formatUsd(fs.monthlySavingsUsd),
      fs.usageChecks,
    ]),
  };
}
