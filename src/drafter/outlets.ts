/**
 * News outlets the drafter recognises by name, agency tag or web domain. Outlets are not in data/
 * (each event carries its sources' names itself), so this small table lives with the tool.
 */
import type { Localized } from '../domain/schema.ts';

export interface Outlet {
  name: Localized;
  /** Spellings in articles: full names, agency tags as in "(كونا)" or "موسكو-سانا". */
  spellings: string[];
  domains: string[];
}

export const OUTLETS: Outlet[] = [
  {
    name: { ar: 'سبوتنيك عربي', en: 'Sputnik Arabic' },
    spellings: ['سبوتنيك عربي', 'سبوتنيك', 'Sputnik'],
    domains: ['sarabic.ae', 'sputniknews.com'],
  },
  {
    name: { ar: 'وكالة الأنباء الكويتية (كونا)', en: 'Kuwait News Agency (KUNA)' },
    spellings: ['كونا', 'وكالة الأنباء الكويتية', 'KUNA'],
    domains: ['kuna.net.kw'],
  },
  {
    name: { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' },
    spellings: ['سانا', 'الوكالة العربية السورية للأنباء', 'SANA'],
    domains: ['sana.sy'],
  },
  {
    name: { ar: 'آر تي عربي', en: 'RT Arabic' },
    spellings: ['RT', 'روسيا اليوم', 'آر تي'],
    domains: ['arabic.rt.com', 'rt.com'],
  },
  {
    name: { ar: 'وكالة أنباء الصين الجديدة (شينخوا)', en: 'Xinhua' },
    spellings: ['شينخوا', 'وكالة أنباء الصين الجديدة', 'Xinhua'],
    domains: ['news.cn', 'xinhuanet.com'],
  },
  {
    name: { ar: 'سي جي تي إن العربية', en: 'CGTN Arabic' },
    spellings: ['سي جي تي إن', 'CGTN'],
    domains: ['arabic.cgtn.com', 'cgtn.com'],
  },
  {
    name: { ar: 'الشروق', en: 'Shorouk News' },
    spellings: ['الشروق', 'بوابة الشروق'],
    domains: ['shorouknews.com'],
  },
  {
    name: { ar: 'تاس', en: 'TASS' },
    spellings: ['تاس', 'TASS'],
    domains: ['tass.com', 'tass.ru'],
  },
];
