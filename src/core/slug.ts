/** A file-name-safe id from a title: "Ship the Refunds redesign!" → "ship-the-refunds-redesign". */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'untitled';
}

/** The slug, with -2, -3… added until it is not taken. */
export function uniqueSlug(title: string, taken: (candidate: string) => boolean): string {
  const base = slugify(title);
  let candidate = base;
  for (let suffix = 2; taken(candidate); suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}
