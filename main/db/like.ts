/** LIKE patterns for "starts with what was typed", with `\` as the escape (ESCAPE '\\' in the query). */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The whole text starts with `typed`. */
export const likeStart = (typed: string) => `${escapeLike(typed)}%`;

/** A later word of the text starts with `typed`. */
export const likeWord = (typed: string) => `% ${escapeLike(typed)}%`;
