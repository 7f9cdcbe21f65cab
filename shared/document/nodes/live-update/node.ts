import { ElementNode } from 'lexical';
import { $readProps, $writeProps, defineProps, flatStates, textProp } from '../props';

export const liveUpdateProps = defineProps({
  /** An ISO instant; the site shows it as "Uppdatering 23:00", Stockholm time. */
  time: textProp,
});

/**
 * A timed update added to a published article. Its text is ordinary blocks inside it, so it
 * converts with the same code as the rest of the body.
 */
export class LiveUpdateNode extends ElementNode {
  override $config() {
    return this.config('live-update', { extends: ElementNode, stateConfigs: flatStates(liveUpdateProps) });
  }

  getTime(): string {
    return $readProps(this, liveUpdateProps).time;
  }

  setTime(time: string): this {
    $writeProps(this, liveUpdateProps, { time });
    return this;
  }

  override isShadowRoot(): boolean {
    return true;
  }
}
