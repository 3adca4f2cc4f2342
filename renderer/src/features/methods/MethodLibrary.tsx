import './methods.css';

import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { sessionFromMethod, stagesFromMethod } from '../../../../shared/method/insert';
import {
  METHOD_FILE_EXTENSION,
  methodFileBytes,
  methodFileName,
  readMethodFile,
} from '../../../../shared/method/method-file';
import type { Method } from '../../../../shared/method/schema';
import { INTERACTION_PATTERNS, LEARNING_TYPES, THEMES } from '../../../../shared/model/schema';
import { Button, Dialog, InputField, SelectField, useToast } from '../../components';
import { readChosenFile, saveFile } from '../../files';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { useFormatLocale, useFormatMinutes } from '../../i18n/format';
import { useDays, useEdit, useProgramSession } from '../../program';
import { ANY_METHOD, DURATION_BANDS, matchesQuery, type MethodQuery } from './method-search';
import { formatRange, MethodDetails } from './MethodDetails';
import {
  METHOD_SOURCES,
  type MethodLists,
  type MethodSource,
  useMethodLibrary,
} from './use-method-library';

type Props = {
  /** The session plan the library was opened from, whose stages it can add to; null from the week. */
  blockId: string | null;
  onClose: () => void;
};

/**
 * The method library: Cotutor's methods, the user's own and the program's,
 * searched and filtered together. A method goes into the week as a new session
 * or into the open plan as stages, each one undo step.
 */
export function MethodLibrary({ blockId, onClose }: Props) {
  const { t } = useTranslation('methods');
  const { t: tc } = useTranslation('common');
  const lists = useMethodLibrary();
  const locale = useFormatLocale();
  const toast = useToast();
  const describe = useDescribeError();
  const importer = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<MethodQuery>(ANY_METHOD);
  const [expanded, setExpanded] = useState<string | null>(null);
  const change = <K extends keyof MethodQuery>(key: K, value: MethodQuery[K]) =>
    setQuery((current) => ({ ...current, [key]: value }));
  const any = { value: 'any' as const, label: t('filter.any') };

  const take = async (file: { name: string; bytes: Uint8Array }) => {
    const read = readMethodFile(file.bytes);
    if (!read.ok) {
      toast({
        message: t('own.refused', { file: file.name, reason: t(`own.refusal.${read.reason}`) }),
      });
      return;
    }
    try {
      const kept = await lists.keep(read.method);
      toast({ message: t('own.imported', { name: kept.name }) });
      setExpanded(`own:${kept.id}`);
    } catch (error) {
      toast({ message: t('failed', { message: describe(error) }) });
    }
  };

  return (
    <Dialog
      open
      title={t('title')}
      onClose={onClose}
      className="method-library"
      footer={<Button onClick={onClose}>{tc('actions.close')}</Button>}
    >
      <div className="method-query" role="search">
        <InputField
          type="search"
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={query.text}
          onChange={(event) => change('text', event.target.value)}
        />
        <SelectField
          label={t('filter.learningType')}
          value={query.learningType}
          options={[
            any,
            ...LEARNING_TYPES.map((value) => ({ value, label: tc(`learningType.${value}`) })),
          ]}
          onChange={(value) => change('learningType', value)}
        />
        <SelectField
          label={t('filter.interaction')}
          value={query.interaction}
          options={[
            any,
            ...INTERACTION_PATTERNS.map((value) => ({ value, label: tc(`interaction.${value}`) })),
          ]}
          onChange={(value) => change('interaction', value)}
        />
        <SelectField
          label={t('filter.duration')}
          value={query.duration}
          options={[
            any,
            ...DURATION_BANDS.map((value) => ({ value, label: t(`duration.${value}`) })),
          ]}
          onChange={(value) => change('duration', value)}
        />
        <SelectField
          label={t('filter.theme')}
          value={query.theme}
          options={[any, ...THEMES.map((value) => ({ value, label: tc(`theme.${value}`) }))]}
          onChange={(value) => change('theme', value)}
        />
      </div>
      {lists.failure !== null ? (
        <p className="method-notice method-notice-danger" role="alert">
          {t('loadFailed', { message: describe(lists.failure) })}
        </p>
      ) : null}
      <div className="method-sections">
        {METHOD_SOURCES.map((source) => (
          <MethodSection
            key={source}
            source={source}
            methods={lists[source]?.filter((method) => matchesQuery(method, query, locale)) ?? null}
            expanded={expanded}
            onExpand={setExpanded}
            blockId={blockId}
            lists={lists}
            onClose={onClose}
            tools={
              source === 'own' ? (
                <Button small onClick={() => importer.current?.click()}>
                  {t('own.import')}
                </Button>
              ) : null
            }
          />
        ))}
      </div>
      <input
        ref={importer}
        type="file"
        accept={`${METHOD_FILE_EXTENSION},.json,application/json`}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void readChosenFile(event.target).then((file) =>
            file === null ? undefined : take(file),
          );
        }}
      />
    </Dialog>
  );
}

type SectionProps = {
  source: MethodSource;
  methods: Method[] | null;
  expanded: string | null;
  onExpand: (key: string | null) => void;
  blockId: string | null;
  lists: MethodLists;
  onClose: () => void;
  tools: ReactNode;
};

function MethodSection({
  source,
  methods,
  expanded,
  onExpand,
  blockId,
  lists,
  onClose,
  tools,
}: SectionProps) {
  const { t } = useTranslation('methods');
  const formatMinutes = useFormatMinutes();
  const { t: tc } = useTranslation('common');
  const headingId = useId();
  return (
    <section className="method-section" aria-labelledby={headingId}>
      <div className="method-section-header">
        <h3 id={headingId}>{t(`section.${source}`)}</h3>
        {methods !== null ? (
          <span className="badge">{t('count', { count: methods.length })}</span>
        ) : null}
        {tools}
      </div>
      {methods === null ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : methods.length === 0 ? (
        <p className="muted">{t(`empty.${source}`)}</p>
      ) : (
        <ul className="method-list">
          {methods.map((method) => {
            const key = `${source}:${method.id}`;
            const open = expanded === key;
            return (
              <li key={key} className={open ? 'method-entry method-entry-open' : 'method-entry'}>
                <button
                  type="button"
                  className="method-toggle"
                  aria-expanded={open}
                  onClick={() => onExpand(open ? null : key)}
                >
                  <span className="method-name">{method.name}</span>
                  <span className="method-meta">
                    {formatRange(method, formatMinutes, t)} · {tc(`blockType.${method.blockType}`)}
                  </span>
                </button>
                {open ? (
                  <div className="method-open">
                    <MethodDetails method={method} />
                    <MethodActions
                      method={method}
                      source={source}
                      blockId={blockId}
                      lists={lists}
                      onClose={onClose}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type ActionsProps = {
  method: Method;
  source: MethodSource;
  blockId: string | null;
  lists: MethodLists;
  onClose: () => void;
};

function MethodActions({ method, source, blockId, lists, onClose }: ActionsProps) {
  const { t } = useTranslation('methods');
  const { t: tc } = useTranslation('common');
  const days = useDays();
  const edit = useEdit();
  const session = useProgramSession();
  const host = useHost();
  const toast = useToast();
  const describe = useDescribeError();
  const here = days.find((day) => day.blocks.some((block) => block.id === blockId));
  const [dayId, setDayId] = useState(here?.id ?? days[0]?.id ?? '');
  const undo = { label: tc('actions.undo'), run: () => session.undo() };
  const name = method.name;
  const attempt = (run: () => Promise<void>) =>
    void run().catch((error: unknown) =>
      toast({ message: t('failed', { message: describe(error) }) }),
    );

  const keepQuietly = async () => {
    await lists.keep(method);
  };

  const dayOptions = useMemo(
    () =>
      days.map((day, index) => ({
        value: day.id,
        label: t('insert.dayOption', { number: index + 1 }),
      })),
    [days, t],
  );

  const addSession = () => {
    const index = days.findIndex((day) => day.id === dayId);
    const day = days[index];
    if (day === undefined) return;
    edit.addBlock(day.id, day.blocks.length, sessionFromMethod(method));
    toast({ message: t('insert.addedSession', { name, number: index + 1 }), action: undo });
    onClose();
  };
  const addStages = (target: string) => {
    const stages = stagesFromMethod(method);
    edit.appendStages(target, stages);
    toast({ message: t('insert.addedStages', { name, count: stages.length }), action: undo });
    onClose();
  };

  return (
    <div className="method-actions">
      {days.length > 0 ? (
        <div className="method-insert">
          <SelectField
            label={t('insert.day')}
            value={dayId}
            options={dayOptions}
            onChange={setDayId}
          />
          <Button variant={blockId === null ? 'primary' : 'secondary'} onClick={addSession}>
            {t('insert.asSession')}
          </Button>
          {blockId !== null ? (
            <Button variant="primary" onClick={() => addStages(blockId)}>
              {t('insert.asStages')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div className="method-manage">
        {source === 'own' ? (
          <>
            <Button
              small
              onClick={() => {
                lists.share(method);
                toast({ message: t('own.shared', { name }) });
              }}
            >
              {t('own.share')}
            </Button>
            <Button
              small
              onClick={() =>
                attempt(async () => {
                  const outcome = await saveFile(
                    host,
                    methodFileName(method),
                    methodFileBytes(method),
                  );
                  if (outcome !== 'cancelled') toast({ message: t('own.exported', { name }) });
                })
              }
            >
              {t('own.export')}
            </Button>
            <Button
              small
              variant="danger"
              onClick={() =>
                attempt(async () => {
                  await lists.removeOwn(method.id);
                  toast({
                    message: t('own.deleted', { name }),
                    action: { label: tc('actions.undo'), run: () => attempt(() => keepQuietly()) },
                  });
                })
              }
            >
              {tc('actions.delete')}
            </Button>
          </>
        ) : null}
        {source === 'program' ? (
          <>
            <Button
              small
              onClick={() =>
                attempt(async () => {
                  await lists.keep(method);
                  toast({ message: t('program.kept', { name }) });
                })
              }
            >
              {t('program.keep')}
            </Button>
            <Button
              small
              variant="danger"
              onClick={() => {
                lists.unshare(method.id);
                toast({ message: t('program.unshared', { name }) });
              }}
            >
              {t('program.unshare')}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
