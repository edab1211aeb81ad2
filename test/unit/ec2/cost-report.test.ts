// The EC2 savings reach every surface that carries savings, totalled with the EFS ones: the
// report summary, the job summary (markdown) and the action's monthly-savings-usd output.
import { parseConfig } from '../../../src/config/schema.js';
import { sampleInventory } from '../../../src/demo/index.js';
import { formatUsd, roundUsd } from '../../../src/model/money.js';
import type { EfsResources } from '../../../src/model/report.js';
import { renderConsole } from '../../../src/report/console.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { actionOutputs } from '../../../src/report/outputs.js';
import { evaluateInventory } from '../../../src/triage/evaluate.js';

const report = evaluateInventory(sampleInventory(), parseConfig({}, {}), {
  startedAt: new Date('2026-11-01T06:00:00.000Z'),
  finishedAt: new Date('2026-11-01T06:01:00.000Z'),
});
const failed = report.results.filter((r) => r.status === 'FAIL' && !r.suppressed);
const savingOf = (checkId: string, resourceId: string) =>
  failed.find((r) => r.checkId === checkId && r.resourceId === resourceId)?.monthlySavingsUsd;

/** The demo's EC2 savings, worked by hand at us-east-1 list prices. */
const EC2_SAVINGS = {
  // web-1's 100 GiB gp2: $10.00 - ($8.00 + 3 MiB/s x $0.04).
  gp2Attached: 1.88,
  // build-cache-old, 500 GiB gp2 attached to nothing: its whole $50.00 (gp3 would save $5.00 of it).
  unattachedGp2: 50,
  gp2OfUnattached: 5,
  // orders-db-restore-test, io1: 100 GiB x $0.125 + 1,000 IOPS x $0.065.
  unattachedIo1: 77.5,
  // old-vpn-endpoint: 730 hours x $0.005.
  idleAddress: 3.65,
};

describe("the demo account's EC2 savings", () => {
  it('fails each EC2 cost check with the hand-worked saving', () => {
    expect(savingOf('ec2.ebs-gp2-volume', 'vol-0a1b2c3d4e5f60001')).toBe(EC2_SAVINGS.gp2Attached);
    expect(savingOf('ec2.ebs-volume-unattached', 'vol-0a1b2c3d4e5f60003')).toBe(
      EC2_SAVINGS.unattachedGp2,
    );
    expect(savingOf('ec2.ebs-gp2-volume', 'vol-0a1b2c3d4e5f60003')).toBe(
      EC2_SAVINGS.gp2OfUnattached,
    );
    expect(savingOf('ec2.ebs-volume-unattached', 'vol-0e1f2a3b4c5d60002')).toBe(
      EC2_SAVINGS.unattachedIo1,
    );
    expect(savingOf('ec2.eip-unassociated', 'eipalloc-0a1b2c3d4e5f60002')).toBe(
      EC2_SAVINGS.idleAddress,
    );
  });

  it('totals them with the EFS savings, counting the unattached gp2 volume once', () => {
    // The EFS part, as the EFS table rolls it up per file system (test/unit/efs/demo-report.test.ts).
    const efs = roundUsd(
      (report.resources.efs as unknown as EfsResources).fileSystems.reduce(
        (sum, fs) => sum + fs.monthlySavingsUsd,
        0,
      ),
    );
    const ec2 =
      EC2_SAVINGS.gp2Attached +
      EC2_SAVINGS.unattachedGp2 +
      EC2_SAVINGS.unattachedIo1 +
      EC2_SAVINGS.idleAddress;
    expect(efs).toBeGreaterThan(0);
    expect(report.summary.monthlySavingsUsd).toBe(roundUsd(efs + ec2));
  });

  it('puts the total in monthly-savings-usd, the job summary and the console', () => {
    const total = report.summary.monthlySavingsUsd;
    expect(actionOutputs(report, 'report.json')['monthly-savings-usd']).toBe(total.toFixed(2));
    const markdown = renderMarkdown(report);
    // Markdown escapes the dollar sign.
    expect(markdown).toContain(`Estimated savings: **\\${formatUsd(total)} a month**.`);
    // The savings table lists the EC2 rows beside the EFS ones.
    expect(markdown).toContain('vol-0e1f2a3b4c5d60002');
    expect(markdown).toContain('eipalloc-0a1b2c3d4e5f60002');
    expect(renderConsole(report)).toContain(`Estimated savings: ${formatUsd(total)} a month`);
  });
});
