/** Types for package.mjs, which runs as a plain Node script. */
export interface BuilderConfig {
  publish?: Record<string, unknown> | null;
  [key: string]: unknown;
}
export function readBuilderConfig(root?: string): BuilderConfig;
export function packagingConfig(config: BuilderConfig, env?: Record<string, string | undefined>): BuilderConfig;
