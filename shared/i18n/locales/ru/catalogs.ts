import balance from './balance.json';
import comments from './comments.json';
import common from './common.json';
import comparison from './comparison.json';
import errors from './errors.json';
import exchange from './exchange.json';
import exportCatalog from './export.json';
import history from './history.json';
import library from './library.json';
import methods from './methods.json';
import planner from './planner.json';
import session from './session.json';
import settings from './settings.json';
import sharing from './sharing.json';
import today from './today.json';

/** The interface's Russian catalogs, by namespace (one per feature). */
export const catalogs = {
  balance,
  comments,
  common,
  comparison,
  errors,
  exchange,
  export: exportCatalog,
  history,
  library,
  methods,
  planner,
  session,
  settings,
  sharing,
  today,
} as const;
