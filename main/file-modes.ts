/** A profile's folders and files are the user's alone (see private-profile.ts). */
export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;
