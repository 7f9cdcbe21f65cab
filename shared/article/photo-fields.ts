/**
 * A photo's credit types, field limits and embedded metadata fields as plain values: the photo
 * library shows and keeps them without loading a schema library. photo.ts makes the contract's
 * schemas of them.
 */

/** How the newsroom came by a photo; the type decides how its credit line is written. */
export const creditTypes = ['staff', 'freelance', 'handout', 'stock', 'agency', 'archive', 'illustration'] as const;
export type CreditType = (typeof creditTypes)[number];

export const photoLimits = {
  caption: 2_000,
  alt: 500,
  name: 200,
  organisation: 200,
  licence: 500,
  usageNotes: 2_000,
  fileName: 255,
  /** Bytes of one imported file. */
  fileBytes: 50 * 1024 * 1024,
  /** Pixels of one imported image (width × height): a 100-megapixel camera file still fits. */
  pixels: 120_000_000,
  /** The web rendition's longest side: WordPress's own big-image threshold. */
  webLongestSide: 2560,
  thumbLongestSide: 400,
} as const;

/**
 * The metadata fields read from a file on import. The names are the standards' own, shown to
 * the user as they are ("IPTC By-line"), so a photographer recognises where a value came from.
 */
export const embeddedFields = {
  iptcByline: 'IPTC By-line',
  iptcCredit: 'IPTC Credit',
  iptcSource: 'IPTC Source',
  iptcCopyright: 'IPTC Copyright Notice',
  iptcCaption: 'IPTC Caption-Abstract',
  iptcHeadline: 'IPTC Headline',
  xmpCreator: 'XMP dc:creator',
  xmpCredit: 'XMP photoshop:Credit',
  xmpRights: 'XMP dc:rights',
  xmpDescription: 'XMP dc:description',
  exifArtist: 'EXIF Artist',
  exifCopyright: 'EXIF Copyright',
  exifDescription: 'EXIF ImageDescription',
  exifDateTimeOriginal: 'EXIF DateTimeOriginal',
} as const;
export type EmbeddedField = keyof typeof embeddedFields;
