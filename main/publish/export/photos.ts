/** A library photo as an export needs it: what the site prints, and the web rendition's bytes. */
export interface ExportPhoto {
  id: string;
  alt: string;
  caption: string;
  creditLine: string;
  /** The web rendition: the longest side at most 2560 px and no private metadata. */
  mimeType: string;
  extension: string;
  read: () => Uint8Array;
}

export type PhotoSource = (id: string) => ExportPhoto | undefined;

export function dataUri(photo: ExportPhoto): string {
  return `data:${photo.mimeType};base64,${Buffer.from(photo.read()).toString('base64')}`;
}
