import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The example workflows the README shows (kept identical by readme.test.ts) must be workflows
 * GitHub would run: a trigger, pinned actions, only inputs the action declares, and the OIDC
 * permission wherever a role is assumed.
 */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = 'examples/workflows';
const FILES = readdirSync(DIR).filter((file) => file.endsWith('.yml'));
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> };
const OWN_ACTION = 'posture-gate/posture-gate@';

const workflow = (file: string): Workflow =>
  parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Workflow;

describe('examples/workflows', () => {
  it('holds the six workflows the README promises', () => {
    expect(FILES.sort()).toEqual([
      'baseline-loop.yml',
      'multi-account.yml',
      'pr-check.yml',
      'quick-start.yml',
      'release-gate.yml',
      'scheduled-audit.yml',
    ]);
  });

  describe.each(FILES)('%s', (file) => {
    const flow = workflow(file);
    const steps = Object.values(flow.jobs).flatMap((job) => job.steps);

    it('has a trigger and jobs', () => {
      expect(flow.on).toBeTruthy();
      expect(Object.keys(flow.jobs).length).toBeGreaterThan(0);
    });

    it('pins every action by a full commit SHA', () => {
      for (const { uses } of steps.filter((s) => s.uses)) {
        expect(uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
    });

    it('passes posture-gate only inputs that action.yml declares', () => {
      const own = steps.filter((s) => s.uses?.startsWith(OWN_ACTION));
      expect(own.length).toBeGreaterThan(0);
      for (const step of own) {
        for (const input of Object.keys(step.with ?? {}))
          expect(action.inputs).toHaveProperty([input]);
      }
    });

    it('downloads a baseline only from a workflow file that uploads one', () => {
      for (const step of steps.filter((s) => s.run?.includes('gh run download'))) {
        const source = /--workflow (\S+)/.exec(step.run ?? '')?.[1] ?? '';
        const name = /--name (\S+)/.exec(step.run ?? '')?.[1];
        const uploads = Object.values(workflow(source).jobs)
          .flatMap((job) => job.steps)
          .filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
        expect(uploads.map((s) => s.with?.name)).toContain(name);
      }
    });

    it('grants id-token: write to every job that assumes a role', () => {
      for (const job of Object.values(flow.jobs)) {
        const assumes = job.steps.some((s) => s.with?.['role-to-assume']);
        if (!assumes) continue;
        const permissions = job.permissions ?? flow.permissions ?? {};
        expect(permissions['id-token']).toBe('write');
      }
    });
  });
});
