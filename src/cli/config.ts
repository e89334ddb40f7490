/** `hh-srdi.config.yaml`, looked up from the cwd upward and validated with zod (knip). */
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RULE_IDS } from '../rules/index.js';
import type { Io } from './io.js';
import { UsageError } from './io.js';

export const CONFIG_NAMES = ['hh-srdi.config.yaml', 'hh-srdi.config.yml'];

const severity = z.enum(['error', 'warn', 'info', 'off']);
export const configSchema = z
  .object({
    data: z.string().optional().meta({ description: 'data folder, relative to this file' }),
    lang: z.enum(['zh', 'en']).optional(),
    rules: z.record(z.string(), severity).optional(),
    criteria: z.enum(['miit-2022', 'miit-2026']).optional(),
    encoding: z.enum(['utf8', 'gb18030']).optional(),
    max_yaml_mb: z.number().positive().optional(),
  })
  .strict();

export type Config = z.infer<typeof configSchema> & { file?: string; dir: string };

export async function findConfig(io: Io, explicit?: string): Promise<string | undefined> {
  if (explicit) return resolve(io.cwd, explicit);
  let dir = io.cwd;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (await io.vfs.exists(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export async function loadConfig(io: Io, explicit?: string): Promise<Config> {
  const file = await findConfig(io, explicit);
  if (!file) return { dir: io.cwd };
  let raw: unknown;
  try {
    raw = parse(new TextDecoder().decode(await io.vfs.read(file)), { maxAliasCount: 10 }) ?? {};
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(`无法读取配置文件 ${file}：${msg}`, `cannot read config ${file}: ${msg}`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.') || '(root)';
    throw new UsageError(`配置文件 ${file} 无效：${where} — ${issue.message}`, `invalid config ${file}: ${where} — ${issue.message}`);
  }
  for (const id of Object.keys(parsed.data.rules ?? {})) {
    if (!RULE_IDS.includes(id)) {
      throw new UsageError(`配置文件 ${file}：未知规则 ${id}`, `config ${file}: unknown rule "${id}" (see \`hh-srdi rules\`)`);
    }
  }
  return { ...parsed.data, file, dir: dirname(file) };
}
