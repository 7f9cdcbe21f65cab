import { isKnownRole } from '../../../shared/publish/roles';
import { builtKey, useT } from '../../i18n';

/** A WordPress role in the interface's language; a plugin's own role shows as its slug. */
export function useRoleName(): (role: string) => string {
  const { t } = useT();
  return (role) => (role === '' ? t('sites.role.none') : isKnownRole(role) ? t(builtKey('sites.role.', role)) : role);
}
