/**
 * Text read out of image files is whatever a camera, an agency or a stranger put there. It is
 * kept as plain text only: control characters and bidirectional overrides removed, whitespace
 * collapsed, length capped. Nothing here interprets markup; "<script>" stays those characters,
 * and React shows it as text.
 */

// C0 and C1 controls, DEL, and the bidi embeddings/overrides/isolates that can disguise text.
const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function plainText(value: string, maxLength: number): string {
  const cleaned = value.normalize('NFC').replace(invisible, '').replace(/\s+/gu, ' ').trim();
  if (cleaned.length <= maxLength) return cleaned;
  // Cut on a code point boundary, never half a surrogate pair.
  return cleaned
    .slice(0, maxLength)
    .replace(/[\ud800-\udbff]$/, '')
    .trim();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * IPTC text written as UTF-8 (CodedCharacterSet ESC % G) reaches us decoded as Latin-1:
 * "LÃ¤nstidningen". When every character is a byte and those bytes are valid UTF-8 with at
 * least one multi-byte sequence, the UTF-8 reading is the intended one; real Latin-1 text
 * ("L\xe4nstidningen") is almost never valid UTF-8, so it is left alone.
 */
export function repairUtf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    return utf8.decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XMP values can arrive still XML-escaped ("&lt;script&gt;"); the text means the characters. */
export function decodeXmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10), whole);
    return entities[lower] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Captions cameras write by themselves, which say nothing about the picture. */
const cameraBoilerplate = [
  /^(OLYMPUS|SONY|KONICA MINOLTA|MINOLTA|SAMSUNG|PENTAX|KODAK|NIKON|CANON|FUJIFILM|LEICA|HUAWEI|PANASONIC)?\s*(DIGITAL (STILL )?CAMERA|DSC|CSC|DIGITAL IMAGE)$/i,
  /^(default|untitled|image|picture|photo|bild|exif_jpeg_picture|dcim|no description|description)$/i,
  /^(created with|creator:|lead technologies|processed by|jpeg\b|gd-jpeg|picasa)/i,
];

export function isCameraBoilerplate(text: string): boolean {
  const value = text.trim();
  return value === '' || cameraBoilerplate.some((pattern) => pattern.test(value));
}
