import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATION_PERMISSIONS, permissionFor } from '../../../src/aws/permissions.js';

/**
 * Keeps three things aligned, both ways: the operations the source can call (found by reading its
 * imports from @aws-sdk/client-*), OPERATION_PERMISSIONS, and the published iam-policy.json.
 */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SRC = join(ROOT, 'src');

interface SdkImport {
  file: string;
  pkg: string;
  name: string;
}

const PKG = String.raw`['"](@aws-sdk/client-[\w-]+)['"]`;
const NAMED_STATIC = new RegExp(String.raw`import\s+(type\s+)?\{([^}]*)\}\s*from\s*${PKG}`, 'g');
const NAMED_DYNAMIC = new RegExp(String.raw`\{([^}]*)\}\s*=\s*await\s+import\(\s*${PKG}\s*\)`, 'g');
const NAMESPACE_STATIC = new RegExp(String.raw`import\s+\*\s+as\s+(\w+)\s+from\s*${PKG}`, 'g');
const NAMESPACE_DYNAMIC = new RegExp(String.raw`(\w+)\s*=\s*await\s+import\(\s*${PKG}\s*\)`, 'g');
const ANY_REFERENCE = /['"]@aws-sdk\/client-[\w-]+['"]/g;

/** Value names taken from @aws-sdk/client-* packages; fails on an import form it cannot read. */
function sdkImports(file: string, text: string): SdkImport[] {
  const found: SdkImport[] = [];
  let recognised = 0;
  const fromList = (list: string, pkg: string): void => {
    for (const raw of list.split(',')) {
      const specifier = raw.trim();
      if (!specifier || specifier.startsWith('type ')) continue;
      // `Original as alias` (import) or `Original: alias` (destructuring): the original counts.
      const [name = ''] = specifier.split(/\s+as\s+|\s*:\s*/);
      found.push({ file, pkg, name });
    }
  };
  for (const [, typeOnly, list = '', pkg = ''] of text.matchAll(NAMED_STATIC)) {
    recognised++;
    if (!typeOnly) fromList(list, pkg);
  }
  for (const [, list = '', pkg = ''] of text.matchAll(NAMED_DYNAMIC)) {
    recognised++;
    fromList(list, pkg);
  }
  for (const pattern of [NAMESPACE_STATIC, NAMESPACE_DYNAMIC]) {
    for (const [, alias = '', pkg = ''] of text.matchAll(pattern)) {
      recognised++;
      const used = text.matchAll(new RegExp(String.raw`\b${alias}\.(\w+)`, 'g'));
      for (const [, name = ''] of used) found.push({ file, pkg, name });
    }
  }
  const references = [...text.matchAll(ANY_REFERENCE)].length;
  if (references !== recognised) {
    throw new Error(
      `${file}: an @aws-sdk/client-* import this test cannot read; extend sdkImports`,
    );
  }
  return found;
}

/** `DescribeFileSystems` for `DescribeFileSystemsCommand` and `paginateDescribeFileSystems`. */
function operationOf(name: string): string | undefined {
  return /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1];
}

/** The client factory: STS in clients.ts, the clients loaded after the identity call beside it. */
const FACTORY_FILES = ['clients.ts', 'service-clients.ts'].map((f) => join('src', 'aws', f));

/** Package -> operation prefix, read from the factory so the two cannot drift apart. */
function prefixByPackage(): Map<string, string> {
  const text = FACTORY_FILES.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const classToPkg = new Map(
    [...text.matchAll(/import \{ (\w+Client) \} from '(@aws-sdk\/client-[\w-]+)'/g)].map(
      ([, name = '', pkg = '']) => [name, pkg],
    ),
  );
  const map = new Map<string, string>();
  for (const [, prefix = '', name = ''] of text.matchAll(/(\w+): (\w+Client)\b/g)) {
    const pkg = classToPkg.get(name);
    if (pkg) map.set(pkg, prefix);
  }
  return map;
}

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(SRC, f));
}

const PREFIXES = prefixByPackage();
const IMPORTS = sourceFiles().flatMap((file) =>
  sdkImports(file.slice(ROOT.length), readFileSync(file, 'utf8')),
);
const CALLS = IMPORTS.flatMap((i) => {
  const operation = operationOf(i.name);
  return operation ? [{ ...i, operation: `${PREFIXES.get(i.pkg) ?? i.pkg}:${operation}` }] : [];
});
const CALLED = new Set(CALLS.map((c) => c.operation));
const EXPECTED_ACTIONS = [...new Set(Object.values(OPERATION_PERMISSIONS).flat())].sort();
/** What the operations the source calls need: the policy must grant this and nothing else. */
const NEEDED_ACTIONS = [
  ...new Set([...CALLED].flatMap((operation) => OPERATION_PERMISSIONS[operation] ?? [])),
].sort();

const READ_ONLY = /^(Describe|List|Get)[A-Z]/;
const WRITE =
  /^(Put|Create|Delete|Update|Modify|Attach|Detach|Tag|Untag|Authorize|Revoke|Start|Stop|Terminate|Run|Restore|Enable|Disable|Associate|Disassociate)[A-Z]/;

describe('sdkImports', () => {
  it('reads static, aliased, type-only, dynamic and namespace imports', () => {
    const text = [
      `import {\n  DescribeFileSystemsCommand,\n  paginateDescribeAccessPoints,\n  type FileSystemDescription,\n} from '@aws-sdk/client-efs';`,
      `import { GetPublicAccessBlockCommand as AccountBlock } from '@aws-sdk/client-s3-control';`,
      `import type { Bucket } from '@aws-sdk/client-s3';`,
      `const { DescribeAlarmsCommand: Alarms } = await import('@aws-sdk/client-cloudwatch');`,
      `import * as rds from '@aws-sdk/client-rds';\nnew rds.DescribeDBInstancesCommand({});`,
    ].join('\n');
    expect(sdkImports('x.ts', text).map((i) => `${i.pkg} ${i.name}`)).toEqual([
      '@aws-sdk/client-efs DescribeFileSystemsCommand',
      '@aws-sdk/client-efs paginateDescribeAccessPoints',
      '@aws-sdk/client-s3-control GetPublicAccessBlockCommand',
      '@aws-sdk/client-cloudwatch DescribeAlarmsCommand',
      '@aws-sdk/client-rds DescribeDBInstancesCommand',
    ]);
  });

  it('refuses an import form it cannot read', () => {
    expect(() =>
      sdkImports('x.ts', `export { ListBucketsCommand } from '@aws-sdk/client-s3';`),
    ).toThrow(/cannot read/);
  });
});

describe('operations called by src/', () => {
  it('finds calls, including the credential exchange', () => {
    const operations = CALLS.map((c) => c.operation);
    expect(operations).toEqual(
      expect.arrayContaining(['sts:AssumeRoleWithWebIdentity', 'sts:GetCallerIdentity']),
    );
  });

  it('imports only packages the client factory builds clients for', () => {
    const unknown = [...new Set(IMPORTS.map((i) => i.pkg))].filter((pkg) => !PREFIXES.has(pkg));
    expect(unknown).toEqual([]);
    expect(PREFIXES.get('@aws-sdk/client-s3-control')).toBe('s3control');
    expect(PREFIXES.get('@aws-sdk/client-efs')).toBe('efs');
  });

  it('builds clients only in src/aws/clients.ts', () => {
    const elsewhere = IMPORTS.filter(
      (i) => i.name.endsWith('Client') && !FACTORY_FILES.includes(i.file),
    ).map((i) => `${i.file}: ${i.name}`);
    expect(elsewhere).toEqual([]);
  });

  it('has an IAM permission entry for every operation', () => {
    const missing = CALLS.filter((c) => !(c.operation in OPERATION_PERMISSIONS)).map(
      (c) => `${c.file}: ${c.operation}`,
    );
    expect(missing).toEqual([]);
  });

  it('lists no operation the source does not call', () => {
    const stale = Object.keys(OPERATION_PERMISSIONS).filter((operation) => !CALLED.has(operation));
    expect(stale).toEqual([]);
  });

  it('names every action an operation needs, joined for a detail line', () => {
    expect(permissionFor('efs:DescribeMountTargetSecurityGroups')).toBe(
      'elasticfilesystem:DescribeMountTargetSecurityGroups and ec2:DescribeNetworkInterfaceAttribute',
    );
    expect(permissionFor('s3:GetBucketEncryption')).toBe('s3:GetEncryptionConfiguration');
    expect(permissionFor('sts:GetCallerIdentity')).toBe('sts:GetCallerIdentity');
  });

  it('imports no command that writes to AWS', () => {
    const writes = CALLS.filter((c) => WRITE.test(c.operation.split(':')[1] ?? '')).map(
      (c) => `${c.file}: ${c.operation}`,
    );
    expect(writes).toEqual([]);
  });
});

describe('iam-policy.json', () => {
  const policy = JSON.parse(readFileSync(join(ROOT, 'iam-policy.json'), 'utf8'));

  it('is one read-only statement', () => {
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'PostureGateReadOnly', Effect: 'Allow', Action: expect.any(Array), Resource: '*' },
      ],
    });
  });

  it('grants exactly the sorted unique permissions of OPERATION_PERMISSIONS', () => {
    expect(policy.Statement[0].Action).toEqual(EXPECTED_ACTIONS);
  });

  it('grants only actions that some operation the source calls needs, and all of them', () => {
    const action: string[] = policy.Statement[0].Action;
    const unneeded = action.filter((a) => !NEEDED_ACTIONS.includes(a));
    expect(unneeded).toEqual([]);
    expect(action).toEqual(NEEDED_ACTIONS);
  });

  it('grants only Describe, List and Get actions, and GenerateCredentialReport', () => {
    // It asks IAM to prepare the credential report and changes nothing (README, IAM policy).
    const notReadOnly = EXPECTED_ACTIONS.filter((a) => !READ_ONLY.test(a.split(':')[1] ?? ''));
    expect(notReadOnly).toEqual(['iam:GenerateCredentialReport']);
  });
});
