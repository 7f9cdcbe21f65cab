import { $getNodeByKey, type ElementDOMSlot, type EditorConfig, type LexicalEditor } from 'lexical';
import { atNewsroomTimeOfDay, formatTime } from '../../../shared/format/date';
import { isLanguage, translate, type Language } from '../../../shared/i18n';
import { LiveUpdateNode } from '../../../shared/document/nodes/live-update/node';

/** createDOM runs outside React; the app keeps the interface language on <html lang>. */
function language(): Language {
  const lang = document.documentElement.lang;
  return isLanguage(lang) ? lang : 'sv';
}

function timeOfDay(instant: string): string {
  return Number.isNaN(Date.parse(instant)) ? '' : formatTime(instant);
}

/** The same day in Stockholm at a new hour and minute ("23:05"), as an ISO instant. */
export function withTimeOfDay(instant: string, hhmm: string): string | null {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return null;
  const base = Number.isNaN(Date.parse(instant)) ? Date.now() : Date.parse(instant);
  return atNewsroomTimeOfDay(base, Number(match[1]), Number(match[2]));
}

function headingText(instant: string): string {
  return translate(language(), 'block.liveUpdate.heading', { time: timeOfDay(instant) }).trim();
}

/** A timed update: a heading "Uppdatering 23:00" with a time field, then the update's own blocks. */
export class LiveUpdateEditorNode extends LiveUpdateNode {
  override $config() {
    return this.config('live-update', { extends: LiveUpdateNode });
  }

  override createDOM(_config: EditorConfig, editor: LexicalEditor): HTMLElement {
    const section = document.createElement('section');
    section.className = 'spalt-live-update';
    const head = document.createElement('div');
    head.className = 'spalt-live-update-head';
    head.contentEditable = 'false';
    const title = document.createElement('h2');
    title.className = 'spalt-live-update-title';
    title.textContent = headingText(this.getTime());
    const time = document.createElement('input');
    time.type = 'time';
    time.className = 'spalt-live-update-time';
    time.setAttribute('aria-label', translate(language(), 'block.liveUpdate.time'));
    time.value = timeOfDay(this.getTime());
    time.disabled = !editor.isEditable();
    const key = this.getKey();
    time.addEventListener('change', () =>
      editor.update(() => {
        const node = $getNodeByKey(key);
        const next = node instanceof LiveUpdateNode ? withTimeOfDay(node.getTime(), time.value) : null;
        if (node instanceof LiveUpdateNode && next !== null) node.setTime(next);
      }),
    );
    head.append(title, time);
    const content = document.createElement('div');
    content.className = 'spalt-live-update-content';
    section.append(head, content);
    return section;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const content = element.querySelector<HTMLElement>(':scope > .spalt-live-update-content');
    return content ? super.getDOMSlot(element).withElement(content) : super.getDOMSlot(element);
  }

  // `previous` reads the latest state too, so compare with what the DOM shows instead.
  override updateDOM(_previous: this, dom: HTMLElement): boolean {
    const instant = this.getTime();
    const title = dom.querySelector(':scope > .spalt-live-update-head > .spalt-live-update-title');
    const time = dom.querySelector<HTMLInputElement>(':scope > .spalt-live-update-head > input');
    const heading = headingText(instant);
    if (title && title.textContent !== heading) title.textContent = heading;
    if (time && document.activeElement !== time && time.value !== timeOfDay(instant)) time.value = timeOfDay(instant);
    return false;
  }
}
