/**
 * A file-name-safe id from a title: "Ship the Refunds redesign!" → "ship-the-refunds-redesign",
 * "Выпустить релиз" → "выпустить-релиз", "发布新版本" → "发布新版本".
 *
 * Letters of every script are kept (Latin ones lose their accents: "Café" → "cafe"), in lower
 * case where the script has case; everything else becomes a dash. What is left is safe as a
 * file name on Windows, macOS and Linux: no character any of them reserves, no leading or
 * trailing dot or space, at most 60 characters (180 bytes), in composed form (NFC), and never
 * a name Windows keeps for a device (`con`, `nul`, `com1`…), which it refuses whatever the
 * extension.
 */
export function slugify(title: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    // Accents on Latin letters go ("é" → "e"); marks that other scripts spell with stay.
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '');
  // Code points, not UTF-16 units: a letter outside the Basic Multilingual Plane is never cut in two.
  const slug = Array.from(words).slice(0, maxLength).join('').replace(/-+$/, '');
  if (!slug) return 'untitled';
  return isDeviceName(slug) ? `${slug}-1` : slug;
}

/** The names Windows reserves for devices, in any case and with any extension. */
const DEVICE_NAMES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** True for a name (without its extension) Windows will not give a file. */
export function isDeviceName(name: string): boolean {
  return DEVICE_NAMES.test(name.split('.')[0]!);
}

/** The slug, with -2, -3… added until it is not taken. */
export function uniqueSlug(title: string, taken: (candidate: string) => boolean): string {
  const base = slugify(title);
  let candidate = base;
  for (let suffix = 2; taken(candidate); suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}

/** A title as a reader compares it: "Refunds  Redesign " and "refunds redesign" are the same. */
export function comparableText(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
