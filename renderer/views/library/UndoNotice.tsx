import { useState } from 'react';
import { useT } from '../../i18n';

/** What a view tells after an action, and how to take the action back when it can be. */
export interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

/** The notice line: read out as a status, with "Ångra" beside it while the last action can be taken back. */
export function UndoNotice({ notice, onFailure }: { notice: Notice; onFailure: (error: unknown) => void }) {
  const { t } = useT();
  const [undoing, setUndoing] = useState(false);
  async function undo(run: () => Promise<void>) {
    setUndoing(true);
    try {
      await run();
    } catch (error) {
      onFailure(error);
    } finally {
      setUndoing(false);
    }
  }
  return (
    <div className="notice-line">
      <p className="notice" role="status">
        {notice.text}
      </p>
      {notice.undo ? (
        <button type="button" disabled={undoing} onClick={() => void undo(notice.undo!)}>
          {t('common.undo')}
        </button>
      ) : null}
    </div>
  );
}
