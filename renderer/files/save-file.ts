/**
 * Hands a file made by the core to the user: the browser's download (browser mode) or Electron's
 * save dialog, which a download opens in the desktop app.
 */
export function saveFile(file: { fileName: string; mimeType: string; data: Uint8Array | string }): void {
  const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file the user picked, as bytes for the core. */
export async function readPickedFile(file: File): Promise<{ fileName: string; data: Uint8Array<ArrayBuffer> }> {
  return { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}
