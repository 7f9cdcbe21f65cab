/** Types for make-icons.mjs, which runs as a plain Node script. */
export const iconDir: string;
export const pngSizes: number[];
export const icoSizes: number[];
export const icnsTypes: Array<[string, number]>;
export function icoFile(images: Array<{ size: number; png: Buffer }>): Buffer;
export function icnsFile(images: Array<{ type: string; png: Buffer }>): Buffer;
export function makeIcons(dir?: string): Promise<void>;
