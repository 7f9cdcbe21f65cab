/**
 * An overall progress bar with its words beside it ("3 av 10 bilder klara"). Without a total
 * it shows work under way whose size is not known.
 */
export function ProgressBar({ label, done, total, text }: { label: string; done?: number; total?: number; text: string }) {
  const known = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="progress">
      <progress aria-label={label} aria-valuetext={text} max={known ? total : undefined} value={known ? done : undefined} />
      <span aria-hidden="true">{text}</span>
    </div>
  );
}
