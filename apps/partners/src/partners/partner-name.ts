const LEGAL_SUFFIXES = new Set(['plc', 'ltd', 'limited', 'llp', 'inc', 'incorporated', 'llc', 'gmbh']);

/**
 * The key two names of one organisation share: case, accents, punctuation, "&"/"and" and
 * legal suffixes ("plc", "ltd", "limited"…) do not matter.
 * "Marks & Spencer plc" and "marks and spencer" both give "marks and spencer".
 */
export function normalisePartnerName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Text the `q` search runs over: the normalised name and aliases. */
export function partnerSearchText(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(normalisePartnerName).join(' | ');
}
