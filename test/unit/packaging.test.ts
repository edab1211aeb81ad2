import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** What a published action carries besides its code: licence, metadata, changelog, release. */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  license: string;
  version: string;
};
const readme = readFileSync('README.md', 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

describe('LICENSE', () => {
  it('is the licence package.json names', () => {
    expect(pkg.license).toBe('MIT');
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    description: string;
    branding?: { icon?: string; color?: string };
  };

  it('has a description under 125 characters (the Marketplace limit)', () => {
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThan(125);
  });

  it('has branding for the Marketplace', () => {
    expect(action.branding?.icon).toBeTruthy();
    expect(action.branding?.color).toMatch(
      /^(white|black|yellow|blue|green|orange|red|purple|gray-dark)$/,
    );
  });
});

describe('CHANGELOG.md', () => {
  const text = readFileSync('CHANGELOG.md', 'utf8');

  it('keeps an Unreleased section above the released versions, the current one included', () => {
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    expect(headings).toContain(`## [${pkg.version}]`);
    expect(text).toContain('[Unreleased]: https://github.com/posture-gate/posture-gate/compare/');
  });
});

describe('.github/workflows/release.yml', () => {
  const flow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow;
  const steps = Object.values(flow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('runs on version tags only', () => {
    expect(flow.on.push?.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(flow.on.push?.branches).toBeUndefined();
  });

  it('pins every action by a full commit SHA, with the version as a comment', () => {
    const text = readFileSync('.github/workflows/release.yml', 'utf8');
    const uses = steps.filter((s) => s.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const { uses: ref } of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((l) => /^\s*- uses: /.test(l))) {
      expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('fails when the committed dist/ differs from a fresh build', () => {
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run package');
    expect(runs).toContain('git diff --exit-code --stat -- dist');
    expect(runs).toContain('git status --porcelain -- dist');
    const order = (text: string): number => steps.findIndex((s) => s.run?.includes(text));
    expect(order('npm run package')).toBeLessThan(order('git tag --force'));
  });

  it('moves the major tag to the released commit, with write access to contents only there', () => {
    expect(runs).toContain('major="${GITHUB_REF_NAME%%.*}"');
    expect(runs).toContain('git tag --force "$major" "$GITHUB_SHA"');
    expect(runs).toContain('git push --force origin "refs/tags/$major"');
    expect(flow.permissions).toEqual({ contents: 'read' });
    expect(Object.values(flow.jobs)[0]?.permissions).toEqual({ contents: 'write' });
  });

  it('refuses a tag that is not the version of package.json', () => {
    expect(runs).toContain(`require('./package.json').version`);
    expect(runs).toContain('"v$version" != "$GITHUB_REF_NAME"');
  });
});

describe('README quick start', () => {
  const start = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## How it decides'));
  const blocks = (lang: string): string[] =>
    [...start.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) =>
      (m[1] ?? '').replace(/^ {3}/gm, ''),
    );

  interface TrustPolicy {
    Version: string;
    Statement: {
      Effect: string;
      Principal: { Federated: string };
      Action: string;
      Condition: { StringEquals: Record<string, string | string[]> };
    }[];
  }
  const policies = blocks('json').map((text) => JSON.parse(text) as TrustPolicy);

  it('gives the trust policy as JSON, and its environment variant', () => {
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.Version).toBe('2012-10-17');
      const [statement] = policy.Statement;
      expect(statement?.Effect).toBe('Allow');
      expect(statement?.Action).toBe('sts:AssumeRoleWithWebIdentity');
      expect(statement?.Principal.Federated).toMatch(
        /^arn:aws:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/,
      );
      const equals = statement?.Condition.StringEquals ?? {};
      expect(equals['token.actions.githubusercontent.com:aud']).toBe('sts.amazonaws.com');
      const subs = [equals['token.actions.githubusercontent.com:sub'] ?? []].flat();
      expect(subs.length).toBeGreaterThan(0);
      for (const sub of subs) expect(sub).toMatch(/^repo:OWNER\/REPO:/);
    }
    const subsOf = (p: TrustPolicy): string[] =>
      [
        p.Statement[0]?.Condition.StringEquals['token.actions.githubusercontent.com:sub'] ?? [],
      ].flat();
    expect(subsOf(policies[0] as TrustPolicy)).toContain('repo:OWNER/REPO:pull_request');
    expect(subsOf(policies[1] as TrustPolicy)).toEqual(['repo:OWNER/REPO:environment:production']);
  });

  it('gives the AWS CLI commands that create the provider and the role with the policy file', () => {
    const shell = blocks('sh')
      .join('\n')
      .replace(/\\\n\s*/g, '');
    expect(shell).toMatch(
      /aws iam create-open-id-connect-provider --url https:\/\/token\.actions\.githubusercontent\.com --client-id-list sts\.amazonaws\.com/,
    );
    expect(shell).toMatch(
      /aws iam create-role --role-name posture-gate-readonly --assume-role-policy-document file:\/\/trust-policy\.json/,
    );
    expect(shell).toMatch(
      /aws iam put-role-policy --role-name posture-gate-readonly --policy-name posture-gate --policy-document file:\/\/iam-policy\.json/,
    );
    expect(start).toContain('`trust-policy.json`');
    // An inline role policy may hold 10,240 characters, whitespace not counted.
    expect(readFileSync('iam-policy.json', 'utf8').replace(/\s/g, '').length).toBeLessThan(10240);
  });

  it('explains the major tag next to the SHA pin', () => {
    expect(start).toMatch(/major tag \(`v0` today\)/);
    expect(start).toContain('posture-gate/posture-gate@v0');
  });
});
