import { useId, useMemo } from 'react';
import type { SiteAuthor } from '../../../shared/publish/publish';
import { useT } from '../../i18n';

interface AuthorFieldProps {
  authors: SiteAuthor[];
  chosen: number;
  /** The user who publishes, marked in the list. */
  userId: number | null;
  onChosen: (id: number) => void;
}

/**
 * Whom the post is published under on the site: any of its authors, for an editor publishing
 * a reporter's story. Starts at the byline's person when that person is a user of the site.
 */
export function AuthorField({ authors, chosen, userId, onChosen }: AuthorFieldProps) {
  const { t } = useT();
  const hintId = useId();
  const sorted = useMemo(() => [...authors].sort((a, b) => a.name.localeCompare(b.name, 'sv')), [authors]);

  // Two users of one name are told apart by their user names (slugs).
  function label(author: SiteAuthor): string {
    const twin = authors.some((other) => other.id !== author.id && other.name === author.name);
    const name = twin && author.slug ? `${author.name} (${author.slug})` : author.name;
    return author.id === userId ? t('publishDialog.authorYou', { name }) : name;
  }

  return (
    <div className="publish-author">
      <label className="field">
        <span>{t('publishDialog.author')}</span>
        <select value={chosen} aria-describedby={hintId} onChange={(event) => onChosen(Number(event.target.value))}>
          {sorted.map((author) => (
            <option key={author.id} value={author.id}>
              {label(author)}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        {t('publishDialog.authorHint')}
      </p>
    </div>
  );
}
