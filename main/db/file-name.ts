/** The profile's database file, in its data folder. Alone here, so the start can name it without loading SQLite. */
export const databaseFileName = 'spalt.sqlite';
