import { alarmsMissing } from '../../../src/rules/efs/operations.js';
import { FS_ID, failed, fileSystem, judge, ok } from './fixtures.js';

const alarmsOn = (...metricNames: string[]) =>
  ok(metricNames.map((metricName) => ({ alarmName: metricName, metricName, fileSystemId: FS_ID })));

describe('efs.alarms-missing', () => {
  it('passes when each metric its modes need has an alarm', () => {
    expect(judge(alarmsMissing, fileSystem()).status).toBe('PASS');
    const bursting = fileSystem({ throughputMode: 'bursting' });
    const alarms = alarmsOn('BurstCreditBalance', 'PercentIOLimit', 'ClientConnections');
    expect(judge(alarmsMissing, bursting, { alarms }).status).toBe('PASS');
    const maxIO = fileSystem({ performanceMode: 'maxIO' });
    expect(judge(alarmsMissing, maxIO, { alarms: alarmsOn('ClientConnections') }).status).toBe(
      'PASS',
    );
  });

  it('fails and lists the missing ones', () => {
    const bursting = fileSystem({ throughputMode: 'bursting' });
    const finding = judge(alarmsMissing, bursting, { alarms: alarmsOn('PercentIOLimit') });
    expect(finding.status).toBe('FAIL');
    expect(finding.detail).toBe('No CloudWatch alarm on BurstCreditBalance and ClientConnections.');
  });

  it('ignores alarms on other file systems', () => {
    const elsewhere = ok([
      { alarmName: 'x', metricName: 'ClientConnections', fileSystemId: 'fs-other' },
      { alarmName: 'y', metricName: 'PercentIOLimit', fileSystemId: FS_ID },
    ]);
    expect(judge(alarmsMissing, fileSystem(), { alarms: elsewhere }).status).toBe('FAIL');
  });

  it('is UNKNOWN when DescribeAlarms failed', () => {
    const alarms = failed('cloudwatch:DescribeAlarms');
    expect(judge(alarmsMissing, fileSystem(), { alarms }).status).toBe('UNKNOWN');
  });
});
