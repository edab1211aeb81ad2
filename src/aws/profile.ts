/**
 * The region of an AWS CLI profile, read with the SDK's own shared-config loader and its region
 * selector (the `region` key of the profile in ~/.aws/config or AWS_CONFIG_FILE, and of the
 * credentials file), so the CLI picks the region the SDK and the AWS CLI would.
 */
import { loadConfig, NODE_REGION_CONFIG_OPTIONS } from '@smithy/core/config';

/** The profile the SDK uses: `--profile`, else AWS_PROFILE, else `default`. */
export function profileName(profile: string | undefined, env: NodeJS.ProcessEnv): string {
  return profile || env.AWS_PROFILE || 'default';
}

/**
 * The profile's `region`, or undefined when the profile sets none (or the files do not exist).
 * The files are those the SDK reads, named by `env` (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE).
 */
export async function profileRegion(
  profile: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  const provider = loadConfig<string | undefined>(
    {
      // Only the files: the environment variables are read by the config schema.
      environmentVariableSelector: () => undefined,
      configFileSelector: NODE_REGION_CONFIG_OPTIONS.configFileSelector,
      default: () => undefined,
    },
    {
      profile: profileName(profile, env),
      ignoreCache: true,
      ...(env.AWS_CONFIG_FILE ? { configFilepath: env.AWS_CONFIG_FILE } : {}),
      ...(env.AWS_SHARED_CREDENTIALS_FILE ? { filepath: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    },
  );
  const region = await provider();
  return region?.trim() || undefined;
}
