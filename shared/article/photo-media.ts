// Apart from the photo's schemas (photo.ts): the article editor shows photos from its start,
// which loads no schema library.

export type PhotoRenditionName = 'thumb' | 'web';

/** The address a rendition is served at, relative to the app's origin in both modes. */
export function photoMediaPath(id: string, rendition: PhotoRenditionName): string {
  return `/media/photos/${encodeURIComponent(id)}/${rendition}`;
}
