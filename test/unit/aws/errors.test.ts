import { DescribeVpcsCommand, EC2Client, EC2ServiceException } from '@aws-sdk/client-ec2';
import { GetBucketPolicyCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classOf, classOfCode, errorClass, errorCode } from '../../../src/aws/errors.js';
import type { ErrorClass } from '../../../src/model/inventory.js';
import { collectContext } from '../ec2/fixtures.js';

const ec2Mock = mockClient(EC2Client);
const s3Mock = mockClient(S3Client);
afterEach(() => {
  ec2Mock.reset();
  s3Mock.reset();
});

const ec2Error = (name: string, status: number, fault: 'client' | 'server' = 'client') =>
  new EC2ServiceException({
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status },
    message: `${name} message`,
  });
const s3Error = (name: string, status: number) =>
  new S3ServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    message: `${name} message`,
  });

/** What the SDK's Node HTTP handler throws (@smithy/node-http-handler). */
const requestTimeout = () =>
  Object.assign(new Error('a request has exceeded the configured 60000 ms requestTimeout.'), {
    name: 'TimeoutError',
    code: 'ETIMEDOUT',
  });
const connectionTimeout = () =>
  Object.assign(new Error('the request socket did not establish a connection'), {
    name: 'TimeoutError',
  });
const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4566'), {
    code: 'ECONNREFUSED',
    errno: -111,
    syscall: 'connect',
  });
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
const dns = () =>
  Object.assign(new Error('getaddrinfo ENOTFOUND ec2.example'), { code: 'ENOTFOUND' });
/** A truncated 200 answer: the parser's error with the response the SDK attached. */
const truncated = () => {
  const error = new SyntaxError(
    'Unexpected end of JSON input\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
  );
  Object.defineProperty(error, '$response', { value: { statusCode: 200 }, enumerable: false });
  return error;
};

describe('errorClass: each class from the shapes the SDK throws', () => {
  const cases: [string, () => Error, ErrorClass, string][] = [
    [
      'UnauthorizedOperation',
      () => ec2Error('UnauthorizedOperation', 403),
      'denied',
      'UnauthorizedOperation',
    ],
    ['AccessDenied (S3)', () => s3Error('AccessDenied', 403), 'denied', 'AccessDenied'],
    [
      'RequestLimitExceeded',
      () => ec2Error('RequestLimitExceeded', 503, 'server'),
      'throttled',
      'RequestLimitExceeded',
    ],
    ['SlowDown', () => s3Error('SlowDown', 503), 'throttled', 'SlowDown'],
    ['NoSuchBucket', () => s3Error('NoSuchBucket', 404), 'not-found', 'NoSuchBucket'],
    [
      'InvalidVpcID.NotFound',
      () => ec2Error('InvalidVpcID.NotFound', 400),
      'not-found',
      'InvalidVpcID.NotFound',
    ],
    ['request timeout', requestTimeout, 'timeout', 'TimeoutError'],
    ['connection timeout', connectionTimeout, 'timeout', 'TimeoutError'],
    ['ECONNREFUSED', refused, 'network', 'ECONNREFUSED'],
    ['ECONNRESET', reset, 'network', 'ECONNRESET'],
    ['ENOTFOUND', dns, 'network', 'ENOTFOUND'],
    ['a truncated answer', truncated, 'malformed', 'HttpError200'],
    ['InternalError', () => ec2Error('InternalError', 500, 'server'), 'service', 'InternalError'],
    [
      'TypeError',
      () => new TypeError("Cannot read properties of undefined (reading 'x')"),
      'internal',
      'TypeError',
    ],
    [
      'a plain Error of our own',
      () => new Error('DescribeRegions returned nothing'),
      'internal',
      'Error',
    ],
  ];

  it.each(cases.map(([name, make, cls, code]) => [name, cls, code, make] as const))(
    '%s through ctx.call is recorded as %s with code %s',
    async (_name, cls, code, make) => {
      ec2Mock.on(DescribeVpcsCommand).rejects(make());
      const ec2 = new EC2Client({ region: 'us-east-1' });
      const { ctx, errors } = collectContext('ec2', { ec2 } as never);
      const read = await ctx.call('ec2:DescribeVpcs', () => ec2.send(new DescribeVpcsCommand({})));
      expect(read.ok).toBe(false);
      expect(!read.ok && read.error.class).toBe(cls);
      expect(!read.ok && read.error.code).toBe(code);
      expect(errors).toEqual([
        expect.objectContaining({ operation: 'ec2:DescribeVpcs', class: cls }),
      ]);
    },
  );

  it('a denied S3 call through the S3 client', async () => {
    s3Mock.on(GetBucketPolicyCommand).rejects(s3Error('AccessDenied', 403));
    const s3 = new S3Client({ region: 'us-east-1' });
    const error = await s3.send(new GetBucketPolicyCommand({ Bucket: 'b' })).catch((e) => e);
    expect(errorClass(error)).toBe('denied');
  });

  it('an AbortError (the scan deadline) is a timeout', () => {
    const abort = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    expect(errorClass(abort)).toBe('timeout');
  });

  it('a 403 without an AWS error document is denied; other bare statuses are service errors', () => {
    const bare = (status: number) =>
      Object.assign(new Error('Unknown'), { name: 'Error', $metadata: { httpStatusCode: status } });
    expect(errorCode(bare(403))).toBe('HttpError403');
    expect(errorClass(bare(403))).toBe('denied');
    expect(errorClass(bare(500))).toBe('service');
    expect(errorClass(bare(404))).toBe('service');
  });
});

describe('errorClass: a truncated answer through the real middleware stack', () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    // Answers 200 with a document cut in the middle, as a proxy dropping the connection would.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml;charset=UTF-8' });
      res.end(
        '<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><vpcSet><item><vpcId>vpc-1',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('is malformed, with the status in its code', async () => {
    ec2Mock.restore();
    try {
      const ec2 = new EC2Client({
        region: 'us-east-1',
        endpoint,
        maxAttempts: 1,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      });
      const error = await ec2.send(new DescribeVpcsCommand({})).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeDefined();
      expect(errorCode(error)).toBe('HttpError200');
      expect(errorClass(error)).toBe('malformed');
    } finally {
      ec2Mock.reset();
    }
  });
});

describe('errorCode: always text, whatever a thrown value carries', () => {
  it.each([
    ['a numeric Code', { Code: 7, $metadata: { httpStatusCode: 400 } }, '7'],
    ['an empty Code', { Code: '', name: 'InvalidParameter' }, 'InvalidParameter'],
    [
      'a Code that is an object',
      { Code: { nested: true }, $metadata: { httpStatusCode: 500 } },
      'HttpError500',
    ],
    ['a name that is an object', { name: ['x'], code: 'ECONNRESET' }, 'ECONNRESET'],
    ['nothing usable', { Code: null, name: {}, code: false }, 'UnknownError'],
  ])('%s', (_what, thrown, code) => {
    expect(errorCode(thrown)).toBe(code);
  });
});

describe('classOfCode: failures recorded before classes existed', () => {
  it.each([
    ['AccessDenied', 'denied'],
    ['AccessDeniedException', 'denied'],
    ['UnauthorizedOperation', 'denied'],
    ['Throttling', 'throttled'],
    ['RequestLimitExceeded', 'throttled'],
    ['NoSuchBucket', 'not-found'],
    ['ResourceNotFoundException', 'not-found'],
    ['TimeoutError', 'timeout'],
    ['ScanDeadline', 'timeout'],
    ['ECONNREFUSED', 'network'],
    ['HttpError200', 'malformed'],
    ['HttpError500', 'service'],
    ['HttpError404', 'service'],
    ['InternalError', 'service'],
    ['TypeError', 'internal'],
  ] as const)('%s is %s', (code, cls) => {
    expect(classOfCode(code)).toBe(cls);
    expect(classOf({ code })).toBe(cls);
  });

  it('a recorded class wins over the code', () => {
    expect(classOf({ code: 'HttpError403', class: 'denied' })).toBe('denied');
  });
});

describe('an answer that says "absent" is read by the code the failure would be recorded under', () => {
  it('an empty Code and a name in the absent list: absent, not a failure', async () => {
    const { ctx, errors } = collectContext('s3', {});
    const thrown = Object.assign(new Error('The TagSet does not exist'), {
      name: 'NoSuchTagSet',
      Code: '',
      $metadata: { httpStatusCode: 404 },
    });
    const read = await ctx.call('s3:GetBucketTagging', () => Promise.reject(thrown), [
      'NoSuchTagSet',
    ]);
    expect(read).toEqual({ ok: true, value: null });
    expect(errors).toEqual([]);
  });
});
