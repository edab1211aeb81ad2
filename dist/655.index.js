export const id = 655;
export const ids = [655,325];
export const modules = {

/***/ 1105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tj: () => (/* binding */ permissionFor),
/* harmony export */   mr: () => (/* binding */ permissionsFor)
/* harmony export */ });
/* unused harmony export OPERATION_PERMISSIONS */
/**
 * The IAM actions each API operation needs. Operation names are `<client>:<Operation>` as counted
 * in `stats.apiCalls`; an empty list means no permission is needed (STS identity calls). The
 * README's policy and iam-policy.json hold exactly the union of these actions; a unit test keeps
 * the three aligned with the operations the collectors import.
 */
const OPERATION_PERMISSIONS = {
    'sts:GetCallerIdentity': [],
    'sts:AssumeRoleWithWebIdentity': [],
    'ec2:DescribeRegions': ['ec2:DescribeRegions'],
    's3:ListBuckets': ['s3:ListAllMyBuckets'],
    's3:GetBucketLocation': ['s3:GetBucketLocation'],
    's3:GetBucketTagging': ['s3:GetBucketTagging'],
    's3:GetBucketEncryption': ['s3:GetEncryptionConfiguration'],
    's3:GetBucketVersioning': ['s3:GetBucketVersioning'],
    's3:GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
    's3:GetBucketPolicy': ['s3:GetBucketPolicy'],
    's3:GetBucketPolicyStatus': ['s3:GetBucketPolicyStatus'],
    's3:GetBucketAcl': ['s3:GetBucketAcl'],
    's3:GetBucketOwnershipControls': ['s3:GetBucketOwnershipControls'],
    's3:GetBucketLogging': ['s3:GetBucketLogging'],
    's3control:GetPublicAccessBlock': ['s3:GetAccountPublicAccessBlock'],
    'efs:DescribeFileSystems': ['elasticfilesystem:DescribeFileSystems'],
    'efs:DescribeMountTargets': ['elasticfilesystem:DescribeMountTargets'],
    // AWS checks the mount target's network interface too (EFS API reference).
    'efs:DescribeMountTargetSecurityGroups': [
        'elasticfilesystem:DescribeMountTargetSecurityGroups',
        'ec2:DescribeNetworkInterfaceAttribute',
    ],
    'efs:DescribeAccessPoints': ['elasticfilesystem:DescribeAccessPoints'],
    'efs:DescribeLifecycleConfiguration': ['elasticfilesystem:DescribeLifecycleConfiguration'],
    'efs:DescribeBackupPolicy': ['elasticfilesystem:DescribeBackupPolicy'],
    'efs:DescribeFileSystemPolicy': ['elasticfilesystem:DescribeFileSystemPolicy'],
    'efs:DescribeReplicationConfigurations': ['elasticfilesystem:DescribeReplicationConfigurations'],
    'backup:ListProtectedResources': ['backup:ListProtectedResources'],
    'cloudwatch:DescribeAlarms': ['cloudwatch:DescribeAlarms'],
    'cloudwatch:GetMetricData': ['cloudwatch:GetMetricData'],
    'ec2:DescribeSubnets': ['ec2:DescribeSubnets'],
    'ec2:DescribeSecurityGroups': ['ec2:DescribeSecurityGroups'],
    'ec2:GetManagedPrefixListEntries': ['ec2:GetManagedPrefixListEntries'],
    'ec2:DescribeNetworkInterfaces': ['ec2:DescribeNetworkInterfaces'],
    'ec2:DescribeInstances': ['ec2:DescribeInstances'],
    'ec2:DescribeVolumes': ['ec2:DescribeVolumes'],
    'ec2:GetEbsEncryptionByDefault': ['ec2:GetEbsEncryptionByDefault'],
    'ec2:DescribeSnapshots': ['ec2:DescribeSnapshots'],
    'ec2:DescribeSnapshotAttribute': ['ec2:DescribeSnapshotAttribute'],
    'ec2:DescribeImages': ['ec2:DescribeImages'],
    'ec2:GetSnapshotBlockPublicAccessState': ['ec2:GetSnapshotBlockPublicAccessState'],
    'ec2:GetInstanceMetadataDefaults': ['ec2:GetInstanceMetadataDefaults'],
    'ec2:DescribeVpcs': ['ec2:DescribeVpcs'],
    'ec2:DescribeFlowLogs': ['ec2:DescribeFlowLogs'],
    'ec2:DescribeAddresses': ['ec2:DescribeAddresses'],
    'rds:DescribeDBInstances': ['rds:DescribeDBInstances'],
    'rds:DescribeDBClusters': ['rds:DescribeDBClusters'],
    'rds:DescribeDBSnapshots': ['rds:DescribeDBSnapshots'],
    'rds:DescribeDBClusterSnapshots': ['rds:DescribeDBClusterSnapshots'],
    'rds:DescribeDBSnapshotAttributes': ['rds:DescribeDBSnapshotAttributes'],
    'rds:DescribeDBClusterSnapshotAttributes': ['rds:DescribeDBClusterSnapshotAttributes'],
    'iam:GetAccountAuthorizationDetails': ['iam:GetAccountAuthorizationDetails'],
    'iam:GetPolicy': ['iam:GetPolicy'],
    'iam:GetPolicyVersion': ['iam:GetPolicyVersion'],
    // Not a read: it asks IAM to prepare the report, and changes nothing in the account.
    'iam:GenerateCredentialReport': ['iam:GenerateCredentialReport'],
    'iam:GetCredentialReport': ['iam:GetCredentialReport'],
    'iam:GetAccountPasswordPolicy': ['iam:GetAccountPasswordPolicy'],
};
/** The IAM actions to grant for an operation, or the operation itself when the table names none. */
function permissionsFor(operation) {
    const actions = OPERATION_PERMISSIONS[operation] ?? [];
    return actions.length > 0 ? actions : [operation];
}
/** The same as one phrase (`a and b`), for details and tables. */
function permissionFor(operation) {
    return permissionsFor(operation).join(' and ');
}


/***/ }),

/***/ 2997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ isAwsManagedPolicy),
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   iQ: () => (/* binding */ partitionOf)
/* harmony export */ });
/** The ARN partition of a region (`aws`, `aws-cn`, `aws-us-gov`, `aws-eusc`). */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    if (region.startsWith('eusc-'))
        return 'aws-eusc';
    return 'aws';
}
/** An EC2 or RDS `[{Key, Value}]` tag list as a plain map. */
function tagsOf(list) {
    const tags = {};
    for (const tag of list ?? [])
        if (tag.Key)
            tags[tag.Key] = tag.Value ?? '';
    return tags;
}
/** AWS-managed policies have `aws` where the account id would be. */
function isAwsManagedPolicy(arn) {
    return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn);
}


/***/ }),

/***/ 2307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ globMatch)
/* harmony export */ });
// Wildcards as AWS and posture-gate users write them: `*` any run of characters (slashes and
// colons too, so `arn:aws:s3:::logs-*` matches), `?` one character.
//
// Matched directly, not through a RegExp per pattern: most patterns are met once (each bucket
// and file system policy names its own resource), and compiling each one filled the old heap
// with compiled code at 50,000 resources. The matcher keeps the RegExp's meaning exactly: a
// wildcard matches no line terminator (`.` without the s flag) and case is folded as the i
// flag without u folds it.
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);
/** The i flag's case folding (Canonicalize, non-Unicode): upper case, never into ASCII. */
function canonical(char) {
    const upper = char.toUpperCase();
    if (upper.length !== 1)
        return char;
    if (char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128)
        return char;
    return upper;
}
function globMatch(pattern, value, ignoreCase = false) {
    const same = (p, v) => p === v || (ignoreCase && canonical(p) === canonical(v));
    let p = 0;
    let v = 0;
    // The last `*` seen and where in the value its run ends: on a mismatch the run grows by one.
    let star = -1;
    let runEnd = 0;
    while (v < value.length) {
        const char = value[v];
        const wanted = pattern[p];
        if (wanted === '*') {
            star = p;
            p += 1;
            runEnd = v;
        }
        else if (wanted !== undefined &&
            (wanted === '?' ? !LINE_TERMINATORS.has(char) : same(wanted, char))) {
            p += 1;
            v += 1;
        }
        else if (star >= 0 && !LINE_TERMINATORS.has(value[runEnd])) {
            p = star + 1;
            runEnd += 1;
            v = runEnd;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === '*')
        p += 1;
    return p === pattern.length;
}


/***/ }),

/***/ 6275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ ROOT_ACCOUNT_USER),
/* harmony export */   F1: () => (/* binding */ isReportDate),
/* harmony export */   gM: () => (/* binding */ REPORT_PLACEHOLDERS)
/* harmony export */ });
/**
 * The IAM credential report and the account password policy, as the credential checks read them.
 * Column meanings: IAM User Guide, "Getting credential reports"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/credential-reports.html).
 */
/**
 * The words the report writes where a date would be: `N/A` (no such credential, or never used),
 * `no_information` (never used, or not used since IAM began tracking it), `not_supported` (the
 * field does not apply, such as the root user's password rotation).
 */
const REPORT_PLACEHOLDERS = ['N/A', 'no_information', 'not_supported'];
/** The user the report names the root user by. */
const ROOT_ACCOUNT_USER = '<root_account>';
/** True when `value` is a date, not one of the report's placeholders. */
function isReportDate(value) {
    return !REPORT_PLACEHOLDERS.includes(value);
}


/***/ }),

/***/ 1632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ managedPolicyName)
/* harmony export */ });
/**
 * A managed policy's name: the one listed, or, when the listing gave none (moto's
 * GetAccountAuthorizationDetails omits PolicyName for customer managed policies, and 0.1.0 saved
 * them with an empty name), the part of its ARN after the last `/`.
 */
function managedPolicyName(policy) {
    return policy.name || policy.arn.slice(policy.arn.lastIndexOf('/') + 1);
}


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ windowSeconds),
/* harmony export */   z: () => (/* binding */ metricWindow)
/* harmony export */ });
// Metric series and windows are plain data shared by the collector, the rules and the demo: no SDK
// here, so evaluating an inventory never loads the CloudWatch client.
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/**
 * A window of `days` ending at the last whole hour before `now`, so that hourly and daily buckets
 * line up with CloudWatch's stored aggregates.
 */
function metricWindow(now, days, periodSeconds) {
    const end = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    return {
        start: new Date(end - days * DAY_MS).toISOString(),
        end: new Date(end).toISOString(),
        periodSeconds,
    };
}
/** The length of a metric window in seconds. */
function windowSeconds(window) {
    return (Date.parse(window.end) - Date.parse(window.start)) / 1000;
}


/***/ }),

/***/ 5221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ formatUsd),
/* harmony export */   t: () => (/* binding */ roundUsd)
/* harmony export */ });
// Dollar amounts: rules write them into details, reports total and print them.
/** Rounds dollars to cents, the precision every saving is reported in. */
function roundUsd(amount) {
    return Math.round(amount * 100) / 100;
}
function formatUsd(amount) {
    const cents = Math.round(Math.abs(amount) * 100);
    const sign = amount < 0 && cents > 0 ? '-' : '';
    const whole = Math.floor(cents / 100).toLocaleString('en-US');
    return `${sign}$${whole}.${String(cents % 100).padStart(2, '0')}`;
}


/***/ }),

/***/ 3751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ accessPointRule),
/* harmony export */   Of: () => (/* binding */ sizeReadFailure),
/* harmony export */   vA: () => (/* binding */ readStoredGb),
/* harmony export */   yc: () => (/* binding */ fileSystemRule),
/* harmony export */   yh: () => (/* binding */ listWords)
/* harmony export */ });
/* harmony import */ var _kit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7163);

const FILE_SYSTEM_TYPE = 'AWS::EFS::FileSystem';
const ACCESS_POINT_TYPE = 'AWS::EFS::AccessPoint';
function fileSystemRef(fs, region) {
    const ref = { region, resourceId: fs.id, resourceArn: fs.arn };
    if (fs.name !== undefined)
        ref.resourceName = fs.name;
    return ref;
}
function accessPointRef(ap, region) {
    const ref = {
        region,
        resourceId: ap.id,
        resourceArn: ap.arn,
        resourceType: ACCESS_POINT_TYPE,
    };
    if (ap.name !== undefined)
        ref.resourceName = ap.name;
    return ref;
}
/** A check judged once per file system of each region. */
function fileSystemRule(check) {
    return (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceRule */ .vE)({
        ...check,
        meta: { ...check.meta, service: 'efs', resourceType: FILE_SYSTEM_TYPE },
        resources: (efs) => efs.fileSystems,
        ref: fileSystemRef,
        createdAt: (fs) => fs.createdAt,
    });
}
/**
 * The access points of the audited file systems. When the access point listing failed, each file
 * system stands in for the access points it may have, to be judged UNKNOWN.
 */
function accessPointItems(efs) {
    const { fileSystems, accessPoints } = efs;
    if (!fileSystems.ok)
        return fileSystems;
    if (!accessPoints.ok) {
        const failure = accessPoints.error;
        return { ok: true, value: fileSystems.value.map((fileSystem) => ({ fileSystem, failure })) };
    }
    const audited = new Set(fileSystems.value.map((fs) => fs.id));
    return {
        ok: true,
        value: accessPoints.value
            .filter((ap) => audited.has(ap.fileSystemId))
            .map((accessPoint) => ({ accessPoint })),
    };
}
/** A check judged once per access point of an audited file system. */
function accessPointRule(check) {
    return (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceRule */ .vE)({
        meta: { ...check.meta, service: 'efs', resourceType: ACCESS_POINT_TYPE },
        resources: accessPointItems,
        ref: (item, region) => 'accessPoint' in item
            ? accessPointRef(item.accessPoint, region)
            : { ...fileSystemRef(item.fileSystem, region), resourceType: FILE_SYSTEM_TYPE },
        judge: (item) => 'accessPoint' in item ? check.judge(item.accessPoint) : (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5)(item.failure),
    });
}
/** AWS bills storage in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
function latest(series) {
    const values = series.ok ? series.value.values : [];
    return values.length > 0 ? values[values.length - 1] : undefined;
}
function sizeInBytesGb(size) {
    const infrequentAccess = size.infrequentAccess ?? 0;
    const archive = size.archive ?? 0;
    const standard = size.standard ?? Math.max(0, size.total - infrequentAccess - archive);
    return {
        total: size.total / BYTES_PER_GB,
        standard: standard / BYTES_PER_GB,
        infrequentAccess: infrequentAccess / BYTES_PER_GB,
        archive: archive / BYTES_PER_GB,
        source: 'SizeInBytes',
    };
}
/**
 * What the file system stores. SizeInBytes is the authority; CloudWatch StorageBytes stands in
 * only when SizeInBytes reads zero (an emulator; AWS never reports below 6 KiB) and has datapoints.
 * When that StorageBytes read failed the size is unknown: the zero of SizeInBytes is no answer.
 */
function readStoredGb(fs) {
    const size = fs.sizeInBytes;
    const storage = fs.metrics.storageBytes;
    if (!storage || size.total !== 0)
        return { ok: true, value: sizeInBytesGb(size) };
    const failure = (0,_kit_js__WEBPACK_IMPORTED_MODULE_0__/* .firstFailure */ .fx)(storage.total, storage.standard, storage.infrequentAccess);
    if (failure)
        return { ok: false, error: failure };
    const total = latest(storage.total);
    if (total === undefined)
        return { ok: true, value: sizeInBytesGb(size) };
    const infrequentAccess = latest(storage.infrequentAccess) ?? 0;
    const standard = latest(storage.standard) ?? Math.max(0, total - infrequentAccess);
    return {
        ok: true,
        value: {
            total: total / BYTES_PER_GB,
            standard: standard / BYTES_PER_GB,
            infrequentAccess: infrequentAccess / BYTES_PER_GB,
            archive: 0,
            source: 'StorageBytes',
        },
    };
}
/** Why the size is unknown, naming the failed call as UNKNOWN results do. */
function sizeReadFailure(failure) {
    return `${failure.operation} failed with ${failure.code} reading CloudWatch StorageBytes`;
}
/** Joins names for a detail sentence: `a`, `a and b`, `a, b and c`. */
function listWords(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}


/***/ }),

/***/ 7036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ALL_RULES: () => (/* binding */ ALL_RULES)
});

// EXTERNAL MODULE: ./src/model/money.ts
var money = __webpack_require__(5221);
;// CONCATENATED MODULE: ./src/rules/ec2-prices.ts
// EC2 prices the cost checks put on EBS volumes and Elastic IP addresses, and how a volume's
// monthly bill follows from them. Pure arithmetic: the rules say what the figures mean.
/**
 * EC2 list prices in USD, us-east-1 (N. Virginia), per month unless said. Other regions differ by
 * a few percent to a third; savings elsewhere are us-east-1 estimates.
 *
 * Sources (read 2026-12):
 * - https://aws.amazon.com/ebs/pricing/ (volume storage, gp3 IOPS and throughput above the
 *   included 3,000 IOPS and 125 MiB/s, io1 and io2 provisioned IOPS, magnetic I/O requests). Its
 *   gp2 and gp3 figures for N. Virginia are quoted in
 *   https://www.saisci.com/aws/gp2-vs-gp3-cost-comparison-ebs-volumes/, and a 500 GiB gp2 volume
 *   ($50.00) against gp3 at the same 250 MiB/s ($45.00) in
 *   https://wellar.io/blog/aws-ebs-gp2-to-gp3-savings-footnote; the io2 tiers in
 *   https://awsnegotiations.com/ebs-io2-block-express-cost.html.
 * - https://aws.amazon.com/blogs/networking-and-content-delivery/identify-and-optimize-public-ipv4-address-usage-on-aws/
 *   (AWS charges every public IPv4 address it provides from 2024-02-01, in use or idle; BYOIP
 *   addresses are not charged) and https://blog.avangards.io/psa-review-your-aws-public-ipv4-address-usage-to-avoid-new-charges
 *   ($0.005 an hour, $3.65 a month).
 *
 * Confidence: high for gp2, gp3 (storage, IOPS, throughput) and the IPv4 charge, which several
 * sources agree on; MEDIUM for io1, io2, st1, sc1 and standard, read from secondary copies of the
 * pricing page rather than the page itself (it renders its tables with script).
 */
const EC2_PRICES = {
    asOf: '2026-12',
    region: 'us-east-1',
    source: 'https://aws.amazon.com/ebs/pricing/ and the AWS public IPv4 charge announcement',
    /** Per GB-month of provisioned storage (AWS bills binary GB: a GiB of `Size`), by VolumeType. */
    storageGbMonth: {
        gp2: 0.1,
        gp3: 0.08,
        io1: 0.125, // medium confidence
        io2: 0.125, // medium confidence
        st1: 0.045, // medium confidence
        sc1: 0.015, // medium confidence
        standard: 0.05, // medium confidence; magnetic, previous generation
    },
    /** gp3 includes 3,000 IOPS and 125 MiB/s; more is billed per IOPS-month and per MiB/s-month. */
    gp3IncludedIops: 3000,
    gp3IopsMonth: 0.005,
    gp3IncludedThroughputMibps: 125,
    gp3ThroughputMibpsMonth: 0.04,
    /** io1: every provisioned IOPS, per IOPS-month (medium confidence). */
    io1IopsMonth: 0.065,
    /**
     * io2: provisioned IOPS priced in tiers per volume, like tax brackets: the first 32,000 IOPS at
     * $0.065, the next 32,000 at $0.0455, the rest at $0.032 (medium confidence).
     */
    io2IopsTiers: [
        { upTo: 32_000, iopsMonth: 0.065 },
        { upTo: 64_000, iopsMonth: 0.0455 },
        { upTo: Infinity, iopsMonth: 0.032 },
    ],
    /**
     * Magnetic (standard) volumes also bill $0.05 per million I/O requests: a figure only the
     * account's bill knows, never counted in a saving (medium confidence).
     */
    standardPerMillionIo: 0.05,
    /** Every public IPv4 address, associated or not, per hour. */
    publicIpv4Hour: 0.005,
    /** Hours in a month: AWS's own monthly figures use 730 (8,760 hours a year / 12). */
    hoursPerMonth: 730,
};
/** The GB-month price of a volume type; own keys only, as the type is text AWS sent. */
function storagePrice(volumeType) {
    return Object.hasOwn(EC2_PRICES.storageGbMonth, volumeType)
        ? EC2_PRICES.storageGbMonth[volumeType]
        : undefined;
}
const line = (what, quantity, unitUsd, usd = quantity * unitUsd) => ({
    what,
    quantity,
    unitUsd,
    usd,
});
function io2IopsUsd(iops) {
    let usd = 0;
    let below = 0;
    for (const tier of EC2_PRICES.io2IopsTiers) {
        usd += Math.max(0, Math.min(iops, tier.upTo) - below) * tier.iopsMonth;
        below = tier.upTo;
    }
    return usd;
}
/** A gp3 volume's bill: storage, and IOPS and throughput above what gp3 includes. */
function gp3Bill(volume) {
    const iops = Math.max(0, volume.iops - EC2_PRICES.gp3IncludedIops);
    const throughput = Math.max(0, volume.throughputMibps - EC2_PRICES.gp3IncludedThroughputMibps);
    const lines = [
        line('storage', volume.sizeGib, EC2_PRICES.storageGbMonth.gp3),
        line('iops', iops, EC2_PRICES.gp3IopsMonth),
        line('throughput', throughput, EC2_PRICES.gp3ThroughputMibpsMonth),
    ].filter((l) => l.what === 'storage' || l.quantity > 0);
    return { usd: lines.reduce((sum, l) => sum + l.usd, 0), lines };
}
/**
 * The monthly list price of a volume: its storage, plus the IOPS and throughput its type bills
 * (gp3 above what it includes; every provisioned IOPS of io1 and io2). Not the I/O requests of a
 * magnetic volume, which only the bill knows.
 */
function monthlyVolumeBill(volume) {
    const { volumeType, sizeGib, iops, throughputMibps } = volume;
    const gbMonth = storagePrice(volumeType);
    if (gbMonth === undefined) {
        return { ok: false, reason: `posture-gate has no price for volume type ${volumeType}` };
    }
    const missing = (field) => ({
        ok: false,
        reason: `DescribeVolumes reported no ${field} for the ${volumeType} volume`,
    });
    const storage = line('storage', sizeGib, gbMonth);
    switch (volumeType) {
        case 'gp3':
            if (iops === undefined)
                return missing('Iops');
            if (throughputMibps === undefined)
                return missing('Throughput');
            return { ok: true, ...gp3Bill({ sizeGib, iops, throughputMibps }) };
        case 'io1':
        case 'io2': {
            if (iops === undefined)
                return missing('Iops');
            const iopsLine = volumeType === 'io1'
                ? line('iops', iops, EC2_PRICES.io1IopsMonth)
                : line('iops', iops, EC2_PRICES.io2IopsTiers[0].iopsMonth, io2IopsUsd(iops));
            return { ok: true, usd: storage.usd + iopsLine.usd, lines: [storage, iopsLine] };
        }
        default:
            return { ok: true, usd: storage.usd, lines: [storage] };
    }
}
/** gp2 IOPS: 3 per GiB, at least 100 and at most 16,000. */
const GP2_IOPS_PER_GIB = 3;
const GP2_MIN_IOPS = 100;
const GP2_MAX_IOPS = 16_000;
/**
 * gp2 throughput by size (EBS User Guide, "General Purpose SSD volumes", gp2 throughput
 * performance, https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp2-performance):
 * 170 GiB and smaller deliver at most 128 MiB/s; larger than 170 GiB but smaller than 334 GiB
 * burst to 250 MiB/s; 334 GiB and larger deliver 250 MiB/s.
 */
const GP2_SMALL_MAX_GIB = 170;
const GP2_SMALL_THROUGHPUT_MIBPS = 128;
const GP2_THROUGHPUT_MIBPS = 250;
/** What a gp2 volume of `sizeGib` delivers: its baseline IOPS and the most throughput it reaches. */
function gp2Performance(sizeGib) {
    const iops = Math.min(GP2_MAX_IOPS, Math.max(GP2_MIN_IOPS, GP2_IOPS_PER_GIB * sizeGib));
    const throughputMibps = sizeGib <= GP2_SMALL_MAX_GIB ? GP2_SMALL_THROUGHPUT_MIBPS : GP2_THROUGHPUT_MIBPS;
    return { iops, throughputMibps };
}
/**
 * The gp3 volume that replaces a gp2 one without less performance: the same size, at least the
 * 3,000 IOPS gp3 includes (which also covers gp2's burst to 3,000) or gp2's baseline if higher,
 * and gp2's throughput for that size.
 */
function gp3Equivalent(sizeGib) {
    const gp2 = gp2Performance(sizeGib);
    return {
        volumeType: 'gp3',
        sizeGib,
        iops: Math.max(EC2_PRICES.gp3IncludedIops, gp2.iops),
        throughputMibps: Math.max(EC2_PRICES.gp3IncludedThroughputMibps, gp2.throughputMibps),
    };
}
/** What a public IPv4 address costs in a month of 730 hours. */
function monthlyPublicIpv4Usd() {
    return EC2_PRICES.publicIpv4Hour * EC2_PRICES.hoursPerMonth;
}

// EXTERNAL MODULE: ./src/rules/kit.ts
var kit = __webpack_require__(7163);
;// CONCATENATED MODULE: ./src/rules/ec2-cost.ts



const VOLUME_TYPE = 'AWS::EC2::Volume';
const EIP_TYPE = 'AWS::EC2::EIP';
function ref(resource, region) {
    const out = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        out.resourceName = resource.name;
    return out;
}
/** A unit price as price lists write it: at least cents, more digits where they matter. */
function formatPrice(usd) {
    return Number.isInteger(usd * 100) ? `$${usd.toFixed(2)}` : `$${usd}`;
}
const count = (n) => n.toLocaleString('en-US');
/** The volume's type and size, or undefined when the inventory lacks them. */
function priced(volume) {
    if (volume.volumeType === undefined || volume.sizeGib === undefined)
        return undefined;
    const out = { volumeType: volume.volumeType, sizeGib: volume.sizeGib };
    if (volume.iops !== undefined)
        out.iops = volume.iops;
    if (volume.throughputMibps !== undefined)
        out.throughputMibps = volume.throughputMibps;
    return out;
}
const NOT_PRICED = 'VolumeType or Size was not collected (an inventory saved before they were), so the saving cannot be computed';
function describeLine(line, volumeType) {
    const usd = (0,money/* formatUsd */.U)(line.usd);
    const unit = formatPrice(line.unitUsd);
    switch (line.what) {
        case 'storage':
            return `${count(line.quantity)} GiB of ${volumeType} at ${unit} per GB-month (${usd})`;
        case 'iops':
            if (volumeType === 'gp3') {
                return `${count(line.quantity)} IOPS above the included ${count(EC2_PRICES.gp3IncludedIops)} at ${unit} per IOPS-month (${usd})`;
            }
            return volumeType === 'io2'
                ? `${count(line.quantity)} provisioned IOPS at io2's tiered prices from ${unit} per IOPS-month (${usd})`
                : `${count(line.quantity)} provisioned IOPS at ${unit} per IOPS-month (${usd})`;
        case 'throughput':
            return `${count(line.quantity)} MiB/s above the included ${EC2_PRICES.gp3IncludedThroughputMibps} at ${unit} per MiB/s-month (${usd})`;
    }
}
/** Volumes in these states are judged: attached to nothing (`available`) or attached (`in-use`). */
const JUDGED_STATES = new Set(['available', 'in-use']);
const ebsVolumeUnattached = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.ebs-volume-unattached',
        title: 'EBS volume attached to nothing',
        service: 'ec2',
        category: 'cost',
        severity: 'medium',
        resourceType: VOLUME_TYPE,
        remediation: {
            text: 'Confirm nothing needs it, snapshot it if its data matters (a snapshot bills only the blocks it stores), then delete the volume.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-deleting-volume.html',
        },
        frameworks: {},
        failWhen: "The volume is `available` (attached to nothing) and was created at least `min-age-days` ago (`creating` and `error` volumes get no result). The saving is its whole monthly list price: size x the GB-month price of its type, plus gp3 IOPS above 3,000 and throughput above 125 MiB/s, or every provisioned IOPS of io1 and io2 (io2 in its price tiers); a magnetic volume's per-request I/O charge is not counted. UNKNOWN when `CreateTime` was not collected.",
        savingIsWholeBill: true,
    },
    resources: (ec2) => ec2.volumes,
    ref,
    appliesTo: (volume) => JUDGED_STATES.has(volume.state),
    createdAt: (volume) => volume.createdAt,
    judge: (volume, _part, context) => {
        if (volume.state === 'in-use') {
            return (0,kit/* pass */.IX)(`The volume is attached to ${volume.attachedTo.join(', ') || 'an instance'}.`, {
                state: volume.state,
                attachedTo: volume.attachedTo,
            });
        }
        if (volume.createdAt === undefined) {
            return (0,kit/* undetermined */.nZ)(`The volume is attached to nothing, but CreateTime was not collected (an inventory saved before it was): whether it is older than min-age-days (${context.minAgeDays}) is not known.`, { state: volume.state, createdAt: null });
        }
        const age = (0,kit/* ageInDays */.QR)(volume.createdAt, context.now);
        const unattached = `The volume is attached to nothing (state available) and was created ${count(age)} days ago`;
        const evidence = {
            state: volume.state,
            createdAt: volume.createdAt,
            volumeType: volume.volumeType ?? null,
            sizeGib: volume.sizeGib ?? null,
        };
        const pricedVolume = priced(volume);
        if (!pricedVolume)
            return (0,kit/* fail */.fJ)(`${unattached}. ${NOT_PRICED}.`, evidence);
        const bill = monthlyVolumeBill(pricedVolume);
        if (!bill.ok)
            return (0,kit/* fail */.fJ)(`${unattached}. The saving cannot be computed: ${bill.reason}.`, evidence);
        const savings = (0,money/* roundUsd */.t)(bill.usd);
        const parts = bill.lines
            .map((line) => describeLine(line, pricedVolume.volumeType))
            .join(' plus ');
        // Unattached, a magnetic volume makes no I/O requests; what it made before only the bill knows.
        const magnetic = pricedVolume.volumeType === 'standard'
            ? ` Its ${formatPrice(EC2_PRICES.standardPerMillionIo)} per million I/O requests is not counted: not known from the inventory, and none while it is attached to nothing.`
            : '';
        return (0,kit/* fail */.fJ)(`${unattached}: deleting it saves ${(0,money/* formatUsd */.U)(savings)} a month, ${parts}.${magnetic}`, { ...evidence, monthlyPriceUsd: savings }, savings);
    },
});
const ebsGp2Volume = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.ebs-gp2-volume',
        title: 'EBS volume is gp2, not gp3',
        service: 'ec2',
        category: 'cost',
        severity: 'low',
        resourceType: VOLUME_TYPE,
        remediation: {
            text: 'Modify the volume to gp3 in place (aws ec2 modify-volume --volume-type gp3), with IOPS and throughput at least those in the detail; the volume stays attached and in use while it changes.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/requesting-ebs-volume-modifications.html',
        },
        frameworks: {},
        failWhen: "`VolumeType` is `gp2`. The saving is its gp2 price minus the price of a gp3 volume of the same size with at least the IOPS and throughput the gp2 volume has: IOPS = max(3,000 included, 3 per GiB with at least 100 and at most 16,000), throughput = gp2's for its size (128 MiB/s up to 170 GiB, 250 MiB/s above), gp3 including 3,000 IOPS and 125 MiB/s. A volume too small for gp3 to be cheaper (6 GiB or less) fails without a saving figure. An unattached gp2 volume fails this check too, but the totals count it once, at the whole price `ec2.ebs-volume-unattached` saves.",
    },
    resources: (ec2) => ec2.volumes,
    ref,
    createdAt: (volume) => volume.createdAt,
    judge: (volume) => {
        const { volumeType, sizeGib } = volume;
        if (volumeType === undefined) {
            return (0,kit/* undetermined */.nZ)('VolumeType was not collected (an inventory saved before it was): whether the volume is gp2 is not known.', { volumeType: null });
        }
        if (volumeType !== 'gp2') {
            return (0,kit/* pass */.IX)(`The volume is ${volumeType}, not gp2.`, { volumeType });
        }
        const evidence = { volumeType, sizeGib: sizeGib ?? null, state: volume.state };
        // Deleting it saves more than converting it: say so, the totals count it once.
        const unattached = volume.state === 'available'
            ? ' It is attached to nothing: deleting it would save its whole price instead.'
            : '';
        if (sizeGib === undefined) {
            return (0,kit/* fail */.fJ)(`The volume is gp2; DescribeVolumes reported no Size, so the saving of gp3 cannot be computed.${unattached}`, evidence);
        }
        const gp2Price = EC2_PRICES.storageGbMonth.gp2;
        const gp2Usd = (0,money/* roundUsd */.t)(sizeGib * gp2Price);
        const gp2 = gp2Performance(sizeGib);
        const gp3 = gp3Equivalent(sizeGib);
        const bill = gp3Bill(gp3);
        const gp3Usd = (0,money/* roundUsd */.t)(bill.usd);
        const matched = `gp3 of the same size with ${count(gp3.iops)} IOPS (gp2 gives ${count(gp2.iops)} baseline, bursting to 3,000) and ${gp3.throughputMibps} MiB/s (gp2's most at ${count(sizeGib)} GiB) costs ${(0,money/* formatUsd */.U)(gp3Usd)}`;
        const gp3Evidence = {
            ...evidence,
            gp2MonthlyUsd: gp2Usd,
            gp3MonthlyUsd: gp3Usd,
            gp3Iops: gp3.iops,
            gp3ThroughputMibps: gp3.throughputMibps,
        };
        const savings = (0,money/* roundUsd */.t)(gp2Usd - gp3Usd);
        const gp2Text = `The volume is gp2: ${count(sizeGib)} GiB at ${formatPrice(gp2Price)} per GB-month costs ${(0,money/* formatUsd */.U)(gp2Usd)} a month`;
        if (savings <= 0) {
            return (0,kit/* fail */.fJ)(`${gp2Text}; ${matched}, no less: at this size gp3 saves nothing.${unattached}`, gp3Evidence);
        }
        const lines = bill.lines.map((line) => describeLine(line, 'gp3')).join(' plus ');
        return (0,kit/* fail */.fJ)(`${gp2Text}; ${matched} (${lines}): modifying it to gp3 saves ${(0,money/* formatUsd */.U)(savings)} a month.${unattached}`, gp3Evidence, savings);
    },
});
/** An inventory saved before Elastic IPs were collected has no `addresses`: stands for no list. */
const NONE_LISTED = { ok: true, value: [] };
const eipAddresses = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.eip-unassociated',
        title: 'Elastic IP address associated with nothing',
        service: 'ec2',
        category: 'cost',
        severity: 'low',
        resourceType: EIP_TYPE,
        remediation: {
            text: 'Release the address if nothing will use it again (aws ec2 release-address --allocation-id ...): a released address may not come back, so update anything that allows or resolves to it first.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html#using-instance-addressing-eips-releasing',
        },
        frameworks: {},
        failWhen: 'An Elastic IP address has no `AssociationId` (attached to no instance or network interface). The saving is the public IPv4 charge for a month: $0.005 an hour x 730 hours = $3.65; none for a BYOIP address (its `PublicIpv4Pool` is not `amazon`), which AWS does not charge. AWS charges an associated address too, so releasing it is the only saving. UNKNOWN per region when the addresses were not collected.',
    },
    resources: (ec2) => ec2.addresses ?? NONE_LISTED,
    ref,
    judge: (address) => {
        const name = address.publicIp ?? address.id;
        const evidence = {
            publicIp: address.publicIp ?? null,
            associationId: address.associationId ?? null,
            ...(address.publicIpv4Pool !== undefined ? { publicIpv4Pool: address.publicIpv4Pool } : {}),
        };
        const hourly = formatPrice(EC2_PRICES.publicIpv4Hour);
        if (address.associationId) {
            const target = address.instanceId
                ? `instance ${address.instanceId}`
                : `network interface ${address.networkInterfaceId ?? 'unknown'}`;
            return (0,kit/* pass */.IX)(`The address ${name} is associated with ${target} (AWS charges ${hourly} an hour for it all the same).`, evidence);
        }
        const idle = `The address ${name} is associated with nothing`;
        const byoip = address.publicIpv4Pool !== undefined && address.publicIpv4Pool !== 'amazon';
        if (byoip) {
            return (0,kit/* fail */.fJ)(`${idle}; it comes from the BYOIP pool ${address.publicIpv4Pool}, which AWS does not charge for, so releasing it saves nothing on the bill.`, evidence);
        }
        const savings = (0,money/* roundUsd */.t)(monthlyPublicIpv4Usd());
        return (0,kit/* fail */.fJ)(`${idle}: releasing it saves ${(0,money/* formatUsd */.U)(savings)} a month (${EC2_PRICES.hoursPerMonth} hours at ${hourly} per public IPv4 address-hour).`, evidence, savings);
    },
});
/** The address check, plus one UNKNOWN per region whose addresses were not collected. */
const eipUnassociated = {
    meta: eipAddresses.meta,
    *evaluate(inventory, context) {
        yield* (0,kit/* partsOf */.CI)(inventory, 'ec2')
            .filter(({ part }) => part.addresses === undefined)
            .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, (0,kit/* undetermined */.nZ)(`Elastic IP addresses were not collected in ${region} (an inventory saved before they were): whether any is associated with nothing is not known.`)));
        yield* eipAddresses.evaluate(inventory, context);
    },
};
/** The EC2 cost checks of CHECKS.md, in catalogue order. */
const ec2CostRules = [ebsVolumeUnattached, ebsGp2Volume, eipUnassociated];

;// CONCATENATED MODULE: ./src/rules/ec2.ts


const INSTANCE_TYPE = 'AWS::EC2::Instance';
const ec2_VOLUME_TYPE = 'AWS::EC2::Volume';
function resourceRef(resource, region) {
    const ref = { region, resourceId: resource.id, resourceArn: resource.arn };
    if (resource.name !== undefined)
        ref.resourceName = resource.name;
    return ref;
}
/** EC2.8 applies to instances that can serve metadata now or after a start. */
const IMDS_STATES = new Set(['pending', 'running', 'stopped']);
const imdsv2NotRequired = (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.imdsv2-not-required',
        title: 'EC2 instance does not require IMDSv2',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Set the instance metadata option HttpTokens to required (aws ec2 modify-instance-metadata-options --http-tokens required), after checking that its software uses IMDSv2.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
        },
        frameworks: { fsbp: ['EC2.8'], cis: ['5.6'] },
        failWhen: 'A `pending`, `running` or `stopped` instance has `MetadataOptions.HttpTokens` other than `required`, whatever its `HttpEndpoint` setting.',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    appliesTo: (instance) => IMDS_STATES.has(instance.state),
    field: (instance) => instance.httpTokens,
    missing: 'MetadataOptions.HttpTokens was not in the DescribeInstances answer: whether IMDSv1 is served is not known.',
    passes: (httpTokens) => httpTokens === 'required',
    detail: (httpTokens, instance) => {
        if (httpTokens === 'required')
            return 'HttpTokens is required: only IMDSv2 is served.';
        // EC2.8 fails it all the same: the endpoint can be turned on without touching HttpTokens.
        if (instance.httpEndpoint === 'disabled') {
            return `HttpTokens is ${httpTokens}, not required, and the metadata endpoint is off (HttpEndpoint disabled): IMDSv1 would be served once the endpoint is turned on.`;
        }
        return `HttpTokens is ${httpTokens}, not required: IMDSv1 is served to anything on the ${instance.state} instance.`;
    },
    evidence: (httpTokens, instance) => ({
        state: instance.state,
        httpTokens: httpTokens ?? null,
        ...(instance.httpEndpoint !== undefined ? { httpEndpoint: instance.httpEndpoint } : {}),
    }),
});
const ebsVolumeUnencrypted = (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.ebs-volume-unencrypted',
        title: 'EBS volume not encrypted',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: ec2_VOLUME_TYPE,
        remediation: {
            text: 'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
        },
        frameworks: { fsbp: ['EC2.3'] },
        failWhen: 'The volume has `Encrypted` false, attached or not.',
    },
    resources: (ec2) => ec2.volumes,
    ref: resourceRef,
    field: (volume) => volume.encrypted,
    passes: (encrypted) => encrypted,
    detail: (encrypted, volume) => {
        const attachment = volume.attachedTo.length > 0 ? `attached to ${volume.attachedTo.join(', ')}` : 'not attached';
        return `The volume is ${encrypted ? '' : 'not '}encrypted (${attachment}).`;
    },
    evidence: (encrypted, volume) => ({
        encrypted,
        state: volume.state,
        attachedTo: volume.attachedTo,
    }),
});
const ebsDefaultEncryptionOff = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.ebs-default-encryption-off',
        title: 'EBS encryption by default is off',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Turn on EBS encryption by default in this region (aws ec2 enable-ebs-encryption-by-default): every new volume and snapshot copy is then encrypted.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
        },
        frameworks: { fsbp: ['EC2.7'], cis: ['2.2.1'] },
        failWhen: 'EBS encryption by default (`GetEbsEncryptionByDefault`) is off in the region: one result per region, about the account.',
    },
    judge: (ec2, region) => {
        const setting = ec2.ebsEncryptionByDefault;
        if (!setting.ok)
            return (0,kit/* unknown */.L5)(setting.error);
        if (setting.value === null) {
            return (0,kit/* undetermined */.nZ)(`EbsEncryptionByDefault was not in the GetEbsEncryptionByDefault answer for ${region}: whether new volumes are encrypted by default is not known.`, { ebsEncryptionByDefault: null });
        }
        return setting.value
            ? (0,kit/* pass */.IX)(`EBS encryption by default is on in ${region}.`, { ebsEncryptionByDefault: true })
            : (0,kit/* fail */.fJ)(`EBS encryption by default is off in ${region}: new volumes are unencrypted unless each request asks.`, { ebsEncryptionByDefault: false });
    },
});
const publicIp = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.public-ip',
        title: 'EC2 instance has a public IPv4 address',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: INSTANCE_TYPE,
        remediation: {
            text: 'Launch the instance in a private subnet (no auto-assigned public IP) and reach it through a load balancer, NAT or Systems Manager Session Manager.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
        },
        frameworks: { fsbp: ['EC2.9'] },
        failWhen: 'The instance has a public IPv4 address (`PublicIpAddress` is set).',
    },
    resources: (ec2) => ec2.instances,
    ref: resourceRef,
    judge: (instance) => instance.publicIp
        ? (0,kit/* fail */.fJ)(`The instance has the public IPv4 address ${instance.publicIp}.`, {
            publicIp: instance.publicIp,
            state: instance.state,
        })
        : (0,kit/* pass */.IX)('The instance has no public IPv4 address.', {
            publicIp: null,
            state: instance.state,
        }),
});
// Public sharing, metadata defaults and flow logs (issue 12). Their listings are optional in the
// inventory: a region whose inventory was saved before they were collected gets one account-level
// UNKNOWN per check instead of results.
const SNAPSHOT_TYPE = 'AWS::EC2::Snapshot';
const BLOCK_ALL_SHARING = 'block-all-sharing';
const IMAGE_TYPE = 'AWS::EC2::Image';
const VPC_TYPE = 'AWS::EC2::VPC';
/** The sentence of an UNKNOWN for a region whose saved inventory lacks `what`. */
const notCollected = (what, region) => `This inventory was saved before ${what} was collected: ${region} could not be assessed.`;
const accountRef = (account, region) => ({
    region,
    resourceId: account,
    resourceType: kit/* ACCOUNT_TYPE */.HR,
});
/**
 * A per-resource check on a listing that saved inventories may lack: the kit judges the regions
 * that have it; each region without it gets one account-level UNKNOWN naming `what`.
 */
function collectedResourceRule(listing, what, rule) {
    const judged = rule((ec2) => listing(ec2) ?? { ok: true, value: [] });
    return {
        meta: judged.meta,
        *evaluate(inventory, context) {
            yield* judged.evaluate(inventory, context);
            yield* (0,kit/* partsOf */.CI)(inventory, 'ec2')
                .filter(({ part }) => listing(part) === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)(accountRef(inventory.account, region), (0,kit/* undetermined */.nZ)(notCollected(what, region))));
        },
    };
}
const snapshotPublicMeta = {
    id: 'ec2.snapshot-public',
    title: 'EBS snapshot is publicly restorable',
    service: 'ec2',
    category: 'security',
    severity: 'critical',
    resourceType: SNAPSHOT_TYPE,
    remediation: {
        text: 'Make the snapshot private (aws ec2 modify-snapshot-attribute --attribute createVolumePermission --operation-type remove --group-names all), share it with named accounts if needed, and turn on snapshot block public access.',
        url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html',
    },
    frameworks: { fsbp: ['EC2.1'] },
    failWhen: "A snapshot the account owns is restorable by everyone: `DescribeSnapshots` (OwnerIds `self`, RestorableByUserIds `all`) lists it and its `createVolumePermission` attribute includes the group `all`, and the region's snapshot block public access is not `block-all-sharing` (which keeps such a snapshot private although its attribute still says `all`: that snapshot PASSes). One FAIL per public snapshot; one PASS per region, about the account, when there is none; UNKNOWN when the listing or a snapshot's attribute could not be read.",
};
/**
 * FAIL per public snapshot, else one region-level PASS about the account: a private snapshot is
 * not listed at all on AWS (the listing is filtered to public ones), so it has no result of its own.
 */
const snapshotPublic = {
    meta: snapshotPublicMeta,
    evaluate(inventory) {
        return (0,kit/* partsOf */.CI)(inventory, 'ec2').flatMap(({ region, part }) => {
            const account = accountRef(inventory.account, region);
            const listed = part.publicSnapshots;
            if (!listed)
                return [(0,kit/* toFinding */.N6)(account, (0,kit/* undetermined */.nZ)(notCollected('DescribeSnapshots', region)))];
            if (!listed.ok)
                return [(0,kit/* listingUnknown */.tJ)(inventory.account, region, listed.error)];
            const findings = listed.value.flatMap((snapshot) => {
                const ref = resourceRef(snapshot, region);
                const everyone = snapshot.restorableByAll;
                if (!everyone.ok)
                    return [(0,kit/* toFinding */.N6)(ref, (0,kit/* unknown */.L5)(everyone.error))];
                if (!everyone.value)
                    return [];
                const volume = snapshot.volumeId ? ` of volume ${snapshot.volumeId}` : '';
                const block = part.snapshotBlockPublicAccess;
                if (block?.ok && block.value === BLOCK_ALL_SHARING) {
                    // The attribute still says all, but AWS treats the snapshot as private (EC2 API
                    // Reference, EnableSnapshotBlockPublicAccess).
                    return [
                        (0,kit/* toFinding */.N6)(ref, (0,kit/* pass */.IX)(`The snapshot${volume} is not publicly available: its createVolumePermission includes the group all, but snapshot block public access is block-all-sharing in ${region}, so AWS treats it as private (it becomes public again if that setting is relaxed).`, { restorableBy: 'all', snapshotBlockPublicAccess: BLOCK_ALL_SHARING })),
                    ];
                }
                return [
                    (0,kit/* toFinding */.N6)(ref, (0,kit/* fail */.fJ)(`The ${snapshot.encrypted ? 'encrypted' : 'unencrypted'} snapshot${volume} is restorable by every AWS account (createVolumePermission includes the group all).`, { restorableBy: 'all', encrypted: snapshot.encrypted })),
                ];
            });
            if (findings.length > 0)
                return findings;
            return [
                (0,kit/* toFinding */.N6)(account, (0,kit/* pass */.IX)(`No snapshot of this account is restorable by everyone in ${region}.`, {
                    publicSnapshots: 0,
                    confirmed: listed.value.length,
                })),
            ];
        });
    },
};
const amiPublic = collectedResourceRule((ec2) => ec2.images, 'DescribeImages', (resources) => (0,kit/* fieldRule */.B4)({
    meta: {
        id: 'ec2.ami-public',
        title: 'AMI is public',
        service: 'ec2',
        category: 'security',
        severity: 'critical',
        resourceType: IMAGE_TYPE,
        remediation: {
            text: 'Remove the public launch permission (aws ec2 modify-image-attribute --launch-permission "Remove=[{Group=all}]"), share the AMI with named accounts if needed, and turn on block public access for AMIs.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharingamis-intro.html',
        },
        frameworks: {},
        failWhen: 'An AMI the account owns (`DescribeImages`, Owners `self`) has `Public` true: it has public launch permissions, so any AWS account can launch it and read its snapshots.',
    },
    resources,
    ref: resourceRef,
    field: (image) => image.public,
    missing: 'Public was not in the DescribeImages answer: whether the AMI is public is not known.',
    passes: (isPublic) => !isPublic,
    detail: (isPublic, image) => isPublic
        ? `The ${image.state} AMI is public: every AWS account can launch it.`
        : `The ${image.state} AMI is not public.`,
    evidence: (isPublic, image) => ({ public: isPublic ?? null, state: image.state }),
}));
const snapshotBlockPublicAccessOff = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.snapshot-block-public-access-off',
        title: 'EBS snapshot block public access is not blocking all sharing',
        service: 'ec2',
        category: 'security',
        severity: 'high',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Turn on block public access for snapshots in this region in the block-all-sharing mode (aws ec2 enable-snapshot-block-public-access --state block-all-sharing): snapshots already public then stop being publicly available too.',
            url: 'https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots-enable.html',
        },
        frameworks: { fsbp: ['EC2.182'] },
        failWhen: "The region's snapshot block public access state (`GetSnapshotBlockPublicAccessState`) is not `block-all-sharing`: `unblocked`, or `block-new-sharing`, which leaves snapshots already public publicly available. One result per region, about the account.",
    },
    judge: (ec2, region) => {
        const state = ec2.snapshotBlockPublicAccess;
        if (!state)
            return (0,kit/* undetermined */.nZ)(notCollected('GetSnapshotBlockPublicAccessState', region));
        if (!state.ok)
            return (0,kit/* unknown */.L5)(state.error);
        if (state.value === null) {
            return (0,kit/* undetermined */.nZ)(`State was not in the GetSnapshotBlockPublicAccessState answer for ${region}: whether snapshots can be shared publicly is not known.`, { state: null });
        }
        if (state.value === BLOCK_ALL_SHARING) {
            return (0,kit/* pass */.IX)(`Snapshot block public access is ${BLOCK_ALL_SHARING} in ${region}.`, {
                state: state.value,
            });
        }
        const why = state.value === 'block-new-sharing'
            ? 'new public sharing is blocked, but snapshots already public stay publicly available'
            : 'snapshots can be shared publicly';
        return (0,kit/* fail */.fJ)(`Snapshot block public access is ${state.value} in ${region}, not ${BLOCK_ALL_SHARING}: ${why}.`, { state: state.value });
    },
});
const imdsDefaultsNotRequired = (0,kit/* regionRule */.l5)({
    meta: {
        id: 'ec2.imds-defaults-not-required',
        title: 'Account instance metadata defaults do not require IMDSv2',
        service: 'ec2',
        category: 'security',
        severity: 'medium',
        resourceType: kit/* ACCOUNT_TYPE */.HR,
        remediation: {
            text: 'Set the account-level instance metadata default to IMDSv2 only in this region (aws ec2 modify-instance-metadata-defaults --http-tokens required), after checking that your software uses IMDSv2.',
            url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
        },
        frameworks: {},
        failWhen: "The region's account-level instance metadata default (`GetInstanceMetadataDefaults` `AccountLevel.HttpTokens`) is not `required`: `optional`, or no default at all (the field absent), in which case a new instance requires IMDSv2 only if its launch request or AMI says so; unless the region enforces IMDSv2 at launch (`AccountLevel.HttpTokensEnforced` `enabled`), which no instance that serves IMDSv1 can pass. One result per region, about the account.",
    },
    judge: (ec2, region) => {
        const tokens = ec2.imdsDefaultHttpTokens;
        if (!tokens)
            return (0,kit/* undetermined */.nZ)(notCollected('GetInstanceMetadataDefaults', region));
        if (!tokens.ok)
            return (0,kit/* unknown */.L5)(tokens.error);
        if (ec2.imdsDefaultHttpTokensEnforced === true && tokens.value !== 'required') {
            return (0,kit/* pass */.IX)(`New instances in ${region} cannot start with IMDSv1: the account enforces IMDSv2 at launch (HttpTokensEnforced enabled), so a launch that does not require IMDSv2 fails.`, { httpTokens: tokens.value, httpTokensEnforced: 'enabled' });
        }
        if (tokens.value === 'required') {
            return (0,kit/* pass */.IX)(`New instances in ${region} require IMDSv2 by default (HttpTokens required).`, {
                httpTokens: tokens.value,
            });
        }
        return (0,kit/* fail */.fJ)(tokens.value === null
            ? `The account sets no instance metadata default in ${region}: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`
            : `The account's instance metadata default in ${region} is HttpTokens ${tokens.value}, not required: new instances serve IMDSv1 unless their launch request or AMI requires IMDSv2.`, { httpTokens: tokens.value });
    },
});
const ACTIVE = 'ACTIVE';
const vpcFlowLogsOff = collectedResourceRule((ec2) => ec2.vpcs, 'DescribeVpcs', (resources) => (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'ec2.vpc-flow-logs-off',
        title: 'VPC has no flow log',
        service: 'ec2',
        category: 'operations',
        severity: 'medium',
        resourceType: VPC_TYPE,
        remediation: {
            text: 'Create a flow log on the VPC (aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID --traffic-type ALL or REJECT) to CloudWatch Logs or S3.',
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html',
        },
        frameworks: { fsbp: ['EC2.6'], cis: ['3.7'] },
        failWhen: 'No flow log of the region (`DescribeFlowLogs`) with `FlowLogStatus` `ACTIVE` has the VPC itself as its `ResourceId`: flow logs on single subnets or network interfaces do not cover the VPC. UNKNOWN when the flow log listing failed.',
    },
    resources,
    ref: resourceRef,
    judge: (vpc, ec2) => {
        const flowLogs = ec2.flowLogs;
        if (!flowLogs)
            return (0,kit/* undetermined */.nZ)(notCollected('DescribeFlowLogs', 'the region'));
        if (!flowLogs.ok)
            return (0,kit/* unknown */.L5)(flowLogs.error);
        const onVpc = flowLogs.value.filter((log) => log.resourceId === vpc.id);
        const active = onVpc.filter((log) => log.status === ACTIVE);
        const evidence = {
            isDefault: vpc.isDefault,
            flowLogs: onVpc.map((log) => ({ id: log.id, status: log.status ?? null })),
        };
        if (active.length > 0) {
            return (0,kit/* pass */.IX)(`The VPC has ${active.length} active flow log${active.length === 1 ? '' : 's'} (${active.map((l) => l.id).join(', ')}).`, evidence);
        }
        const inactive = onVpc.map((l) => `${l.id} is ${l.status ?? 'of unknown status'}`);
        return (0,kit/* fail */.fJ)(inactive.length > 0
            ? `The VPC has no active flow log (${inactive.join('; ')}); flow logs on its subnets or network interfaces, if any, do not cover the VPC.`
            : 'No flow log is on the VPC itself; flow logs on its subnets or network interfaces, if any, do not cover the VPC.', evidence);
    },
}));
/** The EC2 checks of CHECKS.md, in catalogue order. */
const ec2Rules = [
    imdsv2NotRequired,
    ebsVolumeUnencrypted,
    ebsDefaultEncryptionOff,
    publicIp,
    snapshotPublic,
    amiPublic,
    snapshotBlockPublicAccessOff,
    imdsDefaultsNotRequired,
    vpcFlowLogsOff,
    ...ec2CostRules,
];

// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __webpack_require__(5500);
;// CONCATENATED MODULE: ./src/rules/metrics.ts
/**
 * Reductions of stored CloudWatch series, shared by every usage rule. CHECKS.md: a throughput from a
 * byte Sum is Sum / period seconds, an operation rate is SampleCount / period seconds, and for I/O
 * and connection metrics a missing datapoint means no activity.
 */
/** The sum of every datapoint; 0 without datapoints. */
function sumOf(series) {
    return series.values.reduce((total, value) => total + value, 0);
}
/** The lowest datapoint, or undefined without datapoints (a gauge with no reading is unknown). */
function minOf(series) {
    return series.values.length > 0
        ? series.values.reduce((low, value) => Math.min(low, value))
        : undefined;
}
/** The highest datapoint; 0 without datapoints. */
function maxOf(series) {
    return series.values.reduce((high, value) => Math.max(high, value), 0);
}
/**
 * The peak per-second rate of a per-period Sum or SampleCount series: the busiest bucket divided
 * by the bucket length. With hourly buckets this is the "peak hourly mean".
 */
function peakRatePerSecond(series, periodSeconds) {
    return maxOf(series) / periodSeconds;
}
/** The mean per-second rate over `seconds` of a per-period Sum or SampleCount series; 0 over none. */
function meanRatePerSecond(series, seconds) {
    return seconds > 0 ? sumOf(series) / seconds : 0;
}
/**
 * The seconds of `window` in which a resource created at `createdAt` existed: a mean over the
 * lookback covers only those (CHECKS.md), never days before the resource existed.
 */
function secondsExisted(window, createdAt) {
    const start = Date.parse(window.start);
    const created = Date.parse(createdAt);
    const from = Number.isNaN(created) ? start : Math.max(start, created);
    return Math.max(0, (Date.parse(window.end) - from) / 1000);
}

// EXTERNAL MODULE: ./src/rules/efs/common.ts
var common = __webpack_require__(3751);
;// CONCATENATED MODULE: ./src/rules/efs/prices.ts
/**
 * EFS list prices in USD, us-east-1, per GB-month unless said (CHECKS.md). Medium confidence: taken
 * from snapshots of the AWS pricing page (November 2023; the Infrequent Access price of bursting
 * and provisioned file systems seen again in June 2026) and, for One Zone, a third-party table.
 * Other regions differ by a few percent; savings elsewhere are us-east-1 estimates.
 */
const EFS_PRICES = {
    asOf: '2026-06',
    confidence: 'medium',
    source: 'https://aws.amazon.com/efs/pricing/ (snapshots of 2023-11 and 2026-06), us-east-1',
    standardGbMonth: 0.3,
    /** Infrequent Access on a file system with Elastic throughput. */
    infrequentAccessElasticGbMonth: 0.016,
    /** Infrequent Access on a file system with Bursting or Provisioned throughput. */
    infrequentAccessGbMonth: 0.025,
    archiveGbMonth: 0.008,
    oneZoneGbMonth: 0.16,
    oneZoneInfrequentAccessGbMonth: 0.0133,
    provisionedThroughputMibpsMonth: 6.0,
    /** Elastic throughput: per GB read and per GB written. */
    elasticReadGb: 0.03,
    elasticWriteGb: 0.06,
};
/**
 * Throughput that Standard storage includes in provisioned mode: 50 KiB/s per GiB of Standard
 * (or One Zone) storage, i.e. Standard GiB / 20.48 MiB/s. AWS bills provisioned throughput only
 * above it (re:Post "Is EFS Provisioned Throughput mode billed at daily granularity?", and the
 * EFS pricing page's provisioned throughput example).
 */
const INCLUDED_KIBPS_PER_GIB = 50;
function includedThroughputMibps(gb) {
    return (gb.standard * INCLUDED_KIBPS_PER_GIB) / 1024;
}
/** billed(x) = max(0, x - included): the part of `mibps` provisioned throughput AWS bills. */
function billedThroughputMibps(mibps, includedMibps) {
    return Math.max(0, mibps - includedMibps);
}
function storagePrices(fs) {
    if (fs.availabilityZoneName) {
        return {
            standard: EFS_PRICES.oneZoneGbMonth,
            infrequentAccess: EFS_PRICES.oneZoneInfrequentAccessGbMonth,
            archive: EFS_PRICES.archiveGbMonth,
        };
    }
    return {
        standard: EFS_PRICES.standardGbMonth,
        infrequentAccess: fs.throughputMode === 'elastic'
            ? EFS_PRICES.infrequentAccessElasticGbMonth
            : EFS_PRICES.infrequentAccessGbMonth,
        archive: EFS_PRICES.archiveGbMonth,
    };
}
/** The monthly bill of what the file system stores (`gb`), by class. */
function monthlyStorageUsd(fs, gb) {
    const prices = storagePrices(fs);
    return (gb.standard * prices.standard +
        gb.infrequentAccess * prices.infrequentAccess +
        gb.archive * prices.archive);
}
/** The monthly bill of provisioned throughput above what Standard storage includes; 0 in the other modes. */
function monthlyProvisionedThroughputUsd(fs, gb) {
    if (fs.throughputMode !== 'provisioned')
        return 0;
    const billed = billedThroughputMibps(fs.provisionedThroughputMibps ?? 0, includedThroughputMibps(gb));
    return billed * EFS_PRICES.provisionedThroughputMibpsMonth;
}
/** What Elastic throughput bills for `readGb` read and `writeGb` written. */
function elasticIoUsd(readGb, writeGb) {
    return readGb * EFS_PRICES.elasticReadGb + writeGb * EFS_PRICES.elasticWriteGb;
}

;// CONCATENATED MODULE: ./src/rules/efs/cost.ts






const MIB = 2 ** 20;
/** CHECKS.md: FAIL below 30% mean use; recommend the peak at 80% use, at least 1 MiB/s. */
const LOW_USE_RATIO = 0.3;
const TARGET_PEAK_USE = 0.8;
/** Absorbs float noise so that a peak of exactly 0.8 x N recommends N, not N + 1. */
const EPSILON = 1e-9;
/** A unit price as written in price lists: at least cents, more digits where they matter. */
function cost_formatPrice(usdPerUnit) {
    return Number.isInteger(usdPerUnit * 100) ? `$${usdPerUnit.toFixed(2)}` : `$${usdPerUnit}`;
}
function formatMibps(rate) {
    return rate >= 1 || rate === 0 ? rate.toFixed(1) : rate.toPrecision(2);
}
/** "12.3 GB", noting when the size came from CloudWatch rather than the EFS API. */
function describeSize(gb, stored) {
    const source = stored.source === 'StorageBytes' ? ' (CloudWatch StorageBytes)' : '';
    return `${gb.toFixed(1)} GB${source}`;
}
/** Why a FAIL carries no saving: the size it rests on could not be read. */
function savingUnknown(failure) {
    return `The saving could not be computed: the size is unknown (${(0,common/* sizeReadFailure */.Of)(failure)}).`;
}
/** AWS bills storage and transfer in binary gigabytes. */
const BYTES_PER_GB = 2 ** 30;
const DAY_SECONDS = 86_400;
/** "over 30 days", or "over the 10 days since it was created" for a younger file system. */
function spanText(existedSeconds, windowLength) {
    if (existedSeconds >= windowLength)
        return `over ${Math.round(windowLength / DAY_SECONDS)} days`;
    return `over the ${Math.max(1, Math.round(existedSeconds / DAY_SECONDS))} days since it was created`;
}
const throughputOverprovisioned = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.throughput-overprovisioned',
        title: 'EFS provisioned throughput far above use',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Switch to Elastic throughput (pay for what is used), or lower ProvisionedThroughputInMibps to the recommended figure (UpdateFileSystem; decreases are allowed once every 24 hours).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
        },
        frameworks: {},
        failWhen: "Throughput mode is `provisioned` and the mean metered throughput (`MeteredIOBytes` over the 30-day lookback, or over the days since creation for a younger file system) is below 30% of `ProvisionedThroughputInMibps`. AWS bills provisioned throughput only above what Standard storage includes (Standard GiB / 20.48 MiB/s): billed(x) = max(0, x - included). recommended = the peak hourly mean / 0.8 rounded up, at least 1 MiB/s. When recommended is below provisioned, the saving is (billed(provisioned) - billed(recommended)) at the Provisioned Throughput price. Otherwise it never advises a higher figure: it recommends Elastic throughput, saving billed(provisioned) x price minus the Elastic cost of the lookback's `DataReadIOBytes` ($0.03/GB) and `DataWriteIOBytes` ($0.06/GB), scaled to a month for a younger file system, and passes when Elastic is not cheaper; without those bytes (an inventory saved before they were collected) it fails with no saving figure.",
    },
    appliesTo: (fs) => fs.throughputMode === 'provisioned',
    judge: (fs, efs) => {
        const metered = fs.metrics.meteredIOBytes;
        if (!metered.ok)
            return (0,kit/* unknown */.L5)(metered.error);
        const provisioned = fs.provisionedThroughputMibps;
        // Without the figure there is nothing to compare use with: not a PASS.
        if (provisioned === undefined) {
            return (0,kit/* undetermined */.nZ)('DescribeFileSystems reported no ProvisionedThroughputInMibps.');
        }
        const window = efs.metricWindows.lookback;
        const lookbackSeconds = (0,metrics/* windowSeconds */.O)(window);
        const existed = secondsExisted(window, fs.createdAt);
        const span = spanText(existed, lookbackSeconds);
        const meanMibps = meanRatePerSecond(metered.value, existed) / MIB;
        const peakMibps = peakRatePerSecond(metered.value, window.periodSeconds) / MIB;
        const evidence = { provisionedMibps: provisioned, meanMibps, peakHourlyMeanMibps: peakMibps };
        const usePercent = provisioned > 0 ? (100 * meanMibps) / provisioned : 0;
        if (meanMibps >= LOW_USE_RATIO * provisioned) {
            return (0,kit/* pass */.IX)(`Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s, ${usePercent.toFixed(0)}% of the provisioned ${provisioned} MiB/s.`, evidence);
        }
        const lowUse = `Mean metered throughput ${span} is ${formatMibps(meanMibps)} MiB/s (${usePercent.toFixed(1)}% of provisioned)`;
        const price = EFS_PRICES.provisionedThroughputMibpsMonth;
        const needed = Math.max(1, Math.ceil(peakMibps / TARGET_PEAK_USE - EPSILON));
        const stored = (0,common/* readStoredGb */.vA)(fs);
        const includes = (gb, mibps) => `the ${formatMibps(mibps)} MiB/s its ${describeSize(gb.standard, gb)} of Standard storage includes`;
        if (needed < provisioned) {
            const lower = `${lowUse}; provisioned ${provisioned} MiB/s, peak hourly mean ${formatMibps(peakMibps)} MiB/s, recommend ${needed} MiB/s`;
            const lowerEvidence = { ...evidence, recommendedMibps: needed };
            if (!stored.ok) {
                return (0,kit/* fail */.fJ)(`${lower} or switch to Elastic throughput. ${savingUnknown(stored.error)}`, lowerEvidence);
            }
            const included = includedThroughputMibps(stored.value);
            const billedNow = billedThroughputMibps(provisioned, included);
            const billedThen = billedThroughputMibps(needed, included);
            const savings = (0,money/* roundUsd */.t)((billedNow - billedThen) * price);
            return (0,kit/* fail */.fJ)(`${lower}: saves ${(0,money/* formatUsd */.U)(savings)} a month at ${cost_formatPrice(price)} per MiB/s-month of throughput billed above ${includes(stored.value, included)} (${formatMibps(billedNow)} MiB/s billed now, ${formatMibps(billedThen)} at ${needed} MiB/s), or switch to Elastic throughput.`, { ...lowerEvidence, includedMibps: included, billedMibps: billedNow }, savings);
        }
        // A spiky load: its peak needs all that is provisioned, or more. Never advise raising the
        // figure; Elastic throughput bills the bytes moved instead.
        const spiky = `${lowUse}, but its peak hourly mean of ${formatMibps(peakMibps)} MiB/s needs ${needed} MiB/s at 80% use, ${needed > provisioned ? 'more than' : 'all of'} the provisioned ${provisioned} MiB/s`;
        const elasticEvidence = { ...evidence, peakNeedsMibps: needed, recommendation: 'elastic' };
        const reads = fs.metrics.dataReadIOBytes;
        const writes = fs.metrics.dataWriteIOBytes;
        if (!reads || !writes) {
            return (0,kit/* fail */.fJ)(`${spiky}: switch to Elastic throughput; its cost cannot be compared, as this inventory was saved before DataReadIOBytes and DataWriteIOBytes were collected.`, elasticEvidence);
        }
        if (!reads.ok)
            return (0,kit/* unknown */.L5)(reads.error, elasticEvidence);
        if (!writes.ok)
            return (0,kit/* unknown */.L5)(writes.error, elasticEvidence);
        // The lookback's bytes, as a month: a younger file system's days stand for the whole window.
        const toMonth = existed > 0 ? lookbackSeconds / existed : 1;
        const readGb = sumOf(reads.value) / BYTES_PER_GB;
        const writeGb = sumOf(writes.value) / BYTES_PER_GB;
        const elasticUsd = (0,money/* roundUsd */.t)(elasticIoUsd(readGb, writeGb) * toMonth);
        const elastic = `would bill ${(0,money/* formatUsd */.U)(elasticUsd)} a month for its I/O (${readGb.toFixed(1)} GB read at ${cost_formatPrice(EFS_PRICES.elasticReadGb)} and ${writeGb.toFixed(1)} GB written at ${cost_formatPrice(EFS_PRICES.elasticWriteGb)} ${span})`;
        const costed = { ...elasticEvidence, readGb, writeGb, elasticMonthlyUsd: elasticUsd };
        if (!stored.ok) {
            // The included throughput is unknown, so the bill is too: at most all of it is billed.
            const ceiling = (0,money/* roundUsd */.t)(provisioned * price);
            if (elasticUsd >= ceiling) {
                return (0,kit/* pass */.IX)(`${spiky}, and Elastic throughput ${elastic}, no less than the ${(0,money/* formatUsd */.U)(ceiling)} all of the provisioned throughput could bill: provisioned is the cheaper mode.`, costed);
            }
            return (0,kit/* unknown */.L5)(stored.error, costed);
        }
        const included = includedThroughputMibps(stored.value);
        const billedUsd = (0,money/* roundUsd */.t)(billedThroughputMibps(provisioned, included) * price);
        const savings = (0,money/* roundUsd */.t)(billedUsd - elasticUsd);
        const billed = `the ${(0,money/* formatUsd */.U)(billedUsd)} a month of provisioned throughput billed above ${includes(stored.value, included)}`;
        const priced = { ...costed, includedMibps: included, provisionedBilledMonthlyUsd: billedUsd };
        if (savings > 0) {
            return (0,kit/* fail */.fJ)(`${spiky}: switch to Elastic throughput, which ${elastic}, against ${billed}: saves ${(0,money/* formatUsd */.U)(savings)} a month.`, priced, savings);
        }
        return (0,kit/* pass */.IX)(`${spiky}, and Elastic throughput ${elastic}, no less than ${billed}: provisioned is the cheaper mode.`, priced);
    },
});
const noIaLifecycle = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.no-ia-lifecycle',
        title: 'EFS file system without an Infrequent Access lifecycle policy',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Add a lifecycle policy with TransitionToIA (e.g. AFTER_30_DAYS) and TransitionToPrimaryStorageClass AFTER_1_ACCESS, so files not read for a month move to the cheaper class.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/lifecycle-management-efs.html',
        },
        frameworks: {},
        failWhen: 'The lifecycle configuration has no `TransitionToIA` rule. The saving assumes half of the Standard-class bytes move to Infrequent Access: 0.5 x Standard GB x (Standard price - IA price).',
    },
    judge: (fs) => {
        if (!fs.lifecycle.ok)
            return (0,kit/* unknown */.L5)(fs.lifecycle.error);
        const { transitionToIA } = fs.lifecycle.value;
        if (transitionToIA) {
            return (0,kit/* pass */.IX)(`Files move to Infrequent Access ${transitionToIA}.`, { transitionToIA });
        }
        const prices = storagePrices(fs);
        const read = (0,common/* readStoredGb */.vA)(fs);
        if (!read.ok) {
            return (0,kit/* fail */.fJ)(`No lifecycle policy moves files to Infrequent Access. ${savingUnknown(read.error)}`, { standardGb: null, prices });
        }
        const stored = read.value;
        const movedGb = stored.standard / 2;
        const savings = (0,money/* roundUsd */.t)(movedGb * (prices.standard - prices.infrequentAccess));
        return (0,kit/* fail */.fJ)(`No lifecycle policy moves files to Infrequent Access. If half of the ${describeSize(stored.standard, stored)} in Standard moved from ${cost_formatPrice(prices.standard)} to ${cost_formatPrice(prices.infrequentAccess)} per GB-month: saves ${(0,money/* formatUsd */.U)(savings)} a month.`, { standardGb: stored.standard, sizeSource: stored.source, prices }, savings);
    },
});
const unused = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.unused',
        title: 'EFS file system unused for 60 days',
        category: 'cost',
        severity: 'medium',
        remediation: {
            text: 'Confirm nothing mounts it, take a final backup (AWS Backup on-demand), then delete its mount targets and the file system.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/delete-efs-fs.html',
        },
        frameworks: {},
        failWhen: '`ClientConnections` sums to 0, or has no datapoints, over the last 60 days, or since creation for a younger file system (the detail says which). The saving is the whole monthly bill: its storage by class plus, in provisioned mode, its provisioned throughput billed above what its Standard storage includes (Standard GiB / 20.48 MiB/s).',
        savingIsWholeBill: true,
    },
    judge: (fs, efs, context) => {
        const connections = fs.metrics.clientConnections;
        if (!connections.ok)
            return (0,kit/* unknown */.L5)(connections.error);
        const window = efs.metricWindows.connections;
        const since = Date.parse(fs.createdAt) > Date.parse(window.start)
            ? `since it was created ${(0,kit/* ageInDays */.QR)(fs.createdAt, context.now)} days ago`
            : `in the last ${Math.round((0,metrics/* windowSeconds */.O)(window) / DAY_SECONDS)} days`;
        const total = sumOf(connections.value);
        if (total > 0) {
            // The last day with a connection: days with a zero Sum may follow it.
            const { timestamps, values } = connections.value;
            const last = timestamps[values.findLastIndex((value) => value > 0)] ?? 0;
            const lastDay = new Date(last * 1000).toISOString().slice(0, 10);
            return (0,kit/* pass */.IX)(`Clients connected ${since} (last on ${lastDay}).`, {
                clientConnectionsSum: total,
            });
        }
        const read = (0,common/* readStoredGb */.vA)(fs);
        if (!read.ok) {
            return (0,kit/* fail */.fJ)(`No client connection ${since}. ${savingUnknown(read.error)}`, {
                clientConnectionsSum: 0,
                storedGb: null,
            });
        }
        const stored = read.value;
        const storageUsd = monthlyStorageUsd(fs, stored);
        const throughputUsd = monthlyProvisionedThroughputUsd(fs, stored);
        const savings = (0,money/* roundUsd */.t)(storageUsd + throughputUsd);
        const included = includedThroughputMibps(stored);
        const billed = billedThroughputMibps(fs.provisionedThroughputMibps ?? 0, included);
        const throughput = throughputUsd > 0
            ? ` plus ${formatMibps(billed)} MiB/s of provisioned throughput billed above the ${formatMibps(included)} MiB/s its Standard storage includes (${(0,money/* formatUsd */.U)(throughputUsd)})`
            : '';
        return (0,kit/* fail */.fJ)(`No client connection ${since}. Deleting it saves ${(0,money/* formatUsd */.U)(savings)} a month: ${describeSize(stored.total, stored)} stored (${(0,money/* formatUsd */.U)(storageUsd)})${throughput}.`, { clientConnectionsSum: 0, storedGb: stored.total, sizeSource: stored.source }, savings);
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/operations.ts


const alarmsMissing = (0,common/* fileSystemRule */.yc)({
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
        failWhen: 'No CloudWatch metric alarm in namespace `AWS/EFS` with this `FileSystemId` watches one of: `ClientConnections`; `PercentIOLimit` (General Purpose mode only); `BurstCreditBalance` (bursting throughput only).',
    },
    judge: (fs, efs) => {
        if (!efs.alarms.ok)
            return (0,kit/* unknown */.L5)(efs.alarms.error);
        const wanted = [
            ...(fs.throughputMode === 'bursting' ? ['BurstCreditBalance'] : []),
            ...(fs.performanceMode === 'generalPurpose' ? ['PercentIOLimit'] : []),
            'ClientConnections',
        ];
        const watched = new Set(efs.alarms.value.filter((a) => a.fileSystemId === fs.id).map((a) => a.metricName));
        const missing = wanted.filter((metric) => !watched.has(metric));
        return missing.length > 0
            ? (0,kit/* fail */.fJ)(`No CloudWatch alarm on ${(0,common/* listWords */.yh)(missing)}.`, { missing, watched: [...watched] })
            : (0,kit/* pass */.IX)(`Alarms watch ${(0,common/* listWords */.yh)(wanted)}.`, { watched: [...watched] });
    },
});

;// CONCATENATED MODULE: ./src/rules/efs/performance.ts



const GIB = 2 ** 30;
const TIB = 2 ** 40;
/**
 * Maximum burst credit balance: 2.1 TiB, or 2.1 TiB per TiB of Standard storage above 1 TiB. Only
 * Standard-class bytes earn credits: Infrequent Access and Archive do not (EFS user guide, Bursting
 * throughput; re:Post "How do Amazon EFS burst credits work?").
 */
const MAX_CREDITS_PER_TIB = 2.1 * TIB;
const LOW_CREDIT_RATIO = 0.1;
/** Absorbs float noise at the threshold: 0.21 TiB of 2.1 TiB is 10%, not below it. */
const performance_EPSILON = 1e-9;
/** Metadata operations per second (peak hourly mean) that mark a metadata-heavy workload. */
const METADATA_OPS_LIMIT = 1000;
function formatOps(rate) {
    return rate >= 10 ? rate.toFixed(0) : rate.toFixed(2);
}
const burstCreditsLow = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.burst-credits-low',
        title: 'EFS burst credits running low',
        category: 'performance',
        severity: 'high',
        remediation: {
            text: 'Switch to Elastic throughput, or to Provisioned throughput sized to the workload, before the credits run out and throughput falls to the baseline (50 KiB/s per GiB stored).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#bursting',
        },
        frameworks: {},
        failWhen: 'Throughput mode is `bursting` and the lowest `BurstCreditBalance` of the 30-day lookback is below 10% of the maximum balance: 2.1 TiB per TiB of Standard storage (Infrequent Access and Archive earn no credits), and at least 2.1 TiB. No datapoints at all make it UNKNOWN, not FAIL.',
    },
    appliesTo: (fs) => fs.throughputMode === 'bursting',
    judge: (fs) => {
        const balance = fs.metrics.burstCreditBalance;
        if (balance && !balance.ok)
            return (0,kit/* unknown */.L5)(balance.error);
        const lowest = balance?.ok ? minOf(balance.value) : undefined;
        if (lowest === undefined) {
            return {
                status: 'UNKNOWN',
                detail: 'No BurstCreditBalance datapoints in the last 30 days: the credit balance is unknown.',
            };
        }
        const stored = (0,common/* readStoredGb */.vA)(fs);
        // The maximum only grows with the Standard size: a balance low against the smallest maximum is
        // low whatever the size, while any other verdict needs the size.
        const storedTib = stored.ok ? stored.value.standard / 1024 : 0;
        const maxBalance = MAX_CREDITS_PER_TIB * Math.max(1, storedTib);
        const ratio = lowest / maxBalance;
        const low = ratio < LOW_CREDIT_RATIO - performance_EPSILON;
        if (!stored.ok && !low)
            return (0,kit/* unknown */.L5)(stored.error);
        const lowestText = `The lowest burst credit balance in the last 30 days was ${(lowest / GIB).toFixed(1)} GiB`;
        const drops = 'throughput drops to the baseline when it runs out';
        if (!stored.ok) {
            return (0,kit/* fail */.fJ)(`${lowestText}, below 10% of the maximum at any size (${(100 * ratio).toFixed(1)}% of the smallest, 2.10 TiB): ${drops}. The maximum grows with the Standard storage, whose size is unknown (${(0,common/* sizeReadFailure */.Of)(stored.error)}).`, { minimumBytes: lowest, maximumBytes: null });
        }
        const summary = `${lowestText}, ${(100 * ratio).toFixed(1)}% of the ${(maxBalance / TIB).toFixed(2)} TiB maximum`;
        const evidence = { minimumBytes: lowest, maximumBytes: maxBalance };
        return low ? (0,kit/* fail */.fJ)(`${summary}: ${drops}.`, evidence) : (0,kit/* pass */.IX)(`${summary}.`, evidence);
    },
});
const maxioUnneeded = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.maxio-unneeded',
        title: 'EFS Max I/O mode without the load that needs it',
        category: 'performance',
        severity: 'low',
        remediation: {
            text: 'Create a General Purpose file system (performance mode cannot be changed), copy the data over and switch clients: it serves the same load with lower per-operation latency.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes',
        },
        frameworks: {},
        failWhen: 'Performance mode is `maxIO` and the peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is below 1,000 per second.',
    },
    appliesTo: (fs) => fs.performanceMode === 'maxIO',
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,kit/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak < METADATA_OPS_LIMIT
            ? (0,kit/* fail */.fJ)(`Max I/O mode with a peak hourly mean of ${formatOps(peak)} metadata operations per second, below 1,000: General Purpose would serve it with lower latency.`, evidence)
            : (0,kit/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second justifies Max I/O.`, evidence);
    },
});
const metadataHot = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.metadata-hot',
        title: 'EFS metadata operations above 1,000 per second',
        category: 'performance',
        severity: 'medium',
        remediation: {
            text: 'Spread the workload over more directories or more file systems, and cache metadata on clients (e.g. avoid repeated stat and listing of large directories).',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/performance-tips.html',
        },
        frameworks: {},
        failWhen: 'The peak hourly mean of metadata operations (`MetadataIOBytes` SampleCount) over the 30-day lookback is above 1,000 per second.',
    },
    judge: (fs, efs) => {
        const operations = fs.metrics.metadataOperations;
        if (!operations.ok)
            return (0,kit/* unknown */.L5)(operations.error);
        const peak = peakRatePerSecond(operations.value, efs.metricWindows.lookback.periodSeconds);
        const evidence = { peakHourlyMeanMetadataOpsPerSecond: peak };
        return peak > METADATA_OPS_LIMIT
            ? (0,kit/* fail */.fJ)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, above 1,000.`, evidence)
            : (0,kit/* pass */.IX)(`Peak hourly mean of ${formatOps(peak)} metadata operations per second, within 1,000.`, evidence);
    },
});

;// CONCATENATED MODULE: ./src/rules/tags.ts
/** A tag's value by key, keys compared case-insensitively (teams write `env` and `Env`). */
function tagValue(tags, key) {
    const wanted = key.toLowerCase();
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase() === wanted)
            return v;
    return undefined;
}
/**
 * Whether any tag whose key is one of `keys`, compared case-insensitively, has one of `values`
 * (trimmed, case-insensitive). Every such tag counts: `env=dev` beside `Env=prod` is production.
 */
function anyTagIs(tags, keys, values) {
    const wanted = new Set(keys.map((key) => key.toLowerCase()));
    return Object.entries(tags).some(([k, v]) => wanted.has(k.toLowerCase()) && values.has(v.trim().toLowerCase()));
}
const PRODUCTION_TAG_KEYS = ['Environment', 'Env', 'Stage'];
const PRODUCTION_VALUES = new Set(['prod', 'production']);
/** CHECKS.md: an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`. */
function isProduction(tags) {
    return anyTagIs(tags, PRODUCTION_TAG_KEYS, PRODUCTION_VALUES);
}
/** CHECKS.md: a `DataCritical` tag equal to `true`. */
function isCriticalData(tags) {
    return anyTagIs(tags, ['DataCritical'], new Set(['true']));
}

;// CONCATENATED MODULE: ./src/rules/efs/resilience.ts



/**
 * Destination statuses that keep no working replica (EFS API `Destination.Status`): ERROR is
 * unrecoverable, PAUSED and PAUSING stop replication, DELETING ends it.
 */
const BROKEN_REPLICATION_STATUSES = new Set([
    'ERROR',
    'PAUSED',
    'PAUSING',
    'DELETING',
]);
const criticalNotReplicated = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.critical-not-replicated',
        title: 'EFS file system with critical data not replicated',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Create a replication configuration to a file system in another Region (or Availability Zone), so a regional outage or a deletion does not take the only copy; a replication in ERROR must be deleted and created again, a PAUSED one resumes once both Regions are enabled.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/efs-replication.html',
        },
        frameworks: {},
        failWhen: 'The file system is tagged `DataCritical` = `true` and has no working replication: it is the source of no replication configuration, or every destination of its replications has status `ERROR`, `PAUSED`, `PAUSING` or `DELETING` (the detail names the status). A file system that is itself a replication destination passes.',
    },
    appliesTo: (fs) => isCriticalData(fs.tags),
    judge: (fs, efs) => {
        if (!efs.replications.ok)
            return (0,kit/* unknown */.L5)(efs.replications.error);
        const destinations = efs.replications.value
            .filter((r) => r.sourceFileSystemId === fs.id)
            .flatMap((r) => r.destinations);
        const where = (d) => `${d.fileSystemId} in ${d.region}`;
        const working = destinations.filter((d) => !BROKEN_REPLICATION_STATUSES.has(d.status));
        if (working.length > 0) {
            return (0,kit/* pass */.IX)(`Replicated to ${(0,common/* listWords */.yh)(working.map(where))}.`, { destinations });
        }
        const asDestination = efs.replications.value.find((r) => r.destinations.some((d) => d.fileSystemId === fs.id));
        if (asDestination) {
            return (0,kit/* pass */.IX)(`It is the replica of ${asDestination.sourceFileSystemId}.`, {
                sourceFileSystemId: asDestination.sourceFileSystemId,
            });
        }
        if (destinations.length > 0) {
            const broken = destinations.map((d) => `${where(d)} is ${d.status}`);
            return (0,kit/* fail */.fJ)(`Tagged DataCritical=true and no replication works: its replication to ${(0,common/* listWords */.yh)(broken)}.`, { destinations });
        }
        return (0,kit/* fail */.fJ)('Tagged DataCritical=true and has no replication configuration.', {
            replication: null,
        });
    },
});
/** CHECKS.md: a recovery point from the last 8 days counts as a working backup. */
const RECENT_BACKUP_DAYS = 8;
const DAY_MS = 86_400_000;
const noBackup = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.no-backup',
        title: 'EFS file system not backed up',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Turn on automatic backups (PutBackupPolicy Status ENABLED), or add the file system to an AWS Backup plan that backs it up at least weekly, and check that its backup jobs succeed.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
        },
        frameworks: { fsbp: ['EFS.2', 'EFS.7'] },
        failWhen: 'The backup policy status is not `ENABLED` (or there is no backup policy), and AWS Backup has no recovery point of the file system from the last 8 days: `ListProtectedResources` lists every resource whose recovery points are still retained, so its `LastBackupTime` decides, not the listing. The detail gives the date of the last backup when there is one. When one of these reads failed and the other does not show a backup, the result is UNKNOWN instead; so is a listed file system whose `LastBackupTime` was not collected.',
    },
    judge: (fs, efs, context) => {
        const policy = fs.backupPolicyStatus;
        const listing = efs.protectedFileSystemArns;
        const listed = listing.ok && listing.value.includes(fs.arn);
        const lastBackupTime = listed ? efs.lastBackupTimes?.[fs.arn] : undefined;
        const lastBackup = lastBackupTime?.slice(0, 10);
        // A time that does not parse is no answer: UNKNOWN below, never a FAIL of NaN days.
        const backedUpAt = lastBackupTime === undefined ? NaN : Date.parse(lastBackupTime);
        const ageDays = Number.isNaN(backedUpAt)
            ? undefined
            : (context.now.getTime() - backedUpAt) / DAY_MS;
        const evidence = {
            backupPolicy: policy.ok ? policy.value : null,
            protectedResource: listing.ok ? listed : null,
            lastBackupTime: lastBackupTime ?? null,
        };
        if (policy.ok && policy.value === 'ENABLED') {
            const last = lastBackup ? `; the last AWS Backup recovery point is from ${lastBackup}` : '';
            return (0,kit/* pass */.IX)(`Automatic backups are enabled${last}.`, evidence);
        }
        if (ageDays !== undefined && ageDays <= RECENT_BACKUP_DAYS) {
            return (0,kit/* pass */.IX)(`The last AWS Backup recovery point of it is from ${lastBackup}, within the last ${RECENT_BACKUP_DAYS} days.`, evidence);
        }
        if (!policy.ok)
            return (0,kit/* unknown */.L5)(policy.error);
        if (!listing.ok)
            return (0,kit/* unknown */.L5)(listing.error);
        const automatic = `Automatic backups are ${policy.value === null ? 'not set up' : policy.value}`;
        if (listed && ageDays === undefined) {
            return (0,kit/* undetermined */.nZ)(efs.lastBackupTimes === undefined
                ? `${automatic} and AWS Backup lists it, but this inventory was saved before LastBackupTime was collected: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`
                : `${automatic} and AWS Backup lists it without a readable LastBackupTime: whether it has a recovery point from the last ${RECENT_BACKUP_DAYS} days is unknown.`, evidence);
        }
        if (ageDays !== undefined) {
            return (0,kit/* fail */.fJ)(`${automatic} and the last AWS Backup recovery point is from ${lastBackup}, ${Math.floor(ageDays)} days before the scan: none in the last ${RECENT_BACKUP_DAYS} days.`, evidence);
        }
        return (0,kit/* fail */.fJ)(`${automatic} and AWS Backup holds no recovery point of it.`, evidence);
    },
});
const oneZoneProduction = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.one-zone-production',
        title: 'Production EFS file system on One Zone storage',
        category: 'resilience',
        severity: 'high',
        remediation: {
            text: 'Move production data to a Regional file system (stored across Availability Zones): create one, copy the data (AWS DataSync or a backup restore), and switch clients over.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/storage-classes.html',
        },
        frameworks: {},
        failWhen: 'The file system is production (an `Environment`, `Env` or `Stage` tag equal to `prod` or `production`) and uses One Zone storage (`AvailabilityZoneName` is set).',
    },
    appliesTo: (fs) => isProduction(fs.tags),
    judge: (fs) => fs.availabilityZoneName
        ? (0,kit/* fail */.fJ)(`Production data on One Zone storage in ${fs.availabilityZoneName}: an outage of that Availability Zone takes it offline, and its loss loses the data.`, { availabilityZoneName: fs.availabilityZoneName })
        : (0,kit/* pass */.IX)('Regional storage, across Availability Zones.'),
});

;// CONCATENATED MODULE: ./src/rules/network.ts
/** IANA numbers EC2 accepts in place of the protocol names. */
const PROTOCOL_NUMBERS = { tcp: '6', udp: '17' };
/** The protocol names in any case, as EC2 may spell them. */
const PROTOCOL_NAMES = { tcp: /^tcp$/i, udp: /^udp$/i };
/** Whether the permission carries traffic of `protocol` (by name, by number or as `-1`). */
function coversProtocol(permission, protocol) {
    // Asked per port and permission: a lower-cased copy of the name each time is garbage.
    const value = permission.IpProtocol ?? '';
    return (value === '-1' ||
        value === protocol ||
        value === PROTOCOL_NUMBERS[protocol] ||
        PROTOCOL_NAMES[protocol].test(value));
}
/** The port bounds of a tcp or udp permission; absent bounds (or -1) mean the whole range. */
function portRange(permission) {
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    return from === -1 && to === -1 ? { from: 0, to: 65535 } : { from, to };
}
/**
 * Whether the permission opens `port` of `protocol`: protocol `-1` opens every port; otherwise the
 * port must lie in FromPort..ToPort.
 */
function ingressReaches(permission, protocol, port) {
    if (!coversProtocol(permission, protocol))
        return false;
    if (permission.IpProtocol === '-1')
        return true;
    const { from, to } = portRange(permission);
    return from <= port && port <= to;
}
/**
 * "All ports" as CHECKS.md defines it: protocol `-1`, or a tcp or udp permission over a range from
 * 0 or 1 to 65535 (port 0 is reserved, so 1-65535 opens every usable port as well).
 */
function opensEveryPort(permission) {
    if (permission.IpProtocol === '-1')
        return true;
    if (!coversProtocol(permission, 'tcp') && !coversProtocol(permission, 'udp'))
        return false;
    const { from, to } = portRange(permission);
    return from <= 1 && to >= 65535;
}
/** Describes the ports a permission opens, for detail sentences: `tcp 2049`, `all traffic`. */
function describePermission(permission) {
    if (permission.IpProtocol === '-1')
        return 'all traffic';
    const protocol = permission.IpProtocol ?? 'unknown protocol';
    const from = permission.FromPort ?? -1;
    const to = permission.ToPort ?? -1;
    if (from === -1 && to === -1)
        return `${protocol} all ports`;
    return from === to ? `${protocol} ${from}` : `${protocol} ${from}-${to}`;
}
const ADDRESS_BITS = { ipv4: 32, ipv6: 128 };
/** A dotted-quad IPv4 address as a number, or undefined when it is not one. */
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part) || Number(part) > 255)
            return undefined;
        value = (value << 8n) | BigInt(part);
    }
    return value;
}
/** The 16-bit groups of one side of `::`; the last group of the address may be dotted IPv4. */
function ipv6Groups(text, endsAddress) {
    if (text === '')
        return [];
    const parts = text.split(':');
    const groups = [];
    for (const [index, part] of parts.entries()) {
        if (endsAddress && index === parts.length - 1 && part.includes('.')) {
            const ipv4 = parseIpv4(part);
            if (ipv4 === undefined)
                return undefined;
            groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
        }
        else if (/^[0-9a-f]{1,4}$/i.test(part)) {
            groups.push(Number.parseInt(part, 16));
        }
        else {
            return undefined;
        }
    }
    return groups;
}
/** An IPv6 address (with `::` and an IPv4 tail allowed) as a number, or undefined. */
function parseIpv6(text) {
    const sides = text.split('::');
    if (sides.length > 2)
        return undefined;
    const compressed = sides.length === 2;
    const head = ipv6Groups(sides[0] ?? '', !compressed);
    const tail = compressed ? ipv6Groups(sides[1] ?? '', true) : [];
    if (!head || !tail)
        return undefined;
    // `::` stands for at least one group of zeros.
    const zeros = 8 - head.length - tail.length;
    if (compressed ? zeros < 1 : zeros !== 0)
        return undefined;
    const groups = [...head, ...Array(zeros).fill(0), ...tail];
    return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}
/**
 * A CIDR block (`10.0.0.0/8`, `2001:db8::/32`), or undefined when the text is not one. Host bits
 * are cleared: `10.0.0.1/8` names the block 10.0.0.0/8.
 */
function parseCidr(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return undefined;
    const address = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(prefixText))
        return undefined;
    const family = address.includes(':') ? 'ipv6' : 'ipv4';
    const value = family === 'ipv6' ? parseIpv6(address) : parseIpv4(address);
    const bits = ADDRESS_BITS[family];
    const prefix = Number(prefixText);
    if (value === undefined || prefix > bits)
        return undefined;
    const hostBits = BigInt(bits - prefix);
    const first = (value >> hostBits) << hostBits;
    return { family, first, last: first + (1n << hostBits) - 1n };
}
/**
 * Whether the blocks of `family` among `cidrs` together hold every address of that family
 * (`0.0.0.0/1` + `128.0.0.0/1` does, as `0.0.0.0/0` does). What is not a CIDR block is ignored.
 */
function coversAddressSpace(cidrs, family) {
    return blocksCover(parseCidrs(cidrs), family);
}
/** The CIDR blocks among `cidrs`, in their order; what is not a CIDR block is left out. */
function parseCidrs(cidrs) {
    const blocks = [];
    for (const cidr of cidrs) {
        const block = parseCidr(cidr);
        if (block)
            blocks.push(block);
    }
    return blocks;
}
/** Whether the blocks of `family` among `blocks` together hold every address of that family. */
function blocksCover(blocks, family) {
    const sorted = blocks
        .filter((block) => block.family === family)
        .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    // The first address no block seen so far holds.
    let next = 0n;
    for (const block of sorted) {
        if (block.first > next)
            return false;
        if (block.last >= next)
            next = block.last + 1n;
    }
    return next === 1n << BigInt(ADDRESS_BITS[family]);
}
function parsedCidrs(cidrs) {
    const blocks = parseCidrs(cidrs);
    return {
        blocks,
        has: {
            ipv4: blocks.some((block) => block.family === 'ipv4'),
            ipv6: blocks.some((block) => block.family === 'ipv6'),
        },
        covers: { ipv4: blocksCover(blocks, 'ipv4'), ipv6: blocksCover(blocks, 'ipv6') },
    };
}
/**
 * A prefix list's entries read once per list, not once per permission and port that names it:
 * keyed by the inventory's entries array, so the answer lives as long as that array and no other
 * list's entries can ever share it.
 */
const prefixListCidrs = new WeakMap();
function parsedEntries(entries) {
    let parsed = prefixListCidrs.get(entries);
    if (!parsed) {
        parsed = parsedCidrs(entries);
        prefixListCidrs.set(entries, parsed);
    }
    return parsed;
}
function permissionSources(permission, prefixLists) {
    const sources = [];
    const unresolved = [];
    let failure;
    const cidrs = [
        ...(permission.IpRanges ?? []).map((r) => r.CidrIp),
        ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6),
    ];
    for (const cidr of cidrs) {
        if (cidr)
            sources.push({ permission, label: cidr, cidrs: parsedCidrs([cidr]) });
    }
    for (const { PrefixListId: id } of permission.PrefixListIds ?? []) {
        if (!id)
            continue;
        const read = prefixLists?.[id];
        if (read?.ok) {
            sources.push({ permission, label: `prefix list ${id}`, cidrs: parsedEntries(read.value) });
        }
        else {
            unresolved.push(id);
            if (read)
                failure ??= read.error;
        }
    }
    return { permission, sources, unresolved, failure };
}
/**
 * Whether the permissions together admit the whole internet: a source that covers the IPv4 or
 * IPv6 space by itself (`0.0.0.0/0`, `::/0`, a prefix list holding it), or the sources of one
 * family that cover it together (`0.0.0.0/1` + `128.0.0.0/1`). A prefix list counts with its
 * entries from `prefixLists`; when some are missing and what is known does not open, the answer
 * is unresolved.
 */
function internetReach(permissions, prefixLists) {
    return reachOf(permissions.map((permission) => permissionSources(permission, prefixLists)));
}
/** internetReach of permissions whose sources are read. */
function reachOf(permissions) {
    // Most ports of most groups are reached by no permission at all.
    if (permissions.length === 0)
        return { status: 'closed' };
    const sources = permissions.flatMap((p) => p.sources);
    const opening = new Set();
    for (const family of ['ipv4', 'ipv6']) {
        // Name the sources that open by themselves; only when none does, the ones that do together.
        const alone = sources.filter((s) => s.cidrs.covers[family]);
        const together = sources.filter((s) => s.cidrs.has[family]);
        if (alone.length > 0)
            alone.forEach((s) => opening.add(s));
        else if (blocksCover(together.flatMap((s) => s.cidrs.blocks), family))
            together.forEach((s) => opening.add(s));
    }
    if (opening.size > 0) {
        const rules = permissions.flatMap(({ permission }) => {
            const labels = [...opening].filter((s) => s.permission === permission).map((s) => s.label);
            return labels.length > 0 ? [{ permission, sources: [...new Set(labels)] }] : [];
        });
        const labels = [...new Set([...opening].map((s) => s.label))].sort();
        return { status: 'open', rules, sources: labels };
    }
    const unresolved = new Set(permissions.flatMap((p) => p.unresolved));
    if (unresolved.size > 0) {
        const failure = permissions.find((p) => p.failure)?.failure;
        return {
            status: 'unresolved',
            prefixLists: [...unresolved].sort(),
            ...(failure ? { failure } : {}),
        };
    }
    return { status: 'closed' };
}
/**
 * One security group's ingress, read for the questions the sg rules ask of it per protocol and
 * port (48 at the high-risk ports): a permission's sources are parsed when a question first
 * admits it (most never reach a port asked about), and the internet's reach is judged once per
 * distinct set of permissions admitted (a `-1` rule reaches every port of both protocols alike).
 */
class IngressReach {
    permissions;
    prefixLists;
    /** Each permission's sources by its index, once read. */
    read = [];
    /** By the indices of the permissions admitted. */
    known = new Map();
    constructor(permissions, prefixLists) {
        this.permissions = permissions;
        this.prefixLists = prefixLists;
    }
    /** internetReach of the permissions that reach `port` of `protocol`. */
    toPort(protocol, port) {
        return this.of(protocol, port);
    }
    /** internetReach of the permissions that open every port of `protocol`. */
    toEveryPort(protocol) {
        return this.of(protocol, 'every');
    }
    // A plain loop, no callbacks: this runs 48 times per group, and most answers are `known`.
    of(protocol, port) {
        let key = '';
        for (let index = 0; index < this.permissions.length; index++) {
            const permission = this.permissions[index];
            if (permission && admits(permission, protocol, port))
                key += `${index} `;
        }
        let reach = this.known.get(key);
        if (!reach) {
            const admitted = [];
            for (const [index, permission] of this.permissions.entries()) {
                if (!admits(permission, protocol, port))
                    continue;
                this.read[index] ??= permissionSources(permission, this.prefixLists);
                admitted.push(this.read[index]);
            }
            reach = reachOf(admitted);
            this.known.set(key, reach);
        }
        return reach;
    }
}
/** Whether the permission reaches `port` of `protocol`, or opens its every port. */
function admits(permission, protocol, port) {
    return port === 'every'
        ? coversProtocol(permission, protocol) && opensEveryPort(permission)
        : ingressReaches(permission, protocol, port);
}
/** The rules that let the internet in, for detail sentences: `tcp 22 from 0.0.0.0/1; ...`. */
function describeExposingRules(rules) {
    return rules
        .map((rule) => `${describePermission(rule.permission)} from ${rule.sources.join(', ')}`)
        .join('; ');
}
/**
 * Why prefix lists leave a verdict open when their entries were never collected (an inventory
 * saved before they were read): one sentence naming the lists and what stays undecided.
 */
function uncollectedPrefixLists(prefixLists, what) {
    const lists = prefixLists.join(', ');
    return `The entries of prefix list${prefixLists.length === 1 ? '' : 's'} ${lists} were not collected (an inventory saved before they were read): whether they open ${what} to the internet is unknown.`;
}

// EXTERNAL MODULE: ./src/model/glob.ts
var glob = __webpack_require__(2307);
;// CONCATENATED MODULE: ./src/rules/policy.ts
/**
 * The one place that knows how an AWS policy document reads: IAM identity policies, S3 bucket
 * policies and EFS file system policies all go through here.
 */

class PolicyParseError extends Error {
    name = 'PolicyParseError';
}
function toList(value) {
    if (value === undefined || value === null)
        return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => String(v));
}
function toPrincipal(value) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return { '*': [value] };
    if (typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = {};
    for (const [type, ids] of Object.entries(value))
        out[type] = toList(ids) ?? [];
    return out;
}
function toConditions(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    const out = [];
    for (const [operator, block] of Object.entries(value)) {
        if (typeof block !== 'object' || block === null)
            continue;
        for (const [key, values] of Object.entries(block)) {
            out.push({ operator, key, values: toList(values) ?? [] });
        }
    }
    return out;
}
/** Decodes a policy that IAM returned URL-encoded; plain JSON passes through unchanged. */
function decodePolicyText(text) {
    const trimmed = text.trim();
    return trimmed.startsWith('%') ? decodeURIComponent(trimmed) : trimmed;
}
/** Parses a policy document (plain or URL-encoded) into normalised statements. */
function parsePolicy(text) {
    let doc;
    try {
        doc = JSON.parse(decodePolicyText(text));
    }
    catch (error) {
        throw new PolicyParseError(`policy is not valid JSON: ${error.message}`);
    }
    return normalizeStatements(doc);
}
/** Normalises a parsed document: `Statement` as object or list, every field as a list. */
function normalizeStatements(doc) {
    if (typeof doc !== 'object' || doc === null)
        throw new PolicyParseError('policy is not an object');
    const raw = doc.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list
        .filter((s) => typeof s === 'object' && s !== null)
        .map((s) => {
        const statement = {
            effect: String(s.Effect).toLowerCase() === 'deny' ? 'Deny' : 'Allow',
            conditions: toConditions(s.Condition),
        };
        if (typeof s.Sid === 'string')
            statement.sid = s.Sid;
        const principal = toPrincipal(s.Principal);
        if (principal)
            statement.principal = principal;
        const notPrincipal = toPrincipal(s.NotPrincipal);
        if (notPrincipal)
            statement.notPrincipal = notPrincipal;
        const action = toList(s.Action);
        if (action)
            statement.action = action;
        const notAction = toList(s.NotAction);
        if (notAction)
            statement.notAction = notAction;
        const resource = toList(s.Resource);
        if (resource)
            statement.resource = resource;
        const notResource = toList(s.NotResource);
        if (notResource)
            statement.notResource = notResource;
        return statement;
    });
}
/** AWS wildcard matching: `*` any run, `?` one character, case-insensitive (actions are). */
function wildcardMatch(pattern, value) {
    return (0,glob/* globMatch */.e)(pattern, value, true);
}
/** Whether the statement applies to `action`, through `Action` or by not excluding it in `NotAction`. */
function coversAction(statement, action) {
    if (statement.action)
        return statement.action.some((p) => wildcardMatch(p, action));
    if (statement.notAction)
        return !statement.notAction.some((p) => wildcardMatch(p, action));
    return false;
}
/** Whether the statement applies to `resource` (an ARN, or `*` for "every resource"). */
function coversResource(statement, resource) {
    // ARNs match case-sensitively; only action names ignore case.
    const matches = (pattern) => (0,glob/* globMatch */.e)(pattern, resource);
    if (statement.resource)
        return statement.resource.some(matches);
    if (statement.notResource)
        return !statement.notResource.some(matches);
    // Resource policies (EFS) may omit Resource: the statement then covers the resource it is on.
    return true;
}
/** Principal `*`, `{"AWS": "*"}` or a list holding `*`: anyone, including anonymous callers. */
function isPublicPrincipal(statement) {
    if (statement.notPrincipal)
        return true;
    return !!statement.principal && listsEveryone(statement.principal);
}
/** A Principal or NotPrincipal that lists `*` (as `"*"` or `{"AWS": "*"}`). */
function listsEveryone(principals) {
    return Object.entries(principals).some(([type, ids]) => (type === '*' || type === 'AWS') && ids.includes('*'));
}
/**
 * Conditions on `key` (case-insensitive, as AWS compares condition keys), optionally only those
 * whose operator is one of `operators` (compared case-insensitively, `IfExists` forms included).
 */
function conditionsOn(statement, key, operators) {
    const wantedKey = key.toLowerCase();
    const wantedOps = operators?.map((o) => o.toLowerCase());
    return statement.conditions.filter((c) => {
        if (c.key.toLowerCase() !== wantedKey)
            return false;
        if (!wantedOps)
            return true;
        const op = c.operator.toLowerCase().replace(/ifexists$/, '');
        return wantedOps.includes(op);
    });
}
/**
 * A `Deny` conditioned on `aws:SecureTransport` false (`Bool` or `BoolIfExists`), whoever it
 * binds and whatever else it says.
 */
function deniesOnInsecureTransport(statement) {
    return (statement.effect === 'Deny' &&
        statement.conditions.some((c) => isSecureTransport(c) && conditionTruth(c, PLAIN_ANYONE) === 'always'));
}
/**
 * A `Deny` that binds every caller, with no exception, whenever `aws:SecureTransport` is false:
 * principal `*` and no condition but that one. Which actions and resources it covers is the
 * caller's question (`explicitDeny` answers both at once).
 */
function deniesInsecureTransport(statement) {
    return (deniesOnInsecureTransport(statement) &&
        and(principalTruth(statement, 'anyone'), conditionsTruth(statement, PLAIN_ANYONE)) === 'always');
}
/** How details name a statement: `statement "Sid"`, or `statement 2` by position from 1. */
function statementName(statement, index) {
    return statement.sid ? `statement "${statement.sid}"` : `statement ${index + 1}`;
}
function and(...truths) {
    if (truths.includes('never'))
        return 'never';
    return truths.every((t) => t === 'always') ? 'always' : 'sometimes';
}
const PLAIN_ANYONE = {
    action: '*',
    resource: '*',
    caller: 'anyone',
    insecureTransport: true,
};
/**
 * Keys that say who the caller is, and that a value can tie to specific principals, accounts or
 * organisations. Not `aws:username` or `aws:PrincipalTag/...`: any account can have a user or a
 * tag of that name, so they name no one in particular.
 */
const IDENTITY_KEYS = new Set([
    'aws:principalarn',
    'aws:principalaccount',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:userid',
]);
/** Identity keys that every signed request carries (the organisation keys only come with one). */
const ALWAYS_SIGNED_KEYS = new Set(['aws:principalarn', 'aws:principalaccount', 'aws:userid']);
const POSITIVE_OPERATORS = new Set([
    'stringequals',
    'stringequalsignorecase',
    'stringlike',
    'arnequals',
    'arnlike',
]);
const NEGATED_OPERATORS = new Set([
    'stringnotequals',
    'stringnotequalsignorecase',
    'stringnotlike',
    'arnnotequals',
    'arnnotlike',
]);
/**
 * Whether a condition operator requires a match with its values (`StringEquals`, `ArnLike`, in
 * any `ForAnyValue:`/`IfExists` form), requires the opposite (`StringNotLike`, ...), or is of
 * another kind (`Null`, `Bool`, numeric, date).
 */
function operatorSense(operator) {
    const { base } = baseOperator(operator);
    if (POSITIVE_OPERATORS.has(base))
        return 'positive';
    return NEGATED_OPERATORS.has(base) ? 'negated' : 'other';
}
const hasWildcard = (text) => /[*?]/.test(text);
/** Whether the wildcard pattern can match some value that starts with `prefix`. */
function globMayMatchPrefix(pattern, prefix) {
    // Walks the pattern over the prefix, keeping every position a `*` can stand at.
    const close = (positions) => {
        for (const i of positions)
            if (pattern[i] === '*')
                positions.add(i + 1);
        return positions;
    };
    let positions = close(new Set([0]));
    for (const char of prefix) {
        const next = new Set();
        for (const i of positions) {
            const p = pattern[i];
            if (p === '*')
                next.add(i);
            else if (p === '?' || p === char)
                next.add(i + 1);
        }
        positions = close(next);
        if (positions.size === 0)
            return false;
    }
    return true;
}
/**
 * Whether a Resource pattern can match some ARN that starts with `prefix` (an ARN up to its
 * resource part, e.g. `arn:aws:iam::111122223333:user/`): `*` and `arn:aws:iam::*:user/*` can
 * match user ARNs, `arn:aws:iam::111122223333:role/x` cannot. As in ArnLike, each of the five
 * fields before the resource is matched on its own (a `*` in the account field does not run on
 * into the resource), case-sensitively.
 */
function mayMatchArnPrefix(pattern, prefix) {
    const patternFields = pattern.split(':');
    const prefixFields = prefix.split(':');
    if (patternFields.length < 6 || prefixFields.length < 6)
        return globMayMatchPrefix(pattern, prefix);
    for (let i = 0; i < 5; i++) {
        if (!(0,glob/* globMatch */.e)(patternFields[i] ?? '', prefixFields[i] ?? ''))
            return false;
    }
    return globMayMatchPrefix(patternFields.slice(5).join(':'), prefixFields.slice(5).join(':'));
}
/** An ARN's account field names one account: present, and free of wildcards. */
function arnNamesAccount(value) {
    const fields = value.split(':');
    const account = fields[4];
    return fields.length >= 6 && fields[0] === 'arn' && !!account && !hasWildcard(account);
}
/**
 * Whether one condition value names specific principals, accounts or organisations (CHECKS.md's
 * common scope rules): a bare `*`, or a wildcard in an ARN's account field, names no one.
 */
function namesSomeone(key, value) {
    if (value === '' || /^[*?]+$/.test(value))
        return false;
    switch (key) {
        case 'aws:principalaccount':
        case 'aws:principalorgid':
            // AWS lists these as sensitive keys, for which a wildcard never has a valid use.
            return !hasWildcard(value);
        case 'aws:principalorgpaths':
            return !hasWildcard(value.split('/')[0] ?? '');
        case 'aws:userid':
            // A unique ID (AIDA..., AROA...:session) names one principal; a wildcard in the ID part
            // (`A*`, `AROA*`) matches principals of every account.
            return !hasWildcard(value.split(':')[0] ?? '*');
        default:
            // An ARN names someone when its account field has no wildcard; other text when it has none.
            return hasWildcard(value) ? arnNamesAccount(value) : true;
    }
}
/**
 * The operator without its `ForAnyValue:`/`ForAllValues:` prefix and `IfExists` suffix, and
 * which of them it had.
 */
function baseOperator(operator) {
    let op = operator.toLowerCase();
    const forAll = op.startsWith('forallvalues:');
    const forAny = op.startsWith('foranyvalue:');
    op = op.replace(/^for(anyvalue|allvalues):/, '');
    const ifExists = op.endsWith('ifexists');
    return { base: ifExists ? op.slice(0, -'ifexists'.length) : op, ifExists, forAll, forAny };
}
const isSecureTransport = (c) => c.key.toLowerCase() === 'aws:securetransport';
/**
 * An identity condition for a kind of caller. IAM's condition operators: a key missing from the
 * request context makes a condition false, except a negated one (`StringNotEquals`,
 * `ArnNotLike`, ...), an `...IfExists` one (both true) and `Null` (which tests for the key).
 */
function identityTruth(key, c, caller) {
    const { base, ifExists, forAll, forAny } = baseOperator(c.operator);
    if (caller === 'anyone' || forAll)
        return 'sometimes';
    // ForAnyValue is false when the key is missing, even with a negated operator: an unsigned
    // request has no aws:Principal* key, and a key not every signed request carries may be missing.
    if (forAny && NEGATED_OPERATORS.has(base)) {
        if (caller === 'anonymous')
            return 'never';
        if (!ALWAYS_SIGNED_KEYS.has(key))
            return 'sometimes';
    }
    const values = c.values;
    const named = values.length > 0 && values.every((v) => namesSomeone(key, v));
    const nullWants = (v) => values.length > 0 && values.every((x) => x.toLowerCase() === v);
    if (caller === 'anonymous') {
        // An unsigned request carries no aws:Principal* key.
        if (base === 'null')
            return nullWants('true') ? 'always' : nullWants('false') ? 'never' : 'sometimes';
        if (ifExists || NEGATED_OPERATORS.has(base))
            return 'always';
        // A value naming no one restricts nothing (CHECKS.md), although IAM finds no key to match.
        if (POSITIVE_OPERATORS.has(base))
            return named ? 'never' : 'sometimes';
        return 'sometimes';
    }
    // A principal of some account the policy names nowhere: it matches no specific value.
    const present = ALWAYS_SIGNED_KEYS.has(key);
    if (base === 'null') {
        if (!present)
            return 'sometimes';
        return nullWants('false') ? 'always' : nullWants('true') ? 'never' : 'sometimes';
    }
    if (POSITIVE_OPERATORS.has(base))
        return named && (present || !ifExists) ? 'never' : 'sometimes';
    if (NEGATED_OPERATORS.has(base))
        return named ? 'always' : 'sometimes';
    return 'sometimes';
}
/** One condition of a statement, for the kind of request asked about. */
function conditionTruth(c, request) {
    const key = c.key.toLowerCase();
    if (key === 'aws:securetransport') {
        // Every request carries aws:SecureTransport, so BoolIfExists reads as Bool; the value may be
        // the string "false" or the boolean false.
        const { base, forAll } = baseOperator(c.operator);
        if (base !== 'bool' || forAll || request.insecureTransport === undefined)
            return 'sometimes';
        const wanted = request.insecureTransport ? 'false' : 'true';
        return c.values.some((v) => v.toLowerCase() === wanted) ? 'always' : 'never';
    }
    if (IDENTITY_KEYS.has(key))
        return identityTruth(key, c, request.caller);
    const confining = request.confiningKeys?.some((k) => k.toLowerCase() === key);
    if (confining) {
        const { base, ifExists } = baseOperator(c.operator);
        const named = c.values.length > 0 && c.values.every((v) => namesSomeone(key, v));
        if (POSITIVE_OPERATORS.has(base) && !ifExists && named)
            return 'never';
    }
    // Source IP, VPC, mount target, tags...: true for some requests, false for others.
    return 'sometimes';
}
/** All conditions of a statement hold together (IAM ANDs the condition operators). */
function conditionsTruth(statement, request) {
    return and(...statement.conditions.map((c) => conditionTruth(c, request)));
}
/** Whether the statement's Principal or NotPrincipal takes in the kind of caller asked about. */
function principalTruth(statement, caller) {
    if (statement.notPrincipal) {
        // Everyone but the principals listed: an anonymous caller or one of an unnamed account is
        // never among them; `anyone` includes them.
        if (listsEveryone(statement.notPrincipal))
            return 'never';
        return caller === 'anyone' ? 'sometimes' : 'always';
    }
    if (statement.principal && listsEveryone(statement.principal))
        return 'always';
    return 'never';
}
/**
 * Whether one of the patterns matches every value that starts with the prefix (`s3:*` or `*`
 * every S3 action, `arn:aws:s3:::b/*` every object of bucket b): it matches the prefix itself
 * and ends in `*`.
 */
function coversEvery(patterns, prefix) {
    return patterns.some((p) => p.endsWith('*') && wildcardMatch(p, prefix));
}
/** Whether patterns cover a target: one value, or every value with the prefix. */
function patternsCover(patterns, target) {
    if (typeof target === 'string')
        return patterns.some((p) => wildcardMatch(p, target));
    return coversEvery(patterns, target.every);
}
/**
 * Whether the statement covers the action. A NotAction covers a whole prefix only if it could
 * be shown to exclude none of its actions, which a list of names cannot show: CHECKS.md reads
 * it as leaving them open.
 */
function actionCovered(statement, action) {
    if (typeof action === 'string')
        return coversAction(statement, action);
    return !!statement.action && patternsCover(statement.action, action);
}
/** Whether the statement covers the resource; `unmatched` when that depends on a missing ARN. */
function resourceCovered(statement, resource) {
    if (!statement.resource && !statement.notResource)
        return 'yes';
    if (resource === undefined || resource === '') {
        if (statement.resource?.some((p) => /^\*+$/.test(p)))
            return 'yes';
        return 'unmatched';
    }
    if (typeof resource === 'string')
        return coversResource(statement, resource) ? 'yes' : 'no';
    return statement.resource && patternsCover(statement.resource, resource) ? 'yes' : 'no';
}
/**
 * Evaluates a request against a resource policy's statements: which Allows grant it to every
 * caller of the kind asked about, which Denies bind it for all of them, and which statements
 * cannot be matched because the resource's ARN is missing.
 */
function evaluateRequest(statements, request) {
    const evaluation = { grants: [], denies: [], unmatched: [] };
    statements.forEach((statement, index) => {
        if (!actionCovered(statement, request.action))
            return;
        const truth = and(principalTruth(statement, request.caller), conditionsTruth(statement, request));
        // An Allow grants when some request of the kind can meet it; a Deny binds when all must.
        const applies = statement.effect === 'Allow' ? truth !== 'never' : truth === 'always';
        if (!applies)
            return;
        const covered = resourceCovered(statement, request.resource);
        if (covered === 'no')
            return;
        const named = { statement, name: statementName(statement, index) };
        if (covered === 'unmatched')
            evaluation.unmatched.push(named);
        else if (statement.effect === 'Allow')
            evaluation.grants.push(named);
        else
            evaluation.denies.push(named);
    });
    return evaluation;
}
/**
 * Whether the policy grants the request to every caller of the kind asked about once its Denies
 * have been weighed: an explicit Deny that binds them all wins over every Allow.
 */
function grantToEveryone(statements, request) {
    const { grants, denies, unmatched } = evaluateRequest(statements, request);
    const [deny] = denies;
    const unmatchedGrants = unmatched.filter((s) => s.statement.effect === 'Allow');
    if (deny)
        return { status: 'closed', grants: [...grants, ...unmatchedGrants], deny };
    if (grants.length === 0 && unmatchedGrants.length === 0)
        return { status: 'closed', grants };
    // A Deny that might remove the grants, or grants that might exist: undecided, never closed.
    const unmatchedDeny = unmatched.length > unmatchedGrants.length;
    if (unmatchedDeny || grants.length === 0)
        return { status: 'unknown', unmatched };
    return { status: 'open', grants };
}
/** Whether a Deny binds the request for every caller of the kind asked about. */
function explicitDeny(statements, request) {
    const { denies, unmatched } = evaluateRequest(statements, request);
    const [deny] = denies;
    if (deny)
        return { status: 'denied', deny };
    const unmatchedDenies = unmatched.filter((s) => s.statement.effect === 'Deny');
    if (unmatchedDenies.length > 0)
        return { status: 'unknown', unmatched: unmatchedDenies };
    return { status: 'not-denied' };
}

;// CONCATENATED MODULE: ./src/rules/efs/security.ts




const EFS_CONTROLS_URL = 'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html';
const MOUNT = 'elasticfilesystem:ClientMount';
const ROOT_ACCESS = 'elasticfilesystem:ClientRootAccess';
const ACCESS_POINT_KEY = 'elasticfilesystem:AccessPointArn';
const NFS_PORT = 2049;
/** The file system policy's statements; null when none is set; a Verdict when it cannot be read. */
function policyStatements(fs) {
    if (!fs.policy.ok)
        return (0,kit/* unknown */.L5)(fs.policy.error);
    if (fs.policy.value === null)
        return null;
    try {
        return parsePolicy(fs.policy.value);
    }
    catch (error) {
        return { status: 'UNKNOWN', detail: `The file system policy is unreadable: ${String(error)}.` };
    }
}
const isVerdict = (read) => read !== null && !Array.isArray(read);
const names = (statements) => (0,common/* listWords */.yh)(statements.map((s) => s.name));
/**
 * UNKNOWN because statements name their resources and the file system's ARN, which they would
 * be matched against, is missing (an answer without FileSystemArn).
 */
function unmatchedArn(question, unmatched) {
    const which = unmatched.length === 1 ? `${names(unmatched)} names its` : `${names(unmatched)} name their`;
    return (0,kit/* undetermined */.nZ)(`Whether ${question} is not known: ${which} resources, and the file system's ARN was not collected.`, { statements: unmatched.map((s) => s.name) });
}
/** A client request to this file system; an empty ARN (not collected) stays unmatched. */
const clientRequest = (fs, action, caller, extra = {}) => ({ action, resource: fs.arn || undefined, caller, ...extra });
const unencrypted = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.unencrypted',
        title: 'EFS file system not encrypted at rest',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Encryption at rest can only be chosen at creation: create an encrypted file system (with a KMS key), copy the data over (AWS DataSync or a backup restore) and delete the unencrypted one.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
        },
        frameworks: { fsbp: ['EFS.1', 'EFS.8'], cis: ['2.4.1'] },
        failWhen: '`Encrypted` is false.',
    },
    judge: (fs) => fs.encrypted
        ? (0,kit/* pass */.IX)('Encrypted at rest.', { kmsKeyId: fs.kmsKeyId ?? null })
        : (0,kit/* fail */.fJ)('Not encrypted at rest: its data and metadata are stored in plain form.', {
            encrypted: false,
        }),
});
const tlsNotEnforced = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.tls-not-enforced',
        title: 'EFS file system does not enforce encryption in transit',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Add a file system policy statement that denies all client actions to principal * when aws:SecureTransport is false (the console option "Enforce in-transit encryption for all clients"), and mount with -o tls.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy, or none of its statements is a `Deny` to principal `*` (no NotPrincipal) covering `elasticfilesystem:ClientMount` (directly or through `Client*`, `elasticfilesystem:*`, `*`) on this file system whose only condition is `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean). UNKNOWN when such a Deny names its resources and the file system ARN was not collected.',
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,kit/* fail */.fJ)('No file system policy: the default policy lets clients connect without TLS.', {
                policy: null,
            });
        }
        // Every client action needs a mount first: denying ClientMount without TLS is enforcement,
        // whatever the statement says of ClientWrite and ClientRootAccess. It must bind every
        // caller: a NotPrincipal or a further condition spares some.
        const verdict = explicitDeny(statements, clientRequest(fs, MOUNT, 'anyone', { insecureTransport: true }));
        if (verdict.status === 'denied') {
            return (0,kit/* pass */.IX)(`The file system policy denies mounting without TLS to everyone (${verdict.deny.name}).`);
        }
        if (verdict.status === 'unknown') {
            return unmatchedArn('the file system policy denies mounting without TLS', verdict.unmatched);
        }
        return (0,kit/* fail */.fJ)(`The file system policy has no statement denying ${MOUNT} to everyone when aws:SecureTransport is false: clients may mount without TLS.`, { statements: statements.length });
    },
});
const nfsOpenToWorld = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.nfs-open-to-world',
        title: 'EFS mount target reachable over NFS from the internet',
        category: 'security',
        severity: 'critical',
        remediation: {
            text: 'Remove the inbound rules that admit the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) to TCP 2049 on the security groups of the mount targets; admit NFS only from the security groups or CIDRs of the clients.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/network-access.html',
        },
        frameworks: {},
        failWhen: "A security group of one of its mount targets admits TCP 2049 (by that port, by a range covering it, or with protocol `-1`) from the internet: `0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do. A mount target listed with no security group, or a prefix list whose entries could not be read, makes the result UNKNOWN unless another group opens NFS to the internet.",
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,kit/* unknown */.L5)(fs.mountTargets.error);
        if (fs.mountTargets.value.length === 0) {
            return (0,kit/* pass */.IX)('No mount targets: the file system is not reachable over NFS.');
        }
        const exposures = [];
        let failure;
        const missing = [];
        const bare = [];
        const uncollected = new Set();
        for (const target of fs.mountTargets.value) {
            if (!target.securityGroupIds.ok) {
                failure ??= target.securityGroupIds.error;
                continue;
            }
            if (target.securityGroupIds.value.length === 0) {
                bare.push(target.id);
                continue;
            }
            if (!efs.securityGroups.ok) {
                failure ??= efs.securityGroups.error;
                continue;
            }
            const groups = efs.securityGroups.value;
            for (const groupId of target.securityGroupIds.value) {
                const group = groups.find((g) => g.id === groupId);
                if (!group) {
                    missing.push(groupId);
                    continue;
                }
                const reaching = group.ingress.filter((p) => ingressReaches(p, 'tcp', NFS_PORT));
                const reach = internetReach(reaching, efs.prefixLists);
                if (reach.status === 'open') {
                    exposures.push(`${group.id} (${describeExposingRules(reach.rules)}) on ${target.id}`);
                }
                else if (reach.status === 'unresolved') {
                    if (reach.failure)
                        failure ??= reach.failure;
                    else
                        reach.prefixLists.forEach((id) => uncollected.add(id));
                }
            }
        }
        if (exposures.length > 0) {
            return (0,kit/* fail */.fJ)(`NFS (TCP 2049) is open to the internet: ${exposures.join('; ')}.`, {
                exposures,
            });
        }
        if (failure)
            return (0,kit/* unknown */.L5)(failure);
        const undecided = [];
        if (bare.length > 0) {
            const one = bare.length === 1;
            undecided.push(`Mount target${one ? '' : 's'} ${(0,common/* listWords */.yh)(bare)} ${one ? 'was' : 'were'} listed with no security group (AWS always has 1 to 5): ${one ? 'its' : 'their'} exposure cannot be judged.`);
        }
        if (missing.length > 0) {
            undecided.push(`Security groups ${(0,common/* listWords */.yh)(missing)} of its mount targets were not in the DescribeSecurityGroups listing.`);
        }
        if (uncollected.size > 0) {
            undecided.push(uncollectedPrefixLists([...uncollected].sort(), 'TCP 2049'));
        }
        if (undecided.length > 0)
            return { status: 'UNKNOWN', detail: undecided.join(' ') };
        return (0,kit/* pass */.IX)(`No security group of its ${fs.mountTargets.value.length} mount target(s) admits TCP 2049 from the internet.`);
    },
});
const iamAuthorizationOff = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.iam-authorization-off',
        title: 'EFS file system does not require IAM authorization for NFS clients',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Set a file system policy that grants client actions only to named IAM principals or through access points (condition on aws:PrincipalArn or elasticfilesystem:AccessPointArn), and mount with -o tls,iam.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: "There is no file system policy (the default lets any client that reaches a mount target mount, write and act as root), or a statement on this file system allows `elasticfilesystem:ClientMount` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal without a condition that restricts the caller's identity or access point, and no explicit `Deny` removes that grant (a Deny for all principals except named ones does). A condition restricts only when every value names specific principals, accounts or organisations (`StringEquals`, `StringLike`, `ArnEquals` or `ArnLike`, not their `IfExists` forms, on `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths` or `aws:userid`) or access points (`elasticfilesystem:AccessPointArn`): a bare `*` or a wildcard account field (`arn:aws:iam::*:role/x`) restricts nothing. A condition that only requires an authenticated caller (`Null` `aws:PrincipalArn` `false`) turns IAM authorization on and passes. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.",
    },
    judge: (fs) => {
        const statements = policyStatements(fs);
        if (isVerdict(statements))
            return statements;
        if (statements === null) {
            return (0,kit/* fail */.fJ)('No file system policy: any client that reaches a mount target can mount, write and act as root without IAM authorization.', { policy: null });
        }
        // Without ClientMount no anonymous client can mount ("Prevent anonymous access" grants
        // everyone ClientWrite and ClientRootAccess only): IAM then decides who mounts.
        const verdict = grantToEveryone(statements, clientRequest(fs, MOUNT, 'anonymous', { confiningKeys: [ACCESS_POINT_KEY] }));
        if (verdict.status === 'unknown') {
            return unmatchedArn('anonymous clients may mount', verdict.unmatched);
        }
        if (verdict.status === 'open') {
            const granting = verdict.grants.map((s) => s.name);
            return (0,kit/* fail */.fJ)(`The file system policy allows client actions to everyone without a condition on the caller's identity or access point (${(0,common/* listWords */.yh)(granting)}).`, { statements: granting });
        }
        if (verdict.deny) {
            return (0,kit/* pass */.IX)(`The file system policy grants client actions to everyone (${names(verdict.grants)}), but ${verdict.deny.name} denies ${MOUNT} to anonymous clients.`, { grants: verdict.grants.map((s) => s.name), deny: verdict.deny.name });
        }
        return (0,kit/* pass */.IX)('Client access is granted only to named principals or through access points.');
    },
});
function rootByPolicy(fs) {
    const statements = policyStatements(fs);
    if (isVerdict(statements))
        return { reasons: [], undecided: statements };
    if (statements === null) {
        return { reasons: ['no file system policy (the default policy allows root)'] };
    }
    // Root to anonymous clients, and to an authenticated caller of any account: a condition that
    // only requires authentication (Null aws:PrincipalArn false) squashes nothing.
    const anonymous = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'anonymous'));
    const anyAccount = grantToEveryone(statements, clientRequest(fs, ROOT_ACCESS, 'authenticated'));
    if (anonymous.status === 'open') {
        return {
            reasons: anonymous.grants.map((s) => `${s.name} grants ClientRootAccess to everyone`),
        };
    }
    if (anyAccount.status === 'open') {
        return {
            reasons: anyAccount.grants.map((s) => `${s.name} grants ClientRootAccess to any authenticated caller of any account`),
        };
    }
    for (const verdict of [anonymous, anyAccount]) {
        if (verdict.status === 'unknown') {
            return { reasons: [], undecided: unmatchedArn('clients can act as root', verdict.unmatched) };
        }
    }
    for (const verdict of [anyAccount, anonymous]) {
        if (verdict.status === 'closed' && verdict.deny && verdict.grants.length > 0) {
            return { reasons: [], removed: { grants: verdict.grants, deny: verdict.deny } };
        }
    }
    return { reasons: [] };
}
const rootNotSquashed = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.root-not-squashed',
        title: 'EFS file system lets clients act as root',
        category: 'security',
        severity: 'high',
        remediation: {
            text: 'Set a file system policy that does not grant elasticfilesystem:ClientRootAccess to principal * (the console option "Prevent root access by default"), and give access points a non-root PosixUser.',
            url: 'https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html',
        },
        frameworks: {},
        failWhen: 'There is no file system policy; or a statement on this file system allows `elasticfilesystem:ClientRootAccess` (directly, through `Client*`, `elasticfilesystem:*`, `*` or by NotAction) to principal `*` or through a NotPrincipal, to anonymous clients or to authenticated callers of any account (a `Null` `aws:PrincipalArn` `false` condition still fails), with no condition naming specific principals, accounts or organisations (a bare `*` or a wildcard account field names none), and no explicit `Deny` removes that grant (a Deny for all principals except named ones does); or an access point of the file system, in scope or not, enforces PosixUser Uid 0. UNKNOWN when the verdict turns on a statement that names its resources and the file system ARN was not collected.',
    },
    judge: (fs, efs) => {
        const policy = rootByPolicy(fs);
        const reasons = [...policy.reasons];
        let undecided = policy.undecided;
        const listed = efs.accessPoints;
        if (!listed.ok)
            undecided ??= (0,kit/* unknown */.L5)(listed.error);
        // In scope or not, a Uid 0 access point gives this file system's clients root. Before the
        // scope filter runs, `accessPoints` is the whole listing.
        const rootPoints = (efs.allAccessPoints ?? (listed.ok ? listed.value : []))
            .filter((ap) => ap.fileSystemId === fs.id && ap.posixUser?.uid === 0)
            .map((ap) => ap.id);
        if (rootPoints.length > 0) {
            reasons.push(`access point ${(0,common/* listWords */.yh)(rootPoints)} enforces PosixUser Uid 0`);
        }
        if (reasons.length > 0) {
            return (0,kit/* fail */.fJ)(`Clients can act as root: ${reasons.join('; ')}.`, { reasons });
        }
        if (undecided)
            return undecided;
        if (policy.removed) {
            const { grants, deny } = policy.removed;
            return (0,kit/* pass */.IX)(`The file system policy grants ClientRootAccess to everyone (${names(grants)}), but ${deny.name} denies it to every caller the policy does not name, and no access point enforces Uid 0.`);
        }
        return (0,kit/* pass */.IX)('The file system policy grants ClientRootAccess to no one anonymous, and no access point enforces Uid 0.');
    },
});
const mountTargetPublicSubnet = (0,common/* fileSystemRule */.yc)({
    meta: {
        id: 'efs.mount-target-public-subnet',
        title: 'EFS mount target in a subnet that assigns public IPs',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Move the mount targets to private subnets (MapPublicIpOnLaunch false): delete each mount target and create it again in a private subnet of the same Availability Zone.',
            url: `${EFS_CONTROLS_URL}#efs-6`,
        },
        frameworks: { fsbp: ['EFS.6'] },
        failWhen: 'A mount target of the file system is in a subnet with `MapPublicIpOnLaunch` true.',
    },
    judge: (fs, efs) => {
        if (!fs.mountTargets.ok)
            return (0,kit/* unknown */.L5)(fs.mountTargets.error);
        const targets = fs.mountTargets.value;
        if (targets.length === 0)
            return (0,kit/* pass */.IX)('No mount targets.');
        if (!efs.subnets.ok)
            return (0,kit/* unknown */.L5)(efs.subnets.error);
        const subnets = efs.subnets.value;
        const publicTargets = targets.filter((t) => subnets.find((s) => s.id === t.subnetId)?.mapPublicIpOnLaunch === true);
        if (publicTargets.length > 0) {
            const where = publicTargets.map((t) => `${t.id} in ${t.subnetId}`);
            return (0,kit/* fail */.fJ)(`Mount targets in subnets that assign public IPs on launch: ${(0,common/* listWords */.yh)(where)}.`, { mountTargets: where });
        }
        const unlisted = targets.filter((t) => !subnets.some((s) => s.id === t.subnetId));
        if (unlisted.length > 0) {
            return {
                status: 'UNKNOWN',
                detail: `Subnets ${(0,common/* listWords */.yh)(unlisted.map((t) => t.subnetId))} of its mount targets were not in the DescribeSubnets listing.`,
            };
        }
        return (0,kit/* pass */.IX)(`None of its ${targets.length} mount target(s) is in a subnet that assigns public IPs.`);
    },
});
const accessPointRootDirectory = (0,common/* accessPointRule */.Dp)({
    meta: {
        id: 'efs.access-point-root-directory',
        title: 'EFS access point exposes the file system root',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a RootDirectory Path below / (e.g. /app), so its clients see only that directory tree.',
            url: `${EFS_CONTROLS_URL}#efs-3`,
        },
        frameworks: { fsbp: ['EFS.3'] },
        failWhen: 'The access point has RootDirectory `Path` `/`, which is also what AWS uses when none was given.',
    },
    judge: (ap) => ap.rootDirectoryPath === '/'
        ? (0,kit/* fail */.fJ)(`Access point of ${ap.fileSystemId} uses the file system root / as its root directory.`, {
            path: ap.rootDirectoryPath,
        })
        : (0,kit/* pass */.IX)(`Access point of ${ap.fileSystemId} is confined to ${ap.rootDirectoryPath}.`, {
            path: ap.rootDirectoryPath,
        }),
});
const accessPointUserIdentity = (0,common/* accessPointRule */.Dp)({
    meta: {
        id: 'efs.access-point-user-identity',
        title: 'EFS access point does not enforce a user identity',
        category: 'security',
        severity: 'medium',
        remediation: {
            text: 'Create the access point with a PosixUser (Uid, Gid, non-zero for application data), so every request through it acts as that user whatever the client claims.',
            url: `${EFS_CONTROLS_URL}#efs-4`,
        },
        frameworks: { fsbp: ['EFS.4'] },
        failWhen: 'The access point enforces no `PosixUser`.',
    },
    judge: (ap) => ap.posixUser
        ? (0,kit/* pass */.IX)(`Access point of ${ap.fileSystemId} enforces Uid ${ap.posixUser.uid}, Gid ${ap.posixUser.gid}.`, { posixUser: ap.posixUser })
        : (0,kit/* fail */.fJ)(`Access point of ${ap.fileSystemId} enforces no PosixUser: clients act as whatever user they claim.`, { posixUser: null }),
});

;// CONCATENATED MODULE: ./src/rules/efs/index.ts





/** The eighteen EFS checks, in CHECKS.md order. */
const efsRules = [
    throughputOverprovisioned,
    burstCreditsLow,
    noIaLifecycle,
    maxioUnneeded,
    unused,
    unencrypted,
    tlsNotEnforced,
    nfsOpenToWorld,
    iamAuthorizationOff,
    rootNotSquashed,
    criticalNotReplicated,
    noBackup,
    oneZoneProduction,
    alarmsMissing,
    metadataHot,
    accessPointRootDirectory,
    accessPointUserIdentity,
    mountTargetPublicSubnet,
];

// EXTERNAL MODULE: ./src/collect/convert.ts
var convert = __webpack_require__(2997);
// EXTERNAL MODULE: ./src/model/iam.ts
var iam = __webpack_require__(1632);
// EXTERNAL MODULE: ./src/model/inventory.ts
var inventory = __webpack_require__(1621);
// EXTERNAL MODULE: ./src/model/iam-credentials.ts
var iam_credentials = __webpack_require__(6275);
;// CONCATENATED MODULE: ./src/rules/iam-credentials.ts



/**
 * The credential checks: the root user and each IAM user as the credential report shows them,
 * and the account password policy. Ages are whole days before the scan (the inventory's
 * collectedAt, when collection began); the report itself can be up to four hours older (see the
 * collector), or a little newer, made during the scan (an age then reads 0 days).
 */
const USER_TYPE = 'AWS::IAM::User';
/** IAM.3 and CIS 1.14: rotate active access keys every 90 days or less. */
const ROTATION_DAYS = 90;
/** IAM.22 and CIS 1.12: credentials unused for 45 days or more. */
const UNUSED_DAYS = 45;
/** IAM.15 and CIS 1.8. */
const MIN_PASSWORD_LENGTH = 14;
/** IAM.16 and CIS 1.9. */
const PASSWORD_REUSE = 24;
const iam_credentials_notCollected = (what) => (0,kit/* undetermined */.nZ)(`Could not be assessed: this inventory was saved before posture-gate collected ${what}.`);
/** One result about the account, from an IAM part field that an older inventory lacks. */
function accountRule(meta, read, what, judge) {
    return {
        meta,
        evaluate(inventory) {
            return (0,kit/* partsOf */.CI)(inventory, 'iam').map(({ region, part }) => {
                const ref = {
                    region,
                    resourceId: inventory.account,
                    resourceType: kit/* ACCOUNT_TYPE */.HR,
                };
                const value = read(part);
                if (value === undefined)
                    return (0,kit/* toFinding */.N6)(ref, iam_credentials_notCollected(what));
                if (!value.ok)
                    return (0,kit/* toFinding */.N6)(ref, (0,kit/* unknown */.L5)(value.error));
                const judged = judge(value.value, ref);
                return (0,kit/* toFinding */.N6)(judged.ref, judged.verdict);
            });
        },
    };
}
/** A check of the root user's row; the report lacks it on emulators (moto): UNKNOWN, never PASS. */
function rootRule(meta, judge) {
    return accountRule(meta, (iam) => iam.credentialReport, 'the credential report', (report, ref) => {
        const root = report.users.find((u) => u.user === iam_credentials/* ROOT_ACCOUNT_USER */.DF);
        if (!root) {
            return {
                ref,
                verdict: (0,kit/* undetermined */.nZ)(`Could not be assessed: the credential report has no ${iam_credentials/* ROOT_ACCOUNT_USER */.DF} row for the root user.`),
            };
        }
        return { ref: { ...ref, resourceArn: root.arn }, verdict: judge(root) };
    });
}
/**
 * The report's IAM users (the root user aside), without those `exclude-tags` or `environment`
 * left out: the scope filters the tagged user listing, and the report's rows carry no tags.
 */
function reportUsers(iam) {
    const report = iam.credentialReport;
    if (report === undefined)
        return undefined;
    const listed = iam.users.ok ? new Set(iam.users.value.map((u) => u.arn)) : undefined;
    return (0,inventory/* mapFetched */.KX)(report, (r) => r.users.filter((u) => u.user !== iam_credentials/* ROOT_ACCOUNT_USER */.DF && (!listed || listed.has(u.arn))));
}
/** A check judged per IAM user row of the credential report. */
function userRule(check) {
    const perUser = (0,kit/* resourceRule */.vE)({
        meta: check.meta,
        resources: (iam) => reportUsers(iam) ?? { ok: true, value: [] },
        ref: (user) => ({
            region: inventory/* GLOBAL_REGION */.ju,
            resourceId: user.arn,
            resourceArn: user.arn,
            resourceName: user.user,
            resourceType: USER_TYPE,
        }),
        appliesTo: check.appliesTo,
        judge: (user, _iam, context) => check.judge(user, context),
    });
    return {
        meta: check.meta,
        *evaluate(inventory, context) {
            yield* (0,kit/* partsOf */.CI)(inventory, 'iam')
                .filter(({ part }) => part.credentialReport === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, iam_credentials_notCollected('the credential report')));
            yield* perUser.evaluate(inventory, context);
        },
    };
}
const activeKeys = (user) => user.accessKeys.flatMap((key, i) => key.active ? [{ ...key, name: `access key ${i + 1}` }] : []);
const hasPassword = (user) => user.passwordEnabled === true;
const days = (n) => `${n} ${n === 1 ? 'day' : 'days'}`;
/** Phrases joined into the start of a sentence. */
const sentence = (phrases) => {
    const text = phrases.join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
};
const rootAccessKey = rootRule({
    id: 'iam.root-access-key',
    title: 'Root user has an active access key',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: 'Sign in as the root user and delete its access keys; give automation an IAM role instead.',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user_manage_delete-key',
    },
    frameworks: { fsbp: ['IAM.4'], cis: ['1.4'] },
    failWhen: 'The `<root_account>` row of the credential report has `access_key_1_active` or `access_key_2_active` true. A report without that row is UNKNOWN.',
}, (root) => {
    const active = activeKeys(root).map((k) => k.name);
    return active.length > 0
        ? (0,kit/* fail */.fJ)(`The root user has an active ${active.join(' and ')}.`, { activeKeys: active })
        : (0,kit/* pass */.IX)('The root user has no active access key.');
});
const rootMfaOff = rootRule({
    id: 'iam.root-mfa-off',
    title: 'Root user has no MFA',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: 'Sign in as the root user and assign it an MFA device (a hardware key or passkey preferably).',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    },
    frameworks: { fsbp: ['IAM.9'], cis: ['1.5'] },
    failWhen: 'The `<root_account>` row of the credential report has `mfa_active` false. A report without that row is UNKNOWN.',
}, (root) => (0,kit/* passIf */.n4)(root.mfaActive, root.mfaActive
    ? 'The root user has an MFA device.'
    : 'The root user has no MFA device (mfa_active is false in the credential report).'));
const userConsoleNoMfa = userRule({
    meta: {
        id: 'iam.user-console-no-mfa',
        title: 'IAM user with a console password has no MFA',
        service: 'iam',
        category: 'security',
        severity: 'high',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Assign the user an MFA device, or remove its console password if it does not sign in to the console.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
        },
        frameworks: { fsbp: ['IAM.5'], cis: ['1.10'] },
        failWhen: 'A user of the credential report has `password_enabled` true and `mfa_active` false. Users without a console password are not judged.',
    },
    appliesTo: hasPassword,
    judge: (user) => (0,kit/* passIf */.n4)(user.mfaActive, user.mfaActive
        ? 'The user has a console password and an MFA device.'
        : 'The user has a console password and no MFA device.'),
});
const accessKeyNotRotated = userRule({
    meta: {
        id: 'iam.access-key-not-rotated',
        title: 'Active access key older than 90 days',
        service: 'iam',
        category: 'security',
        severity: 'medium',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Create a second access key, move its users to it, then deactivate and delete the old key; better, replace the user with a role.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey',
        },
        frameworks: { fsbp: ['IAM.3'], cis: ['1.14'] },
        failWhen: `A user's active access key was created or last rotated (\`access_key_N_last_rotated\`) more than ${ROTATION_DAYS} days before the scan. One result per user, naming the key (1 or 2).`,
    },
    appliesTo: (user) => activeKeys(user).length > 0,
    judge: (user, context) => {
        const keys = activeKeys(user).map((key) => ({
            key: key.name,
            lastRotated: key.lastRotated,
            ageDays: (0,iam_credentials/* isReportDate */.F1)(key.lastRotated) ? (0,kit/* ageInDays */.QR)(key.lastRotated, context.now) : undefined,
        }));
        const evidence = { keys };
        const old = keys.filter((k) => k.ageDays !== undefined && k.ageDays > ROTATION_DAYS);
        if (old.length > 0) {
            const words = old.map((k) => `${k.key} was last rotated ${days(k.ageDays)} ago`);
            return (0,kit/* fail */.fJ)(`${sentence(words)}: more than ${ROTATION_DAYS} days.`, evidence);
        }
        const unread = keys.find((k) => k.ageDays === undefined);
        if (unread) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: the credential report gives "${unread.lastRotated}" as the rotation date of active ${unread.key}.`, evidence);
        }
        const words = keys.map((k) => `${k.key} ${days(k.ageDays)} old`);
        return (0,kit/* pass */.IX)(`Every active access key was rotated within ${ROTATION_DAYS} days (${words.join(', ')}).`, evidence);
    },
});
/**
 * A credential's idle time: since its last use, or, never used (`N/A`, `no_information`), since
 * it was set. A password is set at password_last_changed (which user_creation_time may predate by
 * years); an access key is created at access_key_N_last_rotated.
 */
function idleTime(credential, lastUsed, setAt, setWord, now) {
    if ((0,iam_credentials/* isReportDate */.F1)(lastUsed)) {
        const idleDays = (0,kit/* ageInDays */.QR)(lastUsed, now);
        return { credential, idleDays, words: `${credential} was last used ${days(idleDays)} ago` };
    }
    if (lastUsed !== 'not_supported' && (0,iam_credentials/* isReportDate */.F1)(setAt)) {
        const idleDays = (0,kit/* ageInDays */.QR)(setAt, now);
        return {
            credential,
            idleDays,
            words: `${credential} was never used and was ${setWord} ${days(idleDays)} ago`,
        };
    }
    return {
        credential,
        words: `the credential report gives no date of use or creation for ${credential} ("${lastUsed}", "${setAt}")`,
    };
}
const credentialsUnused = userRule({
    meta: {
        id: 'iam.credentials-unused',
        title: 'IAM user credential unused for 45 days',
        service: 'iam',
        category: 'security',
        severity: 'medium',
        resourceType: USER_TYPE,
        remediation: {
            text: 'Remove the console password or deactivate the access key that is not used (and delete the user if nothing of it is).',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
        },
        frameworks: { fsbp: ['IAM.22'], cis: ['1.12'] },
        failWhen: `A user's console password or active access key was last used ${UNUSED_DAYS} days or more before the scan; one never used (\`N/A\` or \`no_information\`) counts from when it was set: the password from \`password_last_changed\`, the key from \`access_key_N_last_rotated\`.`,
    },
    appliesTo: (user) => hasPassword(user) || activeKeys(user).length > 0,
    judge: (user, context) => {
        const idle = [
            ...(hasPassword(user)
                ? [
                    idleTime('the console password', user.passwordLastUsed, user.passwordLastChanged, 'set', context.now),
                ]
                : []),
            ...activeKeys(user).map((key) => idleTime(key.name, key.lastUsed, key.lastRotated, 'created', context.now)),
        ];
        const evidence = {
            credentials: idle.map(({ credential, idleDays }) => ({
                credential,
                idleDays: idleDays ?? null,
            })),
        };
        const words = (list) => sentence(list.map((i) => i.words));
        const stale = idle.filter((i) => i.idleDays !== undefined && i.idleDays >= UNUSED_DAYS);
        if (stale.length > 0) {
            return (0,kit/* fail */.fJ)(`${words(stale)}: unused for ${UNUSED_DAYS} days or more.`, evidence);
        }
        const unread = idle.filter((i) => i.idleDays === undefined);
        if (unread.length > 0)
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${unread[0]?.words}.`, evidence);
        return (0,kit/* pass */.IX)(`${words(idle)}: each within ${UNUSED_DAYS} days.`, evidence);
    },
});
const passwordPolicyWeak = accountRule({
    id: 'iam.password-policy-weak',
    title: 'Account password policy is weak or missing',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: kit/* ACCOUNT_TYPE */.HR,
    remediation: {
        text: `Set an account password policy with a minimum length of ${MIN_PASSWORD_LENGTH} or more and password reuse prevention of ${PASSWORD_REUSE}.`,
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    },
    frameworks: { fsbp: ['IAM.15', 'IAM.16'], cis: ['1.8', '1.9'] },
    failWhen: `The account has no password policy (\`NoSuchEntity\`), or its \`MinimumPasswordLength\` is below ${MIN_PASSWORD_LENGTH}, or its \`PasswordReusePrevention\` is below ${PASSWORD_REUSE} or absent (no reuse prevention).`,
}, (iam) => iam.passwordPolicy, 'the password policy', (policy, ref) => {
    if (policy === null) {
        return { ref, verdict: (0,kit/* fail */.fJ)('The account has no password policy.', { policy: null }) };
    }
    const { minimumPasswordLength: length, passwordReusePrevention: reuse } = policy;
    const evidence = {
        minimumPasswordLength: length ?? null,
        passwordReusePrevention: reuse ?? null,
    };
    const shortfalls = [
        ...(length !== undefined && length < MIN_PASSWORD_LENGTH
            ? [`its minimum password length is ${length}, below ${MIN_PASSWORD_LENGTH}`]
            : []),
        ...(reuse === undefined
            ? [`it does not prevent password reuse (${PASSWORD_REUSE} previous passwords needed)`]
            : reuse < PASSWORD_REUSE
                ? [`it prevents the reuse of ${reuse} previous passwords, below ${PASSWORD_REUSE}`]
                : []),
    ];
    if (shortfalls.length > 0) {
        return {
            ref,
            verdict: (0,kit/* fail */.fJ)(`The password policy is weak: ${shortfalls.join('; ')}.`, evidence),
        };
    }
    if (length === undefined) {
        return {
            ref,
            verdict: (0,kit/* undetermined */.nZ)('Could not be assessed: GetAccountPasswordPolicy gave no MinimumPasswordLength.', evidence),
        };
    }
    return {
        ref,
        verdict: (0,kit/* pass */.IX)(`The password policy requires ${length} characters or more and prevents the reuse of ${reuse} previous passwords.`, evidence),
    };
});
/** The credential checks, in catalogue order. */
const iamCredentialRules = [
    rootAccessKey,
    rootMfaOff,
    userConsoleNoMfa,
    accessKeyNotRotated,
    credentialsUnused,
    passwordPolicyWeak,
];

;// CONCATENATED MODULE: ./src/rules/iam-escalation.ts
/**
 * Known IAM privilege-escalation paths, and which of them a principal's policies grant.
 *
 * The table is the 21 methods of Spencer Gietzen, "AWS IAM Privilege Escalation - Methods and
 * Mitigation", Rhino Security Labs, 2018
 * (https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/), numbered as
 * there; the same paths are the ones Rhino's Pacu module `iam__privesc_scan` looks for.
 *
 * How far it goes, by design:
 * - Allow statements count whatever their conditions (a condition narrows when, not whether,
 *   a path exists), except `iam:PassedToService` on `iam:PassRole`, which decides which service
 *   a role can be passed to and so which paths PassRole opens.
 * - Resources: IAM actions count when a Resource can match an ARN of the type they act on in the
 *   principal's account (`*`, `user/*`, one named user...). CreateAccessKey, CreateLoginProfile
 *   and UpdateLoginProfile count only on users other than the principal itself (its own ARN or
 *   `user/${aws:username}` is self-service). iam:PassRole counts on any role pattern with a
 *   wildcard, and on a named role only when that role is a full administrator. Actions on other
 *   services' resources (ec2:RunInstances, lambda:UpdateFunctionCode...) count on any resource:
 *   the role behind a function or endpoint is what they reach.
 * - A Deny removes an action only when it binds unconditionally and covers every resource of
 *   the type; permission boundaries and SCPs are not collected, so they are not weighed.
 */

const passRole = (service) => ({
    action: 'iam:PassRole',
    reach: 'pass-role',
    passedTo: service,
});
const on = (reach, action) => ({ action, reach });
const ESCALATION_PATHS = [
    { method: 1, steps: [on('policy', 'iam:CreatePolicyVersion')] },
    { method: 2, steps: [on('policy', 'iam:SetDefaultPolicyVersion')] },
    { method: 3, steps: [passRole('ec2.amazonaws.com'), on('any', 'ec2:RunInstances')] },
    { method: 4, steps: [on('other-user', 'iam:CreateAccessKey')] },
    { method: 5, steps: [on('other-user', 'iam:CreateLoginProfile')] },
    { method: 6, steps: [on('other-user', 'iam:UpdateLoginProfile')] },
    { method: 7, steps: [on('user', 'iam:AttachUserPolicy')] },
    { method: 8, steps: [on('group', 'iam:AttachGroupPolicy')] },
    { method: 9, steps: [on('role', 'iam:AttachRolePolicy')] },
    { method: 10, steps: [on('user', 'iam:PutUserPolicy')] },
    { method: 11, steps: [on('group', 'iam:PutGroupPolicy')] },
    { method: 12, steps: [on('role', 'iam:PutRolePolicy')] },
    { method: 13, steps: [on('group', 'iam:AddUserToGroup')] },
    { method: 14, steps: [on('role', 'iam:UpdateAssumeRolePolicy'), on('role', 'sts:AssumeRole')] },
    {
        method: 15,
        steps: [
            passRole('lambda.amazonaws.com'),
            on('any', 'lambda:CreateFunction'),
            on('any', 'lambda:InvokeFunction'),
        ],
    },
    {
        method: 16,
        steps: [
            passRole('lambda.amazonaws.com'),
            on('any', 'lambda:CreateFunction'),
            on('any', 'lambda:CreateEventSourceMapping'),
        ],
    },
    { method: 17, steps: [on('any', 'lambda:UpdateFunctionCode')] },
    { method: 18, steps: [passRole('glue.amazonaws.com'), on('any', 'glue:CreateDevEndpoint')] },
    { method: 19, steps: [on('any', 'glue:UpdateDevEndpoint')] },
    {
        method: 20,
        steps: [passRole('cloudformation.amazonaws.com'), on('any', 'cloudformation:CreateStack')],
    },
    {
        method: 21,
        steps: [
            passRole('datapipeline.amazonaws.com'),
            on('any', 'datapipeline:CreatePipeline'),
            on('any', 'datapipeline:PutPipelineDefinition'),
        ],
    },
];
/** How a detail names a path: its actions joined by `+`. */
const pathName = (path) => path.steps.map((s) => s.action).join(' + ');
/** `arn:aws:iam::111122223333:user/`: the start of the ARNs of one IAM resource type. */
function typePrefix(principalArn, type) {
    const [, partition = 'aws', , , account = ''] = principalArn.split(':');
    return `arn:${partition}:iam::${account}:${type}/`;
}
const REACH_TYPE = {
    policy: 'policy',
    user: 'user',
    group: 'group',
    role: 'role',
    'other-user': 'user',
    'pass-role': 'role',
};
/** `user/${aws:username}`, under any path: the caller's own user, whatever the account field. */
const OWN_USER = /:user\/(?:.*\/)?\$\{aws:username\}$/i;
/**
 * Whether a Resource pattern that can match user ARNs can match a user other than `self`. A
 * pattern whose wildcards are all before `:user/` (`arn:aws:iam::*:user/u`) matches, in the
 * principal's account, only the user it names.
 */
function reachesOtherUser(pattern, self) {
    if (pattern === self || OWN_USER.test(pattern))
        return false;
    const at = pattern.indexOf(':user/');
    return !(at >= 0 && !hasWildcard(pattern.slice(at)) && wildcardMatch(pattern, self));
}
/**
 * A Resource pattern that names one role: no wildcard anywhere (`arn:aws:iam::*:role/admin`
 * matches the account's own role admin, so it counts as a pattern, not as a role's ARN).
 */
function namedRole(pattern) {
    if (!pattern.includes(':role/') || hasWildcard(pattern))
        return undefined;
    return pattern;
}
/**
 * Whether an Allow statement grants `step`: `yes`, `no`, or the ARNs of named roles whose
 * privileges decide it and could not be read.
 */
function grantsStep(s, step, context) {
    if (s.effect !== 'Allow' || !coversAction(s, step.action))
        return 'no';
    if (step.passedTo && !passesTo(s, step.passedTo))
        return 'no';
    const type = REACH_TYPE[step.reach];
    if (!type)
        return 'yes';
    const prefix = typePrefix(context.arn, type);
    if (!s.resource) {
        // NotResource grants every resource it does not list; no Resource at all reads as every one.
        return s.notResource && coversEvery(s.notResource, prefix) ? 'no' : 'yes';
    }
    const reaching = s.resource.filter((p) => mayMatchArnPrefix(p, prefix));
    if (step.reach === 'other-user') {
        return reaching.some((p) => reachesOtherUser(p, context.arn)) ? 'yes' : 'no';
    }
    if (step.reach !== 'pass-role')
        return reaching.length > 0 ? 'yes' : 'no';
    const unreadable = [];
    for (const pattern of reaching) {
        const role = namedRole(pattern);
        if (!role)
            return 'yes';
        const admin = context.roleIsAdmin(role);
        if (admin === true)
            return 'yes';
        if (admin === 'unreadable')
            unreadable.push(role);
    }
    return unreadable.length > 0 ? unreadable : 'no';
}
/**
 * Whether a PassRole statement lets the role go to `service`: every `iam:PassedToService`
 * condition must admit it (a positive one by matching a value, a negated one by matching none).
 */
function passesTo(s, service) {
    return conditionsOn(s, 'iam:PassedToService').every((c) => {
        const sense = operatorSense(c.operator);
        const matches = c.values.some((v) => wildcardMatch(v, service));
        if (sense === 'positive')
            return matches;
        return sense === 'negated' ? !matches : true;
    });
}
/** A Deny that binds unconditionally, covers the action and every resource the step reaches. */
function deniesStep(s, step, context) {
    if (s.effect !== 'Deny' || s.conditions.length > 0 || !coversAction(s, step.action))
        return false;
    if (!s.resource)
        return !s.notResource;
    const type = REACH_TYPE[step.reach];
    return type
        ? coversEvery(s.resource, typePrefix(context.arn, type))
        : s.resource.some((p) => /^\*+$/.test(p));
}
/**
 * Every path the statements grant in full: each step allowed by some statement and denied by
 * none. A path that lacks only steps hanging on unreadable roles names those roles instead.
 */
function escalationPaths(statements, context) {
    const hits = [];
    const unreadableRoles = new Set();
    for (const path of ESCALATION_PATHS) {
        const grants = [];
        const pending = [];
        let met = 0;
        for (const step of path.steps) {
            if (statements.some((s) => deniesStep(s.body, step, context)))
                break;
            let granted;
            const hanging = [];
            for (const s of statements) {
                const answer = grantsStep(s.body, step, context);
                if (answer === 'yes') {
                    granted = { action: step.action, policy: s.policy, statement: s.statement };
                    break;
                }
                if (Array.isArray(answer))
                    hanging.push(...answer);
            }
            if (granted)
                grants.push(granted);
            else if (hanging.length > 0)
                pending.push(...hanging);
            else
                break;
            met++;
        }
        if (met < path.steps.length)
            continue;
        if (pending.length === 0)
            hits.push({ path: pathName(path), method: path.method, grants });
        else
            pending.forEach((arn) => unreadableRoles.add(arn));
    }
    return { hits, unreadableRoles: [...unreadableRoles].sort() };
}

;// CONCATENATED MODULE: ./src/rules/iam-trust.ts
/**
 * Who a role's trust policy lets assume the role, as `iam.role-trust-too-broad` asks it: anyone
 * (a principal `*` that no condition pins to an account, organisation or principal), or any
 * GitHub repository (the GitHub Actions OIDC provider without a pinned `aud` and `sub`).
 */


/** The STS actions that assume a role; `sts:TagSession` and `sts:SetSourceIdentity` do not. */
const ASSUME_ACTIONS = [
    'sts:AssumeRole',
    'sts:AssumeRoleWithWebIdentity',
    'sts:AssumeRoleWithSAML',
];
/**
 * Keys present only when an AWS service assumes the role on behalf of a resource: a value
 * naming an account, organisation or resource confines the grant to that service call (IAM's
 * confused-deputy guidance, https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
 * `sts:ExternalId` is not one: the caller supplies it in its AssumeRole request, so it tells who
 * knows a value, not who the caller is; the guide pairs it with a principal naming the third
 * party's account, and with principal `*` any account that learns the value can assume the role.
 */
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOrgID', 'aws:SourceOrgPaths'];
/** GitHub's issuer as the OIDC provider's ARN ends, with an enterprise's own issuer path. */
const GITHUB_PROVIDER = /:oidc-provider\/(token\.actions\.githubusercontent\.com(?:\/[^/]+)?)$/;
/** The audience GitHub's official action asks for, as GitHub's and AWS's guides pin it. */
const STS_AUDIENCE = 'sts.amazonaws.com';
/** Reads a trust policy's statements; `roleArn` matches a Resource element if one is there. */
function readTrustPolicy(statements, roleArn) {
    const reading = { open: [], unreadable: [] };
    const seen = new Set();
    for (const action of ASSUME_ACTIONS) {
        const verdict = grantToEveryone(statements, {
            action,
            resource: roleArn,
            caller: 'authenticated',
            confiningKeys: SOURCE_KEYS,
        });
        if (verdict.status !== 'open')
            continue;
        for (const grant of verdict.grants) {
            if (seen.has(grant.name))
                continue;
            seen.add(grant.name);
            const conditioned = grant.statement.conditions.length > 0;
            reading.open.push({
                statement: grant.name,
                who: conditioned
                    ? 'any AWS account (its conditions pin no account, organisation or principal)'
                    : 'any AWS account',
            });
        }
    }
    statements.forEach((statement, index) => {
        const issuer = githubIssuer(statement);
        if (!issuer || statement.effect !== 'Allow')
            return;
        if (!coversAction(statement, 'sts:AssumeRoleWithWebIdentity'))
            return;
        const name = statementName(statement, index);
        const result = readGithubStatement(statement, statements, issuer);
        if (result.kind === 'open')
            reading.open.push({ statement: name, who: result.who });
        if (result.kind === 'unreadable')
            reading.unreadable.push({ statement: name, who: result.who });
    });
    return reading;
}
/** The GitHub issuer a statement's Federated principal names, if any. */
function githubIssuer(statement) {
    for (const arn of statement.principal?.Federated ?? []) {
        const match = GITHUB_PROVIDER.exec(arn);
        if (match)
            return match[1];
    }
    return undefined;
}
/**
 * The conditions on `key` that every request through the statement must meet: the statement's
 * own positive ones, and, read as their positive form, the negated condition of a Deny that
 * binds the same provider with that condition alone (Deny unless `sub` is X allows only X).
 */
function pinningConditions(allow, statements, issuer, key) {
    const own = allow.conditions.filter((c) => c.key.toLowerCase() === key && operatorSense(c.operator) === 'positive');
    const fromDenies = statements.flatMap((s) => {
        if (s.effect !== 'Deny' || s.notPrincipal || s.conditions.length !== 1)
            return [];
        if (!coversAction(s, 'sts:AssumeRoleWithWebIdentity'))
            return [];
        const bindsAll = Object.entries(s.principal ?? {}).some(([type, ids]) => ids.some((id) => id === '*' || (type === 'Federated' && githubIssuer(s) === issuer)));
        const [c] = s.conditions;
        if (!bindsAll || c.key.toLowerCase() !== key || operatorSense(c.operator) !== 'negated') {
            return [];
        }
        const { base } = baseOperator(c.operator);
        return [{ ...c, operator: base.includes('like') ? 'StringLike' : 'StringEquals' }];
    });
    return [...own, ...fromDenies];
}
const isBroad = (r) => r.kind === 'broad';
const ANY_REPOSITORY = { kind: 'broad', who: 'any repository on GitHub', rank: 0 };
/**
 * Subjects GitHub issues (https://docs.github.com/en/actions/reference/security/oidc) for a
 * branch, a pull request and an environment of a repository of an owner no trust policy names.
 */
const PROBE_SUBJECTS = ['ref:refs/heads/main', 'pull_request', 'environment:production'].map((context) => `repo:posture-gate-probe-owner/posture-gate-probe-repo:${context}`);
/**
 * What one `sub` value lets in. Under StringEquals a value is exact (its `*` is a literal
 * character, so it names one subject); under StringLike it names specific repositories only
 * when the owner and the repository name are free of wildcards (`repo:org/app:*` is every
 * branch and environment of one repository, `repo:org/*` every repository of the owner).
 */
function readSubject(value, like) {
    if (!like || !hasWildcard(value))
        return { kind: 'pinned' };
    if (/^[*?]+$/.test(value))
        return ANY_REPOSITORY;
    const repo = /^repo:([^/:]*)(?:\/([^:]*))?/.exec(value);
    if (!repo) {
        // A pattern that does not start `repo:OWNER` may still match every repository (`*:*`,
        // `repo*`): it does if it matches subjects of an owner and a repository no policy names
        // (StringLike is case-sensitive).
        if (PROBE_SUBJECTS.some((subject) => (0,glob/* globMatch */.e)(value, subject)))
            return ANY_REPOSITORY;
        return {
            kind: 'unreadable',
            who: `a subject pattern "${value}" in a format the check does not read`,
        };
    }
    const [, owner = '', name] = repo;
    // `repo:org:*` (no slash) matches no subject GitHub issues; `repo:org*` any owner's.
    if (name === undefined)
        return hasWildcard(owner) ? ANY_REPOSITORY : { kind: 'pinned' };
    if (hasWildcard(owner)) {
        return hasWildcard(name)
            ? ANY_REPOSITORY
            : { kind: 'broad', who: `a repository named "${name}" of any GitHub owner`, rank: 0 };
    }
    if (/^[*?]*\*[*?]*$/.test(name)) {
        return { kind: 'broad', who: `any repository of the GitHub owner "${owner}"`, rank: 1 };
    }
    if (hasWildcard(name)) {
        return {
            kind: 'broad',
            who: `any repository of the GitHub owner "${owner}" whose name matches "${name}"`,
            rank: 2,
        };
    }
    return { kind: 'pinned' };
}
/** One condition: it pins when every value does; any broad value makes it broad. */
function readSubjectCondition(c) {
    const like = baseOperator(c.operator).base.includes('like');
    const readings = c.values.map((v) => readSubject(v, like));
    if (readings.length === 0)
        return ANY_REPOSITORY;
    const broad = readings.filter(isBroad);
    if (broad.length > 0)
        return broad.reduce((a, b) => (b.rank < a.rank ? b : a));
    return readings.find((r) => r.kind === 'unreadable') ?? { kind: 'pinned' };
}
/**
 * A GitHub OIDC statement. Its conditions all hold together, so one pinning `sub` condition pins
 * it; with none, the narrowest broad condition says who gets in, and a condition the check
 * cannot read (which might pin it) makes the statement unreadable rather than open.
 */
function readGithubStatement(allow, statements, issuer) {
    const audience = pinningConditions(allow, statements, issuer, `${issuer}:aud`);
    const audiencePinned = audience.some((c) => c.values.length > 0 && c.values.every((v) => v.toLowerCase() === STS_AUDIENCE));
    const subjects = pinningConditions(allow, statements, issuer, `${issuer}:sub`).map(readSubjectCondition);
    const broad = subjects.filter(isBroad);
    const unreadable = subjects.find((r) => r.kind === 'unreadable');
    const noAudience = `tokens of any audience (no "${issuer}:aud" condition of "${STS_AUDIENCE}")`;
    if (subjects.some((r) => r.kind === 'pinned')) {
        return audiencePinned
            ? { kind: 'pinned' }
            : { kind: 'open', who: `GitHub Actions ${noAudience}` };
    }
    if (unreadable)
        return { kind: 'unreadable', who: unreadable.who };
    const who = broad.length > 0
        ? `GitHub Actions workflows of ${broad.reduce((a, b) => (b.rank > a.rank ? b : a)).who}`
        : `GitHub Actions workflows of any repository on GitHub (no "${issuer}:sub" condition)`;
    return { kind: 'open', who: audiencePinned ? who : `${who}, with ${noAudience}` };
}

;// CONCATENATED MODULE: ./src/rules/iam.ts








/**
 * IAM checks judge principals (roles, users, groups; service-linked roles are left out by the
 * collector) through every policy that applies to them: inline policies and the default versions
 * of attached managed policies, a user's also through its groups. Results are reported under
 * region `global`.
 */
const LEARN_MORE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege';
const RESOURCE_TYPES = {
    role: 'AWS::IAM::Role',
    user: 'AWS::IAM::User',
    group: 'AWS::IAM::Group',
};
function ownSources(kind, owner, policies, through = '') {
    const inline = owner.inlinePolicies.map((p) => ({
        label: `inline policy "${p.name}" of ${kind} "${owner.name}"`,
        owner: 'inline',
        document: { ok: true, value: p.document },
        operation: 'iam:GetAccountAuthorizationDetails',
    }));
    const managed = owner.attachedPolicyArns.flatMap((arn) => {
        const policy = policies.get(arn);
        if (!policy) {
            return [
                {
                    label: `managed policy "${arn}"${through}`,
                    owner: (0,convert/* isAwsManagedPolicy */.$h)(arn) ? 'aws' : 'customer',
                    missing: true,
                },
            ];
        }
        return [
            {
                label: `${policy.awsManaged ? 'AWS' : 'customer'} managed policy "${(0,iam/* managedPolicyName */.h)(policy)}"${through}`,
                owner: policy.awsManaged ? 'aws' : 'customer',
                document: policy.document,
                operation: policy.awsManaged
                    ? 'iam:GetPolicyVersion'
                    : 'iam:GetAccountAuthorizationDetails',
            },
        ];
    });
    return [...inline, ...managed];
}
/**
 * The principals of each IAM part, made once: four checks read them, and each making its own
 * copy (labels and sources for every principal) left that many copies of garbage to collect.
 */
const principalsByPart = new WeakMap();
/** Every principal with the policies that apply to it; all four lists come from one listing. */
function principalsOf(iam) {
    let principals = principalsByPart.get(iam);
    if (!principals)
        principalsByPart.set(iam, (principals = principalsWithSources(iam)));
    return principals;
}
function principalsWithSources(iam) {
    const { roles, users, groups, managedPolicies } = iam;
    if (!roles.ok)
        return roles;
    if (!users.ok)
        return users;
    if (!groups.ok)
        return groups;
    if (!managedPolicies.ok)
        return managedPolicies;
    const policies = new Map(managedPolicies.value.map((p) => [p.arn, p]));
    const groupsByName = new Map(groups.value.map((g) => [g.name, g]));
    const principals = [
        ...roles.value.map((r) => ({
            kind: 'role',
            ...r,
            sources: ownSources('role', r, policies),
        })),
        ...users.value.map((u) => ({
            kind: 'user',
            ...u,
            sources: [
                ...ownSources('user', u, policies),
                ...u.groups.flatMap((name) => {
                    const group = groupsByName.get(name);
                    if (!group)
                        return [{ label: `group "${name}"`, owner: 'any', missing: true }];
                    return ownSources('group', group, policies, ` (through group "${name}")`);
                }),
            ],
        })),
        ...groups.value.map((g) => ({
            kind: 'group',
            ...g,
            sources: ownSources('group', g, policies),
        })),
    ];
    return { ok: true, value: principals };
}
function parseSource(source, cache) {
    if ('missing' in source)
        return { ok: false };
    if (!source.document.ok)
        return { ok: false, error: source.document.error };
    const text = source.document.value;
    let parsed = cache.get(text);
    if (!parsed) {
        try {
            parsed = { ok: true, statements: parsePolicy(text) };
        }
        catch (error) {
            const message = error.message;
            parsed = {
                ok: false,
                error: { operation: source.operation, code: 'MalformedPolicyDocument', message },
            };
        }
        cache.set(text, parsed);
    }
    return parsed;
}
/** Parsed policy texts, kept per IAM part: the three checks read the same documents. */
const parsedByPart = new WeakMap();
/** Reads the principal's policies of the owners given (a missing group's count for every owner). */
function readPolicies(principal, iam, reads) {
    let cache = parsedByPart.get(iam);
    if (!cache)
        parsedByPart.set(iam, (cache = new Map()));
    const statements = [];
    const unreadable = [];
    const sources = principal.sources.filter((s) => s.owner === 'any' || reads.includes(s.owner));
    for (const source of sources) {
        const parsed = parseSource(source, cache);
        if (!parsed.ok) {
            unreadable.push({ policy: source.label, error: parsed.error });
            continue;
        }
        parsed.statements.forEach((body, index) => {
            statements.push({ policy: source.label, statement: statementName(body, index), body });
        });
    }
    return { statements, unreadable, policiesRead: sources.length - unreadable.length };
}
/**
 * UNKNOWN for a principal some of whose policies could not be read: a failed call names the
 * permission to grant, so it is the one reported; else the first policy not collected.
 */
function unreadableVerdict(unreadable, evidence) {
    if (unreadable.length === 0)
        return undefined;
    const failure = unreadable.find((u) => u.error !== undefined)?.error;
    if (failure)
        return (0,kit/* unknown */.L5)(failure, evidence);
    const [first] = unreadable;
    return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${first.policy} is not in the collected IAM data.`, evidence);
}
const principalRef = (principal) => ({
    region: inventory/* GLOBAL_REGION */.ju,
    resourceId: principal.arn,
    resourceArn: principal.arn,
    resourceName: principal.name,
    resourceType: RESOURCE_TYPES[principal.kind],
});
/**
 * A check judged per principal over the policies of the owners it reads. A statement that allows
 * too much is a FAIL even when another policy could not be read; no hit and an unreadable or
 * uncollected policy (or group) is UNKNOWN, never PASS.
 */
function principalRule(meta, reads, test, passDetail) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: principalsOf,
        ref: principalRef,
        judge: (principal, iam) => {
            const { statements, unreadable, policiesRead } = readPolicies(principal, iam, reads);
            const hits = statements.flatMap((s) => {
                const allows = test(s.body);
                return allows === undefined ? [] : [{ policy: s.policy, statement: s.statement, allows }];
            });
            if (hits.length > 0) {
                const [first] = hits;
                const more = hits.length > 1 ? `; ${hits.length - 1} more statement(s) in the evidence` : '';
                return (0,kit/* fail */.fJ)(`Allows ${first.allows} through ${first.policy}, ${first.statement}${more}.`, {
                    statements: hits,
                    policiesRead,
                });
            }
            const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
            return (unreadableVerdict(unreadable, evidence) ??
                (0,kit/* pass */.IX)(`${passDetail} (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`, { policiesRead }));
        },
    });
}
/** `*` or `*:*`: every action of every service. */
const isEveryAction = (pattern) => /^\*+(:\*+)?$/.test(pattern);
/** `s3:*`: every action of a service (wildcards in the service name included). */
const isServiceWide = (pattern) => /^[^:]+:[*?]*\*[*?]*$/.test(pattern);
const READ_ONLY_PREFIXES = ['describe', 'list', 'get', 'batchget', 'head'];
/** True when every action the pattern can match is read-only: its fixed start names a read verb. */
function isReadOnlyPattern(pattern) {
    const colon = pattern.indexOf(':');
    if (colon < 0)
        return false;
    const [fixedStart = ''] = pattern.slice(colon + 1).split(/[*?]/);
    return READ_ONLY_PREFIXES.some((prefix) => fixedStart.toLowerCase().startsWith(prefix));
}
const allowsEveryResource = (s) => s.effect === 'Allow' && coversResource(s, '*');
const quoteList = (patterns) => patterns.map((p) => `"${p}"`).join(', ');
/**
 * How the detail names the resources of a statement that allows every resource: Resource "*", or
 * an Allow with NotResource, which grants everything but the resources it lists.
 */
const everyResourceWords = (s) => !s.resource && s.notResource
    ? `every resource except ${quoteList(s.notResource)} (NotResource)`
    : 'Resource "*"';
/** NotAction `*` excludes every action: the statement grants nothing. */
const grantsNoAction = (s) => (s.notAction ?? []).some(isEveryAction);
/** Action `*` on Resource `*`. */
const fullAdminStatement = (s) => allowsEveryResource(s) && (s.action ?? []).some(isEveryAction)
    ? `Action "*" on ${everyResourceWords(s)}`
    : undefined;
const fullAdmin = principalRule({
    id: 'iam.full-admin',
    title: 'IAM principal has full administrative privileges',
    service: 'iam',
    category: 'security',
    severity: 'critical',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Replace Action "*" on Resource "*" with the actions and resources the principal needs (IAM Access Analyzer can generate a policy from its activity); keep full administrators few and behind MFA.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.1'] },
    failWhen: 'Any policy of the principal (inline, customer managed, or AWS managed such as AdministratorAccess) has an `Allow` statement with Action `*` (or `*:*`) on Resource `*` or with a NotResource.',
}, ['inline', 'customer', 'aws'], fullAdminStatement, 'No statement allows Action "*" on Resource "*"');
const wildcardActions = principalRule({
    id: 'iam.wildcard-actions',
    title: 'IAM policy allows service-wide wildcard actions',
    service: 'iam',
    category: 'security',
    severity: 'high',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'List the actions the principal needs instead of "service:*" or NotAction in its inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: { fsbp: ['IAM.21'] },
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement, other than a full-admin one, with an action wildcard over a whole service (`s3:*`, or `*` on narrower resources) or with a NotAction.',
}, ['inline', 'customer'], (s) => {
    if (s.effect !== 'Allow' || fullAdminStatement(s) || grantsNoAction(s))
        return undefined;
    // Allow with NotAction grants every action of every service it does not name.
    if (s.notAction)
        return `every action except ${quoteList(s.notAction)} (NotAction)`;
    const wide = (s.action ?? []).filter((p) => isEveryAction(p) || isServiceWide(p));
    return wide.length > 0 ? `the wildcard action(s) ${quoteList(wide)}` : undefined;
}, 'No inline or customer managed policy allows a service-wide wildcard action');
const wildcardResources = principalRule({
    id: 'iam.wildcard-resources',
    title: 'IAM policy allows write actions on every resource',
    service: 'iam',
    category: 'security',
    severity: 'medium',
    resourceType: RESOURCE_TYPES.role,
    remediation: {
        text: 'Name the resources (ARNs, or ARN patterns) that actions other than Describe, List, Get, BatchGet and Head may act on, in the inline and customer managed policies.',
        url: LEARN_MORE,
    },
    frameworks: {},
    failWhen: 'An inline or customer managed policy of the principal has an `Allow` statement on Resource `*` (or with a NotResource) that uses a NotAction or allows an action that is not read-only. Read-only means the action name after the service prefix starts with `Describe`, `List`, `Get`, `BatchGet` or `Head`.',
}, ['inline', 'customer'], (s) => {
    if (!allowsEveryResource(s) || grantsNoAction(s))
        return undefined;
    const resources = everyResourceWords(s);
    if (s.notAction) {
        return `every action except ${quoteList(s.notAction)} (NotAction) on ${resources}`;
    }
    const writes = (s.action ?? []).filter((p) => !isReadOnlyPattern(p));
    return writes.length > 0 ? `${quoteList(writes)} on ${resources}` : undefined;
}, 'No inline or customer managed policy allows actions other than reads on Resource "*"');
const ALL_OWNERS = ['inline', 'customer', 'aws'];
/** Whether any of the principal's readable policies makes it a full administrator. */
const isFullAdmin = (principal, iam) => readPolicies(principal, iam, ALL_OWNERS).statements.some((s) => fullAdminStatement(s.body));
/** Per IAM part: each role by ARN, whether it is a full administrator, or unreadable. */
const roleAdminByPart = new WeakMap();
function roleIsAdmin(iam, arn) {
    let known = roleAdminByPart.get(iam);
    if (!known) {
        known = new Map();
        roleAdminByPart.set(iam, known);
        // Out-of-scope roles too (see IamInventory.allRoles): passing one is a path all the same.
        const principals = principalsOf(iam.allRoles ? { ...iam, roles: { ok: true, value: iam.allRoles } } : iam);
        for (const role of principals.ok ? principals.value : []) {
            if (role.kind !== 'role')
                continue;
            const reading = readPolicies(role, iam, ALL_OWNERS);
            const admin = reading.statements.some((s) => fullAdminStatement(s.body));
            known.set(role.arn, admin || (reading.unreadable.length > 0 ? 'unreadable' : false));
        }
    }
    // A role the listing lacks is not a role of the account: passing it grants nothing.
    return known.get(arn) ?? false;
}
const grantWords = (hit) => hit.grants.map((g) => `${g.action} through ${g.policy}, ${g.statement}`).join('; ');
const privilegeEscalation = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'iam.privilege-escalation',
        title: 'IAM principal can escalate its own privileges',
        service: 'iam',
        category: 'security',
        severity: 'high',
        resourceType: RESOURCE_TYPES.role,
        remediation: {
            text: 'Remove the actions of the path, or confine them: name the resources (not other users, roles or policies), add iam:PassedToService and specific role ARNs to iam:PassRole, and set a permissions boundary on principals that manage IAM.',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
        },
        frameworks: {},
        failWhen: "The principal's policies (inline, customer and AWS managed, a user's groups' too) allow every action of a known privilege-escalation path (Rhino Security Labs' 21 methods: `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`/`iam:Put*Policy` on any user, group or role, `iam:AddUserToGroup`, `iam:CreateAccessKey`/`iam:CreateLoginProfile`/`iam:UpdateLoginProfile` on users other than itself, `iam:UpdateAssumeRolePolicy` with `sts:AssumeRole`, `iam:PassRole` with `ec2:RunInstances`, with `lambda:CreateFunction` and `lambda:InvokeFunction` or `lambda:CreateEventSourceMapping`, with `glue:CreateDevEndpoint`, `cloudformation:CreateStack` or `datapipeline:CreatePipeline` and `PutPipelineDefinition`, `lambda:UpdateFunctionCode`, `glue:UpdateDevEndpoint`), with no unconditional Deny removing one of them. `iam:PassRole` counts on any role pattern with a wildcard and on a named role that is a full administrator, for the services `iam:PassedToService` admits. Full administrators are left to `iam.full-admin`.",
    },
    resources: principalsOf,
    ref: principalRef,
    appliesTo: (principal, iam) => !isFullAdmin(principal, iam),
    judge: (principal, iam) => {
        const { statements, unreadable, policiesRead } = readPolicies(principal, iam, ALL_OWNERS);
        const { hits, unreadableRoles } = escalationPaths(statements, {
            arn: principal.arn,
            roleIsAdmin: (arn) => roleIsAdmin(iam, arn),
        });
        if (hits.length > 0) {
            const [first] = hits;
            const more = hits.length > 1 ? `; ${hits.length - 1} more path(s) in the evidence` : '';
            return (0,kit/* fail */.fJ)(`Allows the privilege-escalation path ${first.path} (Rhino Security Labs method ${first.method}): ${grantWords(first)}${more}.`, { paths: hits, policiesRead });
        }
        const evidence = { unreadable: unreadable.map((u) => u.policy), policiesRead };
        const notRead = unreadableVerdict(unreadable, evidence);
        if (notRead)
            return notRead;
        const [role] = unreadableRoles;
        if (role) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: iam:PassRole reaches role "${role}", whose policies could not be read.`, { unreadableRoles, policiesRead });
        }
        return (0,kit/* pass */.IX)(`No known privilege-escalation path is allowed (${policiesRead} ${policiesRead === 1 ? 'policy' : 'policies'} read).`, { policiesRead });
    },
});
const roleTrustTooBroad = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'iam.role-trust-too-broad',
        title: 'IAM role can be assumed by anyone or by any GitHub repository',
        service: 'iam',
        category: 'security',
        severity: 'critical',
        resourceType: RESOURCE_TYPES.role,
        remediation: {
            text: 'Name the accounts or principals that may assume the role (or pin aws:PrincipalOrgID or aws:PrincipalAccount); for GitHub Actions, require token.actions.githubusercontent.com:aud "sts.amazonaws.com" and a token.actions.githubusercontent.com:sub naming the repositories (repo:OWNER/REPO:...).',
            url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
        },
        frameworks: {},
        failWhen: 'An `Allow` statement of the trust policy for `sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML` has principal `*` (or `{"AWS": "*"}`) and no condition pinning the caller (`aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalArn` or `aws:userid`, or for a service `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID`, `aws:SourceOrgPaths`; `sts:ExternalId` alone pins no one), with no Deny binding every other account; or trusts the GitHub OIDC provider `token.actions.githubusercontent.com` without a `...:aud` condition of `sts.amazonaws.com` and a `...:sub` condition naming specific repositories (under `StringLike`, `*`, `repo:*`, `repo:OWNER/*` or a wildcard in the repository name is a FAIL; a Deny with `StringNotLike`/`StringNotEquals` on `sub` or `aud` alone narrows like the positive form).',
    },
    resources: (iam) => iam.roles,
    ref: (role) => ({
        region: inventory/* GLOBAL_REGION */.ju,
        resourceId: role.arn,
        resourceArn: role.arn,
        resourceName: role.name,
        resourceType: RESOURCE_TYPES.role,
    }),
    judge: (role) => {
        if (role.trustPolicy === undefined) {
            return (0,kit/* undetermined */.nZ)('Could not be assessed: the trust policy was not collected (the inventory predates it).');
        }
        let statements;
        try {
            statements = parsePolicy(role.trustPolicy);
        }
        catch (error) {
            if (!(error instanceof PolicyParseError))
                throw error;
            return (0,kit/* unknown */.L5)({
                operation: 'iam:GetAccountAuthorizationDetails',
                code: 'MalformedPolicyDocument',
                message: error.message,
            });
        }
        const { open, unreadable } = readTrustPolicy(statements, role.arn);
        if (open.length > 0) {
            const [first] = open;
            const more = open.length > 1 ? `; ${open.length - 1} more statement(s) in the evidence` : '';
            return (0,kit/* fail */.fJ)(`Lets ${first.who} assume the role through ${first.statement}${more}.`, {
                statements: open,
            });
        }
        const [first] = unreadable;
        if (first) {
            return (0,kit/* undetermined */.nZ)(`Could not be assessed: ${first.statement} admits ${first.who}.`, {
                statements: unreadable,
            });
        }
        return (0,kit/* pass */.IX)('No statement lets any AWS account or any GitHub repository assume the role.');
    },
});
/** The IAM checks of CHECKS.md, in catalogue order. */
const iamRules = [
    fullAdmin,
    wildcardActions,
    wildcardResources,
    privilegeEscalation,
    roleTrustTooBroad,
    ...iamCredentialRules,
];

;// CONCATENATED MODULE: ./src/rules/rds.ts


const rds_INSTANCE_TYPE = 'AWS::RDS::DBInstance';
const CLUSTER_TYPE = 'AWS::RDS::DBCluster';
/**
 * DescribeDBInstances and DescribeDBClusters also list Amazon DocumentDB and Neptune databases.
 * The same checks judge them, under their own resource types and with no framework mapping: the
 * RDS controls of Security Hub and CIS do not apply to them (CHECKS.md).
 */
const OTHER_ENGINES = {
    docdb: { instance: 'AWS::DocDB::DBInstance', cluster: 'AWS::DocDB::DBCluster' },
    neptune: { instance: 'AWS::Neptune::DBInstance', cluster: 'AWS::Neptune::DBCluster' },
};
function databaseRef({ kind, db }, region) {
    const ref = { region, resourceId: db.id, resourceArn: db.arn };
    const other = Object.hasOwn(OTHER_ENGINES, db.engine) ? OTHER_ENGINES[db.engine] : undefined;
    if (other)
        return { ...ref, resourceType: other[kind], frameworks: {} };
    return { ...ref, resourceType: kind === 'instance' ? rds_INSTANCE_TYPE : CLUSTER_TYPE };
}
const label = ({ kind }) => (kind === 'instance' ? 'DB instance' : 'DB cluster');
/**
 * Storage, backups, Multi-AZ and deletion protection of a cluster member (Aurora, Multi-AZ DB
 * cluster) are the cluster's settings: an Aurora instance reports MultiAZ and DeletionProtection
 * false whatever its cluster says. So members get no result of their own from these checks; the
 * cluster's result covers them and its detail says so.
 */
const notClusterMember = (db) => db.clusterId === undefined;
/** Appended to a cluster's detail: its members have no result of their own. */
function coversMembers(rds, cluster) {
    const members = (rds.instances.ok ? rds.instances.value : [])
        .filter((db) => db.clusterId === cluster.id)
        .map((db) => db.id);
    return members.length > 0
        ? ` This result covers the cluster's member instances: ${members.join(', ')}.`
        : '';
}
/**
 * A check judged per database of each region. A failed listing leaves databases unseen: one
 * account-level UNKNOWN for the region says so, beside the results for what was listed.
 */
function databaseRule(meta, applies, judge) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: (rds) => [
            (0,inventory/* mapFetched */.KX)(rds.instances, (list) => list.filter(applies.instances).map((db) => ({ kind: 'instance', db }))),
            ...(applies.clusters
                ? [
                    (0,inventory/* mapFetched */.KX)(rds.clusters, (list) => list.map((db) => ({ kind: 'cluster', db }))),
                ]
                : []),
        ],
        ref: databaseRef,
        judge: (database, rds) => {
            const { pass, detail, evidence } = judge(database);
            if (pass === undefined)
                return (0,kit/* undetermined */.nZ)(detail, evidence);
            const covers = database.kind === 'cluster' ? coversMembers(rds, database.db) : '';
            return (0,kit/* passIf */.n4)(pass, `${detail}${covers}`, evidence);
        },
    });
}
const storageUnencrypted = databaseRule({
    id: 'rds.storage-unencrypted',
    title: 'RDS storage not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Encryption cannot be turned on in place: snapshot the database, copy the snapshot with a KMS key, and restore from the encrypted copy.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    },
    frameworks: { fsbp: ['RDS.3', 'RDS.27'], cis: ['2.3.1'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `StorageEncrypted` false. The result of a cluster covers its member instances.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.storageEncrypted,
    detail: `The ${label(database)}'s storage is ${database.db.storageEncrypted ? '' : 'not '}encrypted.`,
    evidence: { storageEncrypted: database.db.storageEncrypted, engine: database.db.engine },
}));
const publiclyAccessible = databaseRule({
    id: 'rds.publicly-accessible',
    title: 'RDS instance publicly accessible',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to turn off PubliclyAccessible and reach it from inside the VPC.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    },
    frameworks: { fsbp: ['RDS.2'], cis: ['2.3.3'] },
    failWhen: 'A DB instance, cluster member or not, has `PubliclyAccessible` true.',
}, { instances: () => true, clusters: false }, (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const open = database.kind === 'instance' ? database.db.publiclyAccessible : false;
    if (open === undefined) {
        return {
            pass: undefined,
            detail: 'PubliclyAccessible was not in the DescribeDBInstances answer: whether the endpoint is public is not known.',
            evidence: { publiclyAccessible: null },
        };
    }
    return {
        pass: !open,
        detail: open
            ? 'PubliclyAccessible is true: the endpoint resolves to a public IP address.'
            : 'PubliclyAccessible is false.',
        evidence: { publiclyAccessible: open },
    };
});
/** RDS.11's default minimum retention, in days. */
const MIN_BACKUP_RETENTION_DAYS = 7;
const backupRetentionShort = databaseRule({
    id: 'rds.backup-retention-short',
    title: 'RDS backup retention under 7 days',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: `Set the backup retention period to at least ${MIN_BACKUP_RETENTION_DAYS} days.`,
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    },
    frameworks: { fsbp: ['RDS.11'] },
    failWhen: '`BackupRetentionPeriod` is below 7 days (0 means automated backups are off), on a DB cluster or on a DB instance that is neither a read replica nor a cluster member.',
}, 
// Read replicas take no automated backups of their own.
{ instances: (db) => notClusterMember(db) && db.readReplicaSource === undefined, clusters: true }, (database) => {
    const days = database.db.backupRetentionPeriod;
    return {
        pass: days >= MIN_BACKUP_RETENTION_DAYS,
        detail: days === 0
            ? `Automated backups are off (retention 0 days; at least ${MIN_BACKUP_RETENTION_DAYS} expected).`
            : `Backups are kept ${days} day${days === 1 ? '' : 's'} (at least ${MIN_BACKUP_RETENTION_DAYS} expected).`,
        evidence: { backupRetentionPeriod: days, minimum: MIN_BACKUP_RETENTION_DAYS },
    };
});
const singleAz = databaseRule({
    id: 'rds.single-az',
    title: 'RDS database not Multi-AZ',
    service: 'rds',
    category: 'resilience',
    severity: 'medium',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to Multi-AZ, or add a reader in another Availability Zone to the cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
    },
    frameworks: { fsbp: ['RDS.5', 'RDS.15'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `MultiAZ` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.multiAz,
    detail: database.db.multiAz
        ? `The ${label(database)} is Multi-AZ.`
        : `The ${label(database)} runs in a single Availability Zone.`,
    evidence: { multiAz: database.db.multiAz },
}));
const deletionProtectionOff = databaseRule({
    id: 'rds.deletion-protection-off',
    title: 'RDS deletion protection off',
    service: 'rds',
    category: 'resilience',
    severity: 'high',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Turn on deletion protection on the DB instance or cluster.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
    },
    frameworks: { fsbp: ['RDS.7', 'RDS.8'] },
    failWhen: 'A DB cluster, or a DB instance that is not a cluster member, has `DeletionProtection` false.',
}, { instances: notClusterMember, clusters: true }, (database) => ({
    pass: database.db.deletionProtection,
    detail: `Deletion protection is ${database.db.deletionProtection ? 'on' : 'off'} for the ${label(database)}.`,
    evidence: { deletionProtection: database.db.deletionProtection },
}));
const SNAPSHOT_TYPES = { db: 'AWS::RDS::DBSnapshot', cluster: 'AWS::RDS::DBClusterSnapshot' };
/** DocumentDB and Neptune have cluster snapshots only; judged as their clusters are (above). */
const OTHER_ENGINE_SNAPSHOTS = {
    docdb: 'AWS::DocDB::DBClusterSnapshot',
    neptune: 'AWS::Neptune::DBClusterSnapshot',
};
function snapshotRef({ kind, snapshot }, region) {
    const ref = { region, resourceId: snapshot.id, resourceArn: snapshot.arn };
    const other = Object.hasOwn(OTHER_ENGINE_SNAPSHOTS, snapshot.engine)
        ? OTHER_ENGINE_SNAPSHOTS[snapshot.engine]
        : undefined;
    if (other)
        return { ...ref, resourceType: other, frameworks: {} };
    return { ...ref, resourceType: SNAPSHOT_TYPES[kind] };
}
const snapshotLabel = ({ kind, snapshot }) => `${snapshot.snapshotType} ${kind === 'db' ? 'DB snapshot' : 'DB cluster snapshot'} of ${snapshot.sourceId || 'an unnamed source'}`;
/** A listing the inventory lacks: the judged part of the region adds nothing from it. */
const NONE = { ok: true, value: [] };
/**
 * A check judged per DB and cluster snapshot. An inventory saved before snapshots were collected
 * has neither listing: one account-level UNKNOWN per region says so, never a silent PASS.
 */
function snapshotRule(meta, applies, uncollected, judge) {
    const listed = (0,kit/* resourceRule */.vE)({
        meta,
        resources: (rds) => [
            (0,inventory/* mapFetched */.KX)(rds.snapshots ?? NONE, (list) => list.map((snapshot) => ({ kind: 'db', snapshot }))),
            (0,inventory/* mapFetched */.KX)(rds.clusterSnapshots ?? NONE, (list) => list.map((snapshot) => ({ kind: 'cluster', snapshot }))),
        ],
        appliesTo: ({ snapshot }) => applies(snapshot),
        ref: snapshotRef,
        judge,
    });
    return {
        meta,
        *evaluate(inventory, context) {
            yield* listed.evaluate(inventory, context);
            yield* (0,kit/* partsOf */.CI)(inventory, 'rds')
                .filter(({ part }) => part.snapshots === undefined || part.clusterSnapshots === undefined)
                .map(({ region }) => (0,kit/* toFinding */.N6)({ region, resourceId: inventory.account, resourceType: kit/* ACCOUNT_TYPE */.HR }, (0,kit/* undetermined */.nZ)(`This inventory was saved before RDS snapshots were collected: ${uncollected} is unknown.`)));
        },
    };
}
/** The `restore` value that lets every AWS account copy or restore a snapshot. */
const EVERYONE = 'all';
const rds_snapshotPublic = snapshotRule({
    id: 'rds.snapshot-public',
    title: 'RDS snapshot public',
    service: 'rds',
    category: 'security',
    severity: 'critical',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
        text: "Remove `all` from the snapshot's `restore` attribute (ModifyDBSnapshotAttribute or ModifyDBClusterSnapshotAttribute with ValuesToRemove `all`); share it with named accounts if it must be shared.",
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html',
    },
    frameworks: { fsbp: ['RDS.1'] },
    failWhen: 'A manual DB snapshot or DB cluster snapshot of the account has `all` among the values of its `restore` attribute (DescribeDBSnapshotAttributes, DescribeDBClusterSnapshotAttributes): any AWS account can copy it or restore a database from it. Automated snapshots cannot be shared and are not judged; snapshots other accounts share with this one are not listed. A snapshot whose attribute could not be read is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
}, (snapshot) => snapshot.snapshotType === 'manual', 'whether any DB or cluster snapshot is public', (item) => {
    const read = item.snapshot.restorableBy;
    if (read === undefined) {
        return (0,kit/* undetermined */.nZ)(`The ${snapshotLabel(item)} has no restore attribute in the inventory: whether it is public is unknown.`);
    }
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const accounts = read.value.filter((value) => value !== EVERYONE);
    const evidence = { restore: read.value };
    const shared = accounts.length === 0
        ? 'shared with no other account'
        : `shared with ${accounts.length} named account${accounts.length === 1 ? '' : 's'}`;
    if (read.value.includes(EVERYONE)) {
        return (0,kit/* fail */.fJ)(`The ${snapshotLabel(item)} is public: its restore attribute includes all, so any AWS account can copy or restore it.`, evidence);
    }
    return (0,kit/* pass */.IX)(`The ${snapshotLabel(item)} is not public (${shared}).`, evidence);
});
const snapshotUnencrypted = snapshotRule({
    id: 'rds.snapshot-unencrypted',
    title: 'RDS snapshot not encrypted',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: SNAPSHOT_TYPES.db,
    remediation: {
        text: 'Copy the snapshot with a KMS key (CopyDBSnapshot or CopyDBClusterSnapshot with KmsKeyId) and delete the unencrypted original. Snapshots of an unencrypted database stay unencrypted until the database itself is encrypted (rds.storage-unencrypted).',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html',
    },
    frameworks: { fsbp: ['RDS.4'] },
    failWhen: 'A DB snapshot has `Encrypted` false, or a DB cluster snapshot has `StorageEncrypted` false: manual and automated snapshots of the account alike. A snapshot whose answer lacked the field is UNKNOWN, and so is each region of an inventory saved before snapshots were collected.',
}, () => true, 'whether any DB or cluster snapshot is unencrypted', (item) => {
    const { encrypted } = item.snapshot;
    const field = item.kind === 'db' ? 'Encrypted' : 'StorageEncrypted';
    if (encrypted === undefined) {
        return (0,kit/* undetermined */.nZ)(`${field} was not in the answer for the ${snapshotLabel(item)}: whether it is encrypted is unknown.`, { encrypted: null });
    }
    return (0,kit/* passIf */.n4)(encrypted, `The ${snapshotLabel(item)} is ${encrypted ? '' : 'not '}encrypted.`, {
        encrypted,
    });
});
const autoMinorUpgradeOff = databaseRule({
    id: 'rds.auto-minor-upgrade-off',
    title: 'RDS automatic minor version upgrades off',
    service: 'rds',
    category: 'security',
    severity: 'medium',
    resourceType: rds_INSTANCE_TYPE,
    remediation: {
        text: 'Modify the DB instance to turn on Auto minor version upgrade. For an Aurora cluster, turn it on for the cluster and for every instance in it: Aurora upgrades only when all of them have it on.',
        url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
    },
    frameworks: { fsbp: ['RDS.13'], cis: ['2.3.2'] },
    failWhen: 'A DB instance, cluster member or not, has `AutoMinorVersionUpgrade` false (each Aurora instance counts: Aurora applies a minor upgrade only when every instance of the cluster has it on). DocumentDB instances are not judged: the setting does not apply to DocumentDB. An instance whose answer lacked the field, or an inventory saved before it was collected, is UNKNOWN.',
}, 
// AWS: "This parameter does not apply to Amazon DocumentDB" (DocumentDB API, DBInstance).
{ instances: (db) => db.engine !== 'docdb', clusters: false }, (database) => {
    // Clusters are not judged here (`clusters: false`); only instances reach this.
    const on = database.kind === 'instance' ? database.db.autoMinorVersionUpgrade : undefined;
    if (on === undefined) {
        return {
            pass: undefined,
            detail: 'AutoMinorVersionUpgrade is not in the inventory (an answer without it, or an inventory saved before it was collected): whether minor upgrades are applied automatically is unknown.',
            evidence: { autoMinorVersionUpgrade: null },
        };
    }
    return {
        pass: on,
        detail: on
            ? 'Minor engine upgrades are applied automatically in the maintenance window.'
            : 'AutoMinorVersionUpgrade is false: minor engine upgrades, security fixes among them, wait for a manual upgrade.',
        evidence: { autoMinorVersionUpgrade: on, engine: database.db.engine },
    };
});
/** The RDS checks of CHECKS.md, in catalogue order. */
const rdsRules = [
    storageUnencrypted,
    publiclyAccessible,
    backupRetentionShort,
    singleAz,
    deletionProtectionOff,
    rds_snapshotPublic,
    snapshotUnencrypted,
    autoMinorUpgradeOff,
];

;// CONCATENATED MODULE: ./src/rules/s3.ts



const BUCKET_TYPE = 'AWS::S3::Bucket';
function bucketRef(bucket) {
    const ref = {
        region: bucket.region,
        resourceId: bucket.name,
        resourceArn: bucket.arn,
    };
    if (!bucket.tags.ok)
        return { ...ref, tagsUnread: bucket.tags.error };
    const name = tagValue(bucket.tags.value, 'Name');
    if (name !== undefined)
        ref.resourceName = name;
    return ref;
}
/** A check judged per bucket of the scanned regions. */
function bucketRule(meta, judge) {
    return (0,kit/* resourceRule */.vE)({ meta, resources: (s3) => s3.buckets, ref: bucketRef, judge });
}
const SETTINGS = [
    { key: 'blockPublicAcls', label: 'BlockPublicAcls' },
    { key: 'ignorePublicAcls', label: 'IgnorePublicAcls' },
    { key: 'blockPublicPolicy', label: 'BlockPublicPolicy' },
    { key: 'restrictPublicBuckets', label: 'RestrictPublicBuckets' },
];
/** true on, false off (or no configuration), undefined when the read failed. */
function settingOn(read, key) {
    if (!read.ok)
        return undefined;
    return read.value?.[key] === true;
}
function settingsEvidence(read) {
    if (!read.ok)
        return `unreadable (${read.error.operation} ${read.error.code})`;
    return read.value ?? 'none';
}
const publicAccessNotBlocked = bucketRule({
    id: 's3.public-access-not-blocked',
    title: 'S3 bucket public access not blocked',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on all four Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) on the account, which covers every bucket, or on the bucket.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.1', 'S3.8'], cis: ['2.1.4'] },
    failWhen: 'At least one of the four Block Public Access settings (`BlockPublicAcls`, `IgnorePublicAcls`, `BlockPublicPolicy`, `RestrictPublicBuckets`) is on neither the bucket nor the account; a missing configuration counts as all off.',
}, (bucket, s3) => {
    const off = [];
    const unsettled = [];
    for (const { key, label } of SETTINGS) {
        const onBucket = settingOn(bucket.publicAccessBlock, key);
        const onAccount = settingOn(s3.accountPublicAccessBlock, key);
        if (onBucket === true || onAccount === true)
            continue;
        if (onBucket === false && onAccount === false)
            off.push(label);
        else
            unsettled.push(label);
    }
    const evidence = {
        bucket: settingsEvidence(bucket.publicAccessBlock),
        account: settingsEvidence(s3.accountPublicAccessBlock),
    };
    if (off.length > 0) {
        return (0,kit/* fail */.fJ)(`${off.length} of 4 Block Public Access settings are off on both the bucket and the account: ${off.join(', ')}.`, { ...evidence, settingsOff: off });
    }
    const failure = unsettled.length > 0
        ? (0,kit/* firstFailure */.fx)(bucket.publicAccessBlock, s3.accountPublicAccessBlock)
        : undefined;
    if (failure)
        return (0,kit/* unknown */.L5)(failure, { ...evidence, undetermined: unsettled });
    return (0,kit/* pass */.IX)('All 4 Block Public Access settings are on, on the bucket or the account.', evidence);
});
const defaultEncryptionMissing = bucketRule({
    id: 's3.default-encryption-missing',
    title: 'S3 bucket default encryption missing',
    service: 's3',
    category: 'security',
    severity: 'high',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Set a default encryption configuration on the bucket: SSE-S3 (AES256), or SSE-KMS with a customer managed key and S3 Bucket Keys.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
    },
    frameworks: {},
    failWhen: 'The bucket has no default encryption configuration.',
}, (bucket) => {
    const read = bucket.encryption;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (!read.value)
        return (0,kit/* fail */.fJ)('The bucket has no default encryption configuration.');
    const algorithms = [...new Set(read.value.map((rule) => rule.algorithm))];
    return (0,kit/* pass */.IX)(`Default encryption is ${algorithms.join(', ')}.`, { rules: read.value });
});
const versioningOff = bucketRule({
    id: 's3.versioning-off',
    title: 'S3 bucket versioning off',
    service: 's3',
    category: 'resilience',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Enable versioning on the bucket, with a lifecycle rule that expires noncurrent versions to bound the storage cost.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    },
    frameworks: { fsbp: ['S3.14'] },
    failWhen: 'Versioning is not `Enabled`: it is `Suspended`, or was never turned on.',
}, (bucket) => {
    const read = bucket.versioning;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const evidence = { status: read.value };
    if (read.value === 'Enabled')
        return (0,kit/* pass */.IX)('Versioning is Enabled.', evidence);
    return (0,kit/* fail */.fJ)(read.value === null
        ? 'Versioning has never been enabled on the bucket.'
        : `Versioning is ${read.value}, not Enabled.`, evidence);
});
/** Every S3 action on every object of the bucket, by anyone, without TLS. */
function plainHttpToObjects(bucket) {
    return {
        action: { every: 's3:' },
        resource: bucket.arn ? { every: `${bucket.arn}/` } : undefined,
        caller: 'anyone',
        insecureTransport: true,
    };
}
const principalList = (principals) => Object.values(principals).flat().join(', ');
/**
 * What a Deny on aws:SecureTransport false leaves open over plain HTTP, as phrases: the callers
 * it spares, the actions and the objects it misses.
 */
function openOverHttp(statement, bucketArn) {
    const open = [];
    if (statement.notPrincipal) {
        open.push(`requests by the principals its NotPrincipal lists (${principalList(statement.notPrincipal)})`);
    }
    else if (!isPublicPrincipal(statement)) {
        open.push(`requests by principals other than ${principalList(statement.principal ?? {})}`);
    }
    const others = statement.conditions.filter((c) => c.key.toLowerCase() !== 'aws:securetransport');
    if (others.length > 0) {
        const spared = others.map((c) => `${c.operator} ${c.key}`).join(', ');
        open.push(`requests its other conditions spare (${spared})`);
    }
    if (statement.notAction) {
        open.push(`the actions its NotAction lists (${statement.notAction.join(', ')})`);
    }
    else if (!coversEvery(statement.action ?? [], 's3:')) {
        const listed = statement.action ?? [];
        open.push(listed.length > 0 ? `S3 actions other than ${listed.join(', ')}` : 'every S3 action');
    }
    if (statement.notResource) {
        open.push(`the resources its NotResource lists (${statement.notResource.join(', ')})`);
    }
    else if (statement.resource && bucketArn && !coversEvery(statement.resource, `${bucketArn}/`)) {
        // Patterns within the bucket (a prefix) cover some objects; others cover none of them.
        const prefix = `${bucketArn}/`.toLowerCase();
        const within = statement.resource.filter((p) => p.toLowerCase().startsWith(prefix));
        open.push(within.length > 0
            ? `objects outside ${within.join(', ')}`
            : `every object of the bucket (${bucketArn}/*)`);
    }
    if (open.length === 0)
        open.push('some requests');
    return open;
}
const s3_tlsNotEnforced = bucketRule({
    id: 's3.tls-not-enforced',
    title: 'S3 bucket does not enforce TLS',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Add a bucket policy statement with Effect Deny, Principal "*", Action "s3:*", Resource the bucket and its objects (arn:aws:s3:::BUCKET and arn:aws:s3:::BUCKET/*), and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
        url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
    },
    frameworks: { fsbp: ['S3.5'], cis: ['2.1.1'] },
    failWhen: 'There is no bucket policy, or none of its statements denies every request over plain HTTP: a `Deny` with principal `*` (no NotPrincipal), condition `aws:SecureTransport` `false` (`Bool` or `BoolIfExists`, string or boolean) and no other, Action `s3:*` or `*` (a list of some actions, or NotAction, leaves the rest open), and a Resource covering every object (`arn:aws:s3:::BUCKET/*` or wider; a prefix such as `BUCKET/logs/*`, or NotResource, is not enough). The detail names what a partial Deny leaves open. UNKNOWN when such a Deny names its resources and the bucket ARN is missing.',
}, (bucket) => {
    const read = bucket.policy;
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (read.value === null) {
        return (0,kit/* fail */.fJ)('The bucket has no policy, so requests without TLS are not denied.');
    }
    let statements;
    try {
        statements = parsePolicy(read.value);
    }
    catch (error) {
        // AWS accepted this policy, so failing to read it is ours: UNKNOWN, never a PASS or a FAIL.
        return (0,kit/* undetermined */.nZ)(`The bucket policy is unreadable (${error.message}), so whether it denies requests without TLS is not known.`);
    }
    // Every request without TLS must meet an explicit Deny: S3 allows by ACLs and identity
    // policies too, so a bucket policy that merely grants nothing enforces nothing.
    const verdict = explicitDeny(statements, plainHttpToObjects(bucket));
    if (verdict.status === 'denied') {
        const { sid } = verdict.deny.statement;
        const name = sid ? `statement ${sid}` : 'a statement';
        return (0,kit/* pass */.IX)(`The bucket policy denies requests with aws:SecureTransport false (${name}).`, {
            statement: verdict.deny.statement,
        });
    }
    if (verdict.status === 'unknown') {
        const names = verdict.unmatched.map((s) => s.name);
        return (0,kit/* undetermined */.nZ)(`Whether the bucket policy denies every request without TLS is not known: ${names.join(', ')} ${names.length === 1 ? 'names its' : 'name their'} resources, and the bucket's ARN was not collected.`, { statements: names });
    }
    const partial = statements
        .map((statement, index) => ({ statement, name: statementName(statement, index) }))
        .filter(({ statement }) => deniesOnInsecureTransport(statement));
    if (partial.length > 0) {
        const leaves = partial.map(({ statement, name }) => `${name} leaves ${joinAnd(openOverHttp(statement, bucket.arn))} open over plain HTTP`);
        return (0,kit/* fail */.fJ)(`The bucket policy denies requests without TLS only in part: ${leaves.join('; ')}.`, { statements: partial.map((s) => s.statement) });
    }
    return (0,kit/* fail */.fJ)('No statement of the bucket policy denies requests with aws:SecureTransport false.');
});
/** A read this inventory lacks because it was saved before the read was collected. */
function s3_notCollected(read, question) {
    return (0,kit/* undetermined */.nZ)(`This inventory was saved before the bucket's ${read} was collected, so ${question} is not known.`);
}
function blocking(bucket, s3, key) {
    const onBucket = settingOn(bucket.publicAccessBlock, key);
    const onAccount = settingOn(s3.accountPublicAccessBlock, key);
    if (onBucket === true)
        return { on: 'the bucket' };
    if (onAccount === true)
        return { on: 'the account' };
    const failure = (0,kit/* firstFailure */.fx)(bucket.publicAccessBlock, s3.accountPublicAccessBlock);
    return failure ? { failure } : { off: true };
}
const s3_closed = (phrase) => ({ status: 'closed', phrase });
const unsettled = (verdict) => ({ status: 'unknown', verdict });
/** Public unless the setting is on; UNKNOWN when whether it is on could not be read. */
function unlessBlocked(block, label, phrase) {
    if ('failure' in block)
        return unsettled((0,kit/* unknown */.L5)(block.failure));
    return {
        status: 'public',
        phrase: `${phrase}, and ${label} is on neither the bucket nor the account`,
    };
}
const CALLERS = ['anonymous', 'authenticated'];
/**
 * posture-gate's own reading of a bucket policy, for an answer of GetBucketPolicyStatus without
 * IsPublic (moto): the statements whose grant to everyone stands once the Denies are weighed.
 * Each public Allow is asked about for its own actions and resources, so a Deny of part of them
 * leaves the rest open. Undefined when the reading turns on a statement it cannot match.
 */
function grantsToEveryone(statements, bucketArn) {
    const open = new Map();
    let undecided = false;
    for (const statement of statements) {
        if (statement.effect !== 'Allow' || !isPublicPrincipal(statement))
            continue;
        for (const action of statement.action ?? ['*']) {
            for (const resource of statement.resource ?? [bucketArn]) {
                for (const caller of CALLERS) {
                    const verdict = grantToEveryone(statements, { action, resource, caller });
                    if (verdict.status === 'open')
                        for (const g of verdict.grants)
                            open.set(g.name, g);
                    if (verdict.status === 'unknown')
                        undecided = true;
                }
            }
        }
    }
    if (open.size === 0 && undecided)
        return undefined;
    return [...open.values()];
}
/** Whether the bucket policy makes the bucket public: AWS's IsPublic first, then our reading. */
function policyExposure(bucket, s3) {
    const restrict = blocking(bucket, s3, 'restrictPublicBuckets');
    if ('on' in restrict) {
        return s3_closed(`RestrictPublicBuckets is on for ${restrict.on}, so no policy makes it public`);
    }
    // Undecided by the policy: a failed read of RestrictPublicBuckets, which would decide, is named.
    const undecided = (verdict) => unsettled('failure' in restrict ? (0,kit/* unknown */.L5)(restrict.failure) : verdict);
    const status = bucket.policyStatus;
    if (!status)
        return undecided(s3_notCollected('policy status', 'whether it is public'));
    if (!status.ok)
        return unsettled((0,kit/* unknown */.L5)(status.error));
    if (status.value === null)
        return s3_closed('it has no bucket policy');
    if (status.value.isPublic === false) {
        return s3_closed('AWS evaluates its bucket policy as not public');
    }
    if (status.value.isPublic === true) {
        return unlessBlocked(restrict, 'RestrictPublicBuckets', 'AWS evaluates its bucket policy as public (GetBucketPolicyStatus IsPublic)');
    }
    const read = bucket.policy;
    if (!read.ok)
        return unsettled((0,kit/* unknown */.L5)(read.error));
    if (read.value === null)
        return s3_closed('it has no bucket policy');
    const noVerdict = 'GetBucketPolicyStatus gave no IsPublic';
    let grants;
    try {
        grants = grantsToEveryone(parsePolicy(read.value), bucket.arn);
    }
    catch (error) {
        return undecided((0,kit/* undetermined */.nZ)(`${noVerdict}, and the bucket policy is unreadable (${error.message}), so whether it is public is not known.`));
    }
    if (!grants || grants.length === 0) {
        // Our reading is stricter than AWS's in places, never proof of a private policy.
        return undecided((0,kit/* undetermined */.nZ)(`${noVerdict}, and posture-gate's own reading of the bucket policy finds no grant to everyone, which does not settle it: whether the policy is public is not known.`));
    }
    const actions = [...new Set(grants.flatMap((g) => g.statement.action ?? ['*']))];
    return unlessBlocked(restrict, 'RestrictPublicBuckets', `${noVerdict}, and by posture-gate's own reading its bucket policy grants ${actions.join(', ')} to everyone (${grants.map((g) => g.name).join(', ')})`);
}
/** The ACL groups that make a bucket public, and who they are. */
const PUBLIC_GROUPS = {
    'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers (everyone)',
    'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers (any AWS account)',
};
/** Whether the bucket ACL makes the bucket public. */
function aclExposure(bucket, s3) {
    const ignore = blocking(bucket, s3, 'ignorePublicAcls');
    if ('on' in ignore) {
        return s3_closed(`IgnorePublicAcls is on for ${ignore.on}, so no ACL makes it public`);
    }
    const acl = bucket.acl;
    if (!acl) {
        const failure = 'failure' in ignore ? ignore.failure : undefined;
        return unsettled(failure ? (0,kit/* unknown */.L5)(failure) : s3_notCollected('ACL', 'whether it is public'));
    }
    if (!acl.ok)
        return unsettled((0,kit/* unknown */.L5)(acl.error));
    const grants = acl.value.flatMap((grant) => {
        const who = grant.granteeType === 'Group' && grant.uri ? PUBLIC_GROUPS[grant.uri] : undefined;
        return who ? [`${grant.permission} to ${who}`] : [];
    });
    if (grants.length === 0)
        return s3_closed('its ACL grants nothing to AllUsers or AuthenticatedUsers');
    return unlessBlocked(ignore, 'IgnorePublicAcls', `its ACL grants ${joinAnd(grants)}`);
}
const bucketPublic = bucketRule({
    id: 's3.bucket-public',
    title: 'S3 bucket is public',
    service: 's3',
    category: 'security',
    severity: 'critical',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on Block Public Access for the account or the bucket (at least RestrictPublicBuckets and IgnorePublicAcls), then remove the public statements from the bucket policy and the AllUsers and AuthenticatedUsers grants from the ACL; serve public content through CloudFront with origin access control instead.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    },
    frameworks: { fsbp: ['S3.2', 'S3.3'] },
    failWhen: "The bucket is public by AWS's own evaluation: `GetBucketPolicyStatus` says `IsPublic` and `RestrictPublicBuckets` is on neither the bucket nor the account, or its ACL grants any permission to the `AllUsers` or `AuthenticatedUsers` group and `IgnorePublicAcls` is on neither. The detail says which. When the policy status has no `IsPublic` (the moto emulator), posture-gate's own reading of the bucket policy decides a grant to everyone, and the detail says so; finding none leaves it UNKNOWN, never PASS.",
}, (bucket, s3) => {
    const exposures = [policyExposure(bucket, s3), aclExposure(bucket, s3)];
    const phrases = (status) => exposures.flatMap((e) => (e.status === status ? [e.phrase] : []));
    const evidence = {
        policyStatus: bucket.policyStatus?.ok ? bucket.policyStatus.value : null,
        acl: bucket.acl?.ok ? bucket.acl.value : null,
    };
    const opened = phrases('public');
    if (opened.length > 0)
        return (0,kit/* fail */.fJ)(`The bucket is public: ${opened.join('; ')}.`, evidence);
    for (const exposure of exposures)
        if (exposure.status === 'unknown')
            return exposure.verdict;
    return (0,kit/* pass */.IX)(`The bucket is not public: ${phrases('closed').join('; ')}.`, evidence);
});
const aclsEnabled = bucketRule({
    id: 's3.acls-enabled',
    title: 'S3 bucket ACLs enabled',
    service: 's3',
    category: 'security',
    severity: 'medium',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Set Object Ownership to BucketOwnerEnforced, which disables ACLs; first move any access the ACLs grant (such as log delivery) into the bucket policy.',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    },
    frameworks: { fsbp: ['S3.12'] },
    failWhen: 'Object Ownership is not `BucketOwnerEnforced` (`BucketOwnerPreferred`, `ObjectWriter`, or no ownership controls at all), so ACLs still apply.',
}, (bucket) => {
    const read = bucket.objectOwnership;
    if (!read)
        return s3_notCollected('Object Ownership', 'whether ACLs apply');
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    const evidence = { objectOwnership: read.value };
    if (read.value === 'BucketOwnerEnforced') {
        return (0,kit/* pass */.IX)('Object Ownership is BucketOwnerEnforced: ACLs are disabled.', evidence);
    }
    return (0,kit/* fail */.fJ)(read.value === null
        ? 'The bucket has no ownership controls, so ACLs apply (Object Ownership is not BucketOwnerEnforced).'
        : `Object Ownership is ${read.value}, not BucketOwnerEnforced, so ACLs still apply.`, evidence);
});
const accessLoggingOff = bucketRule({
    id: 's3.access-logging-off',
    title: 'S3 server access logging off',
    service: 's3',
    category: 'operations',
    severity: 'low',
    resourceType: BUCKET_TYPE,
    remediation: {
        text: 'Turn on server access logging, delivering to a separate bucket in the same Region (one that is not itself logged into).',
        url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    },
    frameworks: { fsbp: ['S3.9'] },
    failWhen: 'Server access logging is off: `GetBucketLogging` has no `LoggingEnabled`.',
}, (bucket) => {
    const read = bucket.logging;
    if (!read)
        return s3_notCollected('logging configuration', 'whether access logging is on');
    if (!read.ok)
        return (0,kit/* unknown */.L5)(read.error);
    if (read.value === null)
        return (0,kit/* fail */.fJ)('Server access logging is off.', { logging: null });
    const { targetBucket, targetPrefix } = read.value;
    const prefix = targetPrefix ? ` under prefix ${targetPrefix}` : '';
    return (0,kit/* pass */.IX)(`Server access logging delivers to bucket ${targetBucket}${prefix}.`, {
        logging: read.value,
    });
});
/** "a", "a and b", "a, b and c". */
function joinAnd(items) {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** The S3 checks of CHECKS.md, in catalogue order. */
const s3Rules = [
    publicAccessNotBlocked,
    defaultEncryptionMissing,
    versioningOff,
    s3_tlsNotEnforced,
    bucketPublic,
    aclsEnabled,
    accessLoggingOff,
];

;// CONCATENATED MODULE: ./src/rules/sg.ts


const GROUP_TYPE = 'AWS::EC2::SecurityGroup';
const RULES_URL = 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html';
/** Security Hub EC2.19's fixed list, which also holds EC2.53/54's 22 and 3389. */
const HIGH_RISK_PORTS = [
    20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500,
    5601, 8080, 8088, 8888, 9200, 9300,
];
const PROTOCOLS = ['tcp', 'udp'];
function groupRef(group, region) {
    return { region, resourceId: group.id, resourceArn: group.arn, resourceName: group.name };
}
/** How many network interfaces use the group, or null when that listing failed. */
function attachments(group, sg) {
    return sg.networkInterfaceCounts.ok ? (sg.networkInterfaceCounts.value[group.id] ?? 0) : null;
}
/** The sentence every security-group result ends with: is the group in use at all? */
function attachmentNote(group, sg) {
    if (!sg.networkInterfaceCounts.ok) {
        const { operation, code } = sg.networkInterfaceCounts.error;
        return `Whether it is attached to a network interface is unknown (${operation} failed with ${code}).`;
    }
    const count = attachments(group, sg);
    if (count === 0)
        return 'It is not attached to any network interface.';
    return `It is attached to ${count} network interface${count === 1 ? '' : 's'}.`;
}
/** A check judged per security group of each region, every detail saying whether it is in use. */
function groupRule(meta, expose, passDetail) {
    return (0,kit/* resourceRule */.vE)({
        meta,
        resources: (sg) => sg.groups,
        ref: groupRef,
        judge: (group, sg) => {
            const exposure = expose(group, sg.prefixLists);
            const attachment = attachmentNote(group, sg);
            const networkInterfaces = attachments(group, sg);
            if (!exposure)
                return (0,kit/* pass */.IX)(`${passDetail} ${attachment}`, { networkInterfaces });
            if ('open' in exposure) {
                const { detail, evidence } = exposure.open;
                return (0,kit/* fail */.fJ)(`${detail} ${attachment}`, { ...evidence, networkInterfaces });
            }
            const { prefixLists, failure, what } = exposure.unresolved;
            const evidence = { prefixLists, networkInterfaces };
            return failure
                ? (0,kit/* unknown */.L5)(failure, evidence)
                : (0,kit/* undetermined */.nZ)(`${uncollectedPrefixLists(prefixLists, what)} ${attachment}`, evidence);
        },
    });
}
/** Where prefix lists left ports undecided: the lists, the first failed read, the ports. */
class Unresolved {
    // Arrays, not sets: one of these is made per group, and nearly all stay empty.
    prefixLists = [];
    failure;
    ports = [];
    add(prefixLists, failure, port) {
        for (const id of prefixLists)
            if (!this.prefixLists.includes(id))
                this.prefixLists.push(id);
        this.failure ??= failure;
        if (port !== undefined && !this.ports.includes(port))
            this.ports.push(port);
    }
    exposure(what) {
        if (this.prefixLists.length === 0)
            return undefined;
        const prefixLists = [...this.prefixLists].sort();
        return {
            unresolved: { prefixLists, what, ...(this.failure ? { failure: this.failure } : {}) },
        };
    }
}
/**
 * Each high-risk port the internet reaches, with by which protocols and sources; and the ports
 * that prefix lists with missing entries leave undecided.
 */
function openHighRiskPorts(group, prefixLists) {
    const ingress = new IngressReach(group.ingress, prefixLists);
    const open = [];
    const unresolved = new Unresolved();
    for (const port of HIGH_RISK_PORTS) {
        // Built only for a port the internet reaches: most groups reach none.
        let reached;
        for (const protocol of PROTOCOLS) {
            const reach = ingress.toPort(protocol, port);
            if (reach.status === 'open') {
                reached ??= { port, protocols: [], sources: [] };
                reached.protocols.push(protocol);
                reached.sources.push(...reach.sources);
            }
            else if (reach.status === 'unresolved') {
                unresolved.add(reach.prefixLists, reach.failure, port);
            }
        }
        if (reached)
            open.push({ ...reached, sources: [...new Set(reached.sources)].sort() });
    }
    return { open, unresolved };
}
const highRiskPortOpen = groupRule({
    id: 'sg.high-risk-port-open',
    title: 'Security group opens a high-risk port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Remove the ingress rules that open these ports to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address); allow only known CIDRs or security groups, or reach hosts through Systems Manager Session Manager.',
        url: RULES_URL,
    },
    frameworks: { fsbp: ['EC2.19', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'] },
    failWhen: "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) reaches TCP or UDP port 20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200 or 9300: by that port, by a range covering it, or with protocol `-1`. When a prefix list reaching such a port could not be read and nothing else opens one, the result is UNKNOWN.",
}, (group, prefixLists) => {
    const { open, unresolved } = openHighRiskPorts(group, prefixLists);
    if (open.length === 0) {
        const { ports } = unresolved;
        return unresolved.exposure(`port${ports.length === 1 ? '' : 's'} ${ports.join(', ')}`);
    }
    // Ports reached the same way are named together, in the detail (`3000, 3306 (tcp from ::/0)`)
    // and in the evidence: a group open to all traffic is one entry, not 24.
    const byWay = new Map();
    for (const { port, protocols, sources } of open) {
        const way = `${protocols.join('/')} from ${sources.join(', ')}`;
        const same = byWay.get(way);
        if (same)
            same.ports.push(port);
        else
            byWay.set(way, { ports: [port], protocols, sources });
    }
    const ports = [...byWay].map(([way, { ports: list }]) => `${list.join(', ')} (${way})`);
    return {
        open: {
            detail: `High-risk port${open.length === 1 ? '' : 's'} open to the internet: ${ports.join('; ')}.`,
            evidence: { openPorts: [...byWay.values()] },
        },
    };
}, 'No ingress from the internet reaches a high-risk port.');
const allPortsOpen = groupRule({
    id: 'sg.all-ports-open',
    title: 'Security group opens every port to the internet',
    service: 'sg',
    category: 'security',
    severity: 'critical',
    resourceType: GROUP_TYPE,
    remediation: {
        text: 'Replace the all-traffic or full-range (0-65535, 1-65535) ingress rules open to the internet (0.0.0.0/0, ::/0, or ranges and prefix lists that together cover every address) with rules for the ports the workload serves.',
        url: RULES_URL,
    },
    frameworks: {},
    failWhen: "Ingress from the internet (`0.0.0.0/0` or `::/0`, IPv4 or IPv6 ranges of the group's rules that together cover the whole address space, or a managed prefix list whose entries do) to all ports: by protocol `-1`, or by a TCP or UDP rule over a range from 0 or 1 to 65535 (or with no ports given). When a prefix list of such a rule could not be read and nothing else opens every port, the result is UNKNOWN.",
}, (group, prefixLists) => {
    // Per protocol, the permissions opening every port; -1 opens every port of both.
    const ingress = new IngressReach(group.ingress, prefixLists);
    const rules = [];
    const unresolved = new Unresolved();
    for (const protocol of PROTOCOLS) {
        const reach = ingress.toEveryPort(protocol);
        if (reach.status === 'open')
            rules.push(...reach.rules);
        else if (reach.status === 'unresolved')
            unresolved.add(reach.prefixLists, reach.failure);
    }
    if (rules.length === 0)
        return unresolved.exposure('every port');
    // A -1 rule found for tcp and udp is named once, with every source found for it.
    const sourcesOf = new Map();
    for (const rule of rules) {
        const known = sourcesOf.get(rule.permission) ?? new Set();
        rule.sources.forEach((source) => known.add(source));
        sourcesOf.set(rule.permission, known);
    }
    const described = group.ingress.flatMap((permission) => {
        const sources = sourcesOf.get(permission);
        return sources ? [describeExposingRules([{ permission, sources: [...sources] }])] : [];
    });
    return {
        open: {
            detail: `Every port is open to the internet: ${described.join('; ')}.`,
            evidence: { rules: described },
        },
    };
}, 'No ingress from the internet opens every port.');
/** The security group checks of CHECKS.md, in catalogue order. */
// The default security group check (issue 12).
/** One permission in words: `all traffic` or `tcp 22`, and its peers (CIDRs, prefix lists, groups). */
function sg_describePermission(permission) {
    const { IpProtocol: protocol = '', FromPort: from, ToPort: to } = permission;
    const traffic = protocol === '-1'
        ? 'all traffic'
        : from === undefined || from === to
            ? `${protocol}${from === undefined ? '' : ` ${from}`}`
            : `${protocol} ${from}-${to}`;
    const peers = [
        ...(permission.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
        ...(permission.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
        ...(permission.PrefixListIds ?? []).flatMap((l) => (l.PrefixListId ? [l.PrefixListId] : [])),
    ];
    // The reduced permission keeps no group references: a permission with no other peer names groups.
    return `${traffic} with ${peers.length > 0 ? peers.join(', ') : 'security groups'}`;
}
function countOf(permissions, direction) {
    const n = permissions.length;
    return `${n} ${direction} permission${n === 1 ? '' : 's'}${n > 0 ? ` (${permissions.map(sg_describePermission).join('; ')})` : ''}`;
}
const defaultGroupNotRestricted = (0,kit/* resourceRule */.vE)({
    meta: {
        id: 'sg.default-group-not-restricted',
        title: "VPC's default security group has rules",
        service: 'sg',
        category: 'security',
        severity: 'high',
        resourceType: GROUP_TYPE,
        remediation: {
            text: 'Move what uses the default security group to least-privilege groups of its own, then remove every inbound and outbound rule of the default group (it cannot be deleted).',
            url: 'https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html',
        },
        frameworks: { fsbp: ['EC2.2'], cis: ['5.4'] },
        failWhen: "A VPC's default security group (GroupName `default`, with a VpcId) has any inbound or outbound rule: IPv4 or IPv6 ranges, prefix lists or security group references. UNKNOWN when it has no inbound rule and its outbound rules were not collected (an inventory saved before they were).",
    },
    resources: (sg) => sg.groups,
    ref: groupRef,
    appliesTo: (group) => group.name === 'default' && group.vpcId !== undefined,
    judge: (group, sg) => {
        const networkInterfaces = attachments(group, sg);
        const attachment = attachmentNote(group, sg);
        const vpc = group.vpcId ?? '';
        const evidence = {
            vpcId: vpc,
            inbound: group.ingress.length,
            outbound: group.egress?.length ?? null,
            networkInterfaces,
        };
        if (group.egress === undefined && group.ingress.length === 0) {
            return (0,kit/* undetermined */.nZ)(`The default security group of ${vpc} has no inbound rule, and this inventory was saved before outbound rules were collected: whether it allows outbound traffic is unknown. ${attachment}`, evidence);
        }
        const egress = group.egress ?? [];
        if (group.ingress.length === 0 && egress.length === 0) {
            return (0,kit/* pass */.IX)(`The default security group of ${vpc} has no inbound and no outbound rule. ${attachment}`, evidence);
        }
        const outbound = group.egress === undefined ? 'outbound rules not collected' : countOf(egress, 'outbound');
        return (0,kit/* fail */.fJ)(`The default security group of ${vpc} allows traffic: ${countOf(group.ingress, 'inbound')}, ${outbound}. ${attachment}`, evidence);
    },
});
const sgRules = [highRiskPortOpen, allPortsOpen, defaultGroupNotRestricted];

;// CONCATENATED MODULE: ./src/rules/index.ts






/** Every check posture-gate knows, in catalogue order. */
const ALL_RULES = [
    ...efsRules,
    ...ec2Rules,
    ...sgRules,
    ...rdsRules,
    ...s3Rules,
    ...iamRules,
];


/***/ }),

/***/ 7163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ fieldRule),
/* harmony export */   CI: () => (/* binding */ partsOf),
/* harmony export */   HR: () => (/* binding */ ACCOUNT_TYPE),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   N6: () => (/* binding */ toFinding),
/* harmony export */   QR: () => (/* binding */ ageInDays),
/* harmony export */   SM: () => (/* binding */ isUsageCheck),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   fx: () => (/* binding */ firstFailure),
/* harmony export */   l5: () => (/* binding */ regionRule),
/* harmony export */   n4: () => (/* binding */ passIf),
/* harmony export */   n8: () => (/* binding */ notCollectedFindings),
/* harmony export */   nZ: () => (/* binding */ undetermined),
/* harmony export */   tJ: () => (/* binding */ listingUnknown),
/* harmony export */   vE: () => (/* binding */ resourceRule)
/* harmony export */ });
/* unused harmony exports failureAdvice, unknownFinding */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1105);
/* harmony import */ var _model_inventory_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1621);
// The rule kit: how every check turns the inventory into findings. A check is its metadata plus a
// judge that returns a verdict for one resource; the kit finds the resources, skips what the check
// does not apply to, and owns the UNKNOWNs of a failed listing or an uncollected service.



// Verdicts of one status share one shape, an absent field undefined: judging reads them cheaply.
const pass = (detail, evidence) => ({
    status: 'PASS',
    detail,
    evidence,
});
const fail = (detail, evidence, monthlySavingsUsd) => ({ status: 'FAIL', detail, evidence, monthlySavingsUsd });
const unknown = (failure, evidence) => ({
    status: 'UNKNOWN',
    failure,
    evidence,
});
/** UNKNOWN without a failed call: the answer came but cannot decide. */
const undetermined = (detail, evidence) => ({
    status: 'UNKNOWN',
    detail,
    evidence,
});
/** PASS or FAIL by a test's outcome, with one detail sentence for both. */
const passIf = (passed, detail, evidence) => (passed ? pass(detail, evidence) : fail(detail, evidence));
/** A scanned service with no part and no recorded failure in the inventory. */
const NOT_COLLECTED = 'NotCollected';
/**
 * Why a call failed, by its class, in the words a user can act on. Only a denied call names a
 * permission to grant.
 */
function failureAdvice(failure, permission) {
    const { code } = failure;
    if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isExpiredSession */ .oo)(code))
        return ': the session expired during the scan (raise role-duration-seconds)';
    if (code === _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SCAN_DEADLINE */ .fp)
        return ': the scan-timeout-minutes deadline passed first';
    if (code === NOT_COLLECTED)
        return '';
    switch ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classOf */ .Kl)(failure)) {
        case 'denied':
            return `; the scan needs ${permission}`;
        case 'throttled':
            return ': AWS throttled it through every retry (raise max-attempts or scan less at once)';
        case 'not-found':
            return ': not found';
        case 'timeout':
            return ': it timed out on every attempt';
        case 'network':
            return ': a network error (the endpoint could not be reached)';
        case 'malformed':
            return ': the answer could not be read (malformed or truncated)';
        case 'internal':
            return `: an internal error of posture-gate; please report it at ${_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BUG_REPORT_URL */ .y5}`;
        case 'service':
            return ': an error of the AWS service';
    }
}
/**
 * An UNKNOWN finding naming the call that failed and the IAM permission it needs. Only a denied
 * call is blamed on permissions: throttling or a service error says so instead.
 */
function unknownFinding(resource, failure) {
    return failedFinding(resource, failure, undefined);
}
/** The finding of a failed call, with the evidence the check gathered before it. */
function failedFinding(resource, failure, evidence) {
    const permission = (0,_aws_permissions_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionFor */ .Tj)(failure.operation);
    return findingOf(resource, 'UNKNOWN', `Could not be assessed: ${failure.operation} failed with ${failure.code}${failureAdvice(failure, permission)}.`, evidence, undefined, { operation: failure.operation, code: failure.code, permission });
}
/**
 * Every finding is made here, in one shape: every field present, the absent ones undefined (the
 * engine reads `undefined` as absent). Spreading a resource and a verdict of varying shapes into
 * each finding was the costliest step of judging a resource.
 */
function findingOf(resource, status, detail, evidence, monthlySavingsUsd, failedCall) {
    return {
        region: resource.region,
        resourceId: resource.resourceId,
        resourceArn: resource.resourceArn,
        resourceName: resource.resourceName,
        resourceType: resource.resourceType,
        frameworks: resource.frameworks,
        status,
        detail,
        evidence,
        monthlySavingsUsd,
        failedCall,
    };
}
const ACCOUNT_TYPE = 'AWS::::Account';
/**
 * When a listing failed there are no resources to judge: one account-level UNKNOWN per check and
 * region says so, rather than no result at all (which would read as "all fine").
 */
function listingUnknown(account, region, failure) {
    return unknownFinding({ region, resourceId: account, resourceType: ACCOUNT_TYPE }, failure);
}
/** The first failed read among `reads`, if any: a check that needs all of them is UNKNOWN. */
function firstFailure(...reads) {
    for (const read of reads)
        if (!read.ok)
            return read.error;
    return undefined;
}
/** The sentence every result of a resource whose tags could not be read ends with. */
function tagsUnreadSentence(failure) {
    return `Its tags could not be read (${failure.operation} failed with ${failure.code}), so exclude-tags and environment could not be applied to it.`;
}
function judged(resource, verdict) {
    if (verdict.status === 'UNKNOWN' && 'failure' in verdict) {
        return failedFinding(resource, verdict.failure, verdict.evidence);
    }
    const monthlySavingsUsd = verdict.status === 'UNKNOWN' ? undefined : verdict.monthlySavingsUsd;
    return findingOf(resource, verdict.status, verdict.detail, verdict.evidence, monthlySavingsUsd, undefined);
}
function toFinding(ref, verdict) {
    const finding = judged(ref, verdict);
    if (ref.tagsUnread)
        finding.detail = `${finding.detail} ${tagsUnreadSentence(ref.tagsUnread)}`;
    return finding;
}
/** The collected parts of one service, with the region each stands for. */
function partsOf(inventory, service) {
    if ((0,_model_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccountWide */ .RD)(service)) {
        const part = inventory.global[service];
        return part ? [{ region: _model_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_REGION */ .ju, part }] : [];
    }
    return Object.entries(inventory.regional).flatMap(([region, parts]) => {
        const part = parts[service];
        return part ? [{ region, part }] : [];
    });
}
/** Where a scanned service has no part: its collector failed, or a file lacks it. */
function missingRegions(header, service, collected) {
    if ((0,_model_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .isAccountWide */ .RD)(service))
        return collected(service, _model_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_REGION */ .ju) ? [] : [_model_inventory_js__WEBPACK_IMPORTED_MODULE_2__/* .GLOBAL_REGION */ .ju];
    return header.regions.filter((region) => !collected(service, region));
}
/** The recorded failure of the service's collector there, or a stand-in naming the gap. */
function whyMissing(header, service, region) {
    const operation = `${service}:collect`;
    const recorded = header.errors.find((e) => e.service === service && e.region === region && e.operation === operation);
    if (recorded) {
        const { code, message } = recorded;
        return recorded.class
            ? { operation, code, message, class: recorded.class }
            : { operation, code, message };
    }
    return {
        operation,
        code: NOT_COLLECTED,
        message: `the inventory has no ${service} data for ${region}`,
        class: 'internal',
    };
}
/**
 * One account-level UNKNOWN per region where the service was not collected. Rules skip a missing
 * part; without these results the service would silently drop out of the score and the gate.
 */
function notCollectedFindings(header, service, collected) {
    return missingRegions(header, service, collected).map((region) => listingUnknown(header.account, region, whyMissing(header, service, region)));
}
/** Categories whose checks skip resources younger than `min-age-days` (CHECKS.md). */
const USAGE_CATEGORIES = new Set(['cost', 'performance']);
function isUsageCheck(meta) {
    return USAGE_CATEGORIES.has(meta.category);
}
const DAY_MS = 86_400_000;
/**
 * Whole days between an ISO timestamp and now, never below 0: `now` is when collection began, and
 * what the collection reads may be dated later (a key used, or a volume created, during the scan).
 */
function ageInDays(createdAt, now) {
    return Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / DAY_MS));
}
/** A check judged once per listed resource of each region. */
function resourceRule(check) {
    const usage = isUsageCheck(check.meta);
    const tooYoung = (item, context) => {
        const createdAt = usage ? check.createdAt?.(item) : undefined;
        return createdAt !== undefined && ageInDays(createdAt, context.now) < context.minAgeDays;
    };
    return {
        meta: check.meta,
        *evaluate(inventory, context) {
            for (const { region, part } of partsOf(inventory, check.meta.service)) {
                const listed = check.resources(part);
                const listings = Array.isArray(listed)
                    ? listed
                    : [listed];
                const failure = firstFailure(...listings);
                if (failure)
                    yield listingUnknown(inventory.account, region, failure);
                for (const listing of listings) {
                    if (!listing.ok)
                        continue;
                    for (const item of listing.value) {
                        if (check.appliesTo && !check.appliesTo(item, part))
                            continue;
                        if (tooYoung(item, context))
                            continue;
                        yield toFinding(check.ref(item, region), check.judge(item, part, context));
                    }
                }
            }
        },
    };
}
/** A check of an account setting, judged once per region; the result is about the account. */
function regionRule(check) {
    return {
        meta: check.meta,
        evaluate(inventory, context) {
            return partsOf(inventory, check.meta.service).map(({ region, part }) => toFinding({ region, resourceId: inventory.account }, check.judge(part, region, context)));
        },
    };
}
/** A check that looks at one field of each resource: PASS or FAIL by its value. */
function fieldRule(check) {
    const { field, missing, passes, detail, evidence, ...resource } = check;
    return resourceRule({
        ...resource,
        judge: (item, part) => {
            const value = field(item);
            const seen = evidence?.(value, item);
            if (value === undefined) {
                return undetermined(missing ?? 'The answer lacked the field this check reads.', seen);
            }
            return passIf(passes(value), detail(value, item, part), seen);
        },
    });
}


/***/ })

};
