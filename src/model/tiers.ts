/** Tier ids and their Chinese names (SPEC §1): every input accepts both. */
import type { TierId } from './types.js';

export const TIER_NAMES: Record<TierId, { zh: string; short: string; en: string }> = {
  innovative: { zh: '创新型中小企业', short: '创新型', en: 'innovative SME' },
  srdi: { zh: '专精特新中小企业', short: '专精特新', en: 'SRDI SME' },
  'little-giant': { zh: '专精特新“小巨人”企业', short: '小巨人', en: 'SRDI little giant' },
};

const ALIASES: Record<string, TierId> = {
  innovative: 'innovative',
  创新型: 'innovative',
  创新型中小企业: 'innovative',
  科技和创新型中小企业: 'innovative',
  srdi: 'srdi',
  专精特新: 'srdi',
  专精特新中小企业: 'srdi',
  'little-giant': 'little-giant',
  little_giant: 'little-giant',
  littlegiant: 'little-giant',
  小巨人: 'little-giant',
  专精特新小巨人: 'little-giant',
  专精特新小巨人企业: 'little-giant',
  专精特新中小企业小巨人: 'little-giant',
};

/** Accepts ids and Chinese names, ignoring quotes, spaces and case. */
export function tierFromText(raw: string): TierId | undefined {
  const key = raw
    .normalize('NFKC')
    .replace(/[\s"'“”‘’「」『』]/g, '')
    .toLowerCase();
  // Own keys only: `constructor` or `__proto__` typed as a tier must not find Object.prototype's.
  const lookup = (k: string): TierId | undefined => (Object.hasOwn(ALIASES, k) ? ALIASES[k] : undefined);
  return lookup(key) ?? lookup(key.replace(/企业$/, ''));
}

export function tierLabel(tier: TierId, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? TIER_NAMES[tier].short : tier;
}
