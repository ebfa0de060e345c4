/**
 * The one seam where the knowledge base's long texts become bytes and back: a Kysely plugin that
 * packs (kb/text/packed.ts) every value written to a packed column and unpacks every packed column
 * a query selects, so every reader and writer — imports, queries, the search indexer, `zankb copy`
 * and its checksums — keeps seeing text, on both backends, with one schema and one set of queries.
 *
 * What it cannot see: SQL that looks into a packed column inside the database (length(), LIKE,
 * json_extract on SQLite, ->> on PostgreSQL) reads compressed bytes, so none may; a raw `sql`
 * query, or a select through a subquery or a CTE, gets the bytes (unpack them with `unpackText`).
 */
import {
  AliasNode,
  ColumnNode,
  ColumnUpdateNode,
  IdentifierNode,
  InsertQueryNode,
  PrimitiveValueListNode,
  ReferenceNode,
  SelectAllNode,
  SelectQueryNode,
  TableNode,
  UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { isPacked, packText, unpackText } from './packed.js';

/** The packed columns of each table: the texts of a document and of the regulations it carries. */
export const PACKED_COLUMNS: Readonly<Record<string, ReadonlySet<string>>> = {
  documents: new Set(['text', 'markdown', 'parsed', 'diagnostics']),
  regulation_texts: new Set(['markdown', 'provisions', 'sections', 'appendices']),
};

/** Where a selected value comes from: its table and column. */
interface Origin {
  table: string;
  column: string;
}

/** Packs on the way in, unpacks on the way out (install it once, on the knowledge base's Kysely instance). */
export class PackedColumnsPlugin implements KyselyPlugin {
  /** Per select query: the result keys that hold a packed column. */
  readonly #reads = new WeakMap<object, Map<string, Origin>>();

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node)) return packInsert(node);
    if (UpdateQueryNode.is(node)) return packUpdate(node);
    if (SelectQueryNode.is(node)) {
      const outputs = packedOutputs(node);
      if (outputs.size > 0) this.#reads.set(queryId, outputs);
    }
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const outputs = this.#reads.get(queryId);
    if (!outputs) return result;
    for (const row of result.rows) {
      for (const [key, origin] of outputs) {
        const value = row[key];
        if (isPacked(value)) row[key] = unpackText(value, placeOf(origin, row));
      }
    }
    return result;
  }
}

/** `documents.text of row doc_…`: the row named by its `id` when the query selected one. */
function placeOf({ table, column }: Origin, row: UnknownRow): string {
  const id = row.id;
  return `${table}.${column} of ${typeof id === 'string' || typeof id === 'number' ? `row ${id}` : 'a row'}`;
}

function packInsert(node: InsertQueryNode): InsertQueryNode {
  const packed = node.into ? PACKED_COLUMNS[tableName(node.into)] : undefined;
  if (!packed || !node.columns || !node.values || !ValuesNode.is(node.values)) return node;
  const at = node.columns.flatMap((c, i) => (packed.has(c.column.name) ? [i] : []));
  if (at.length === 0) return node;
  const table = tableName(node.into as TableNode);
  const values = node.values.values.map((list) => {
    if (PrimitiveValueListNode.is(list)) {
      const row = [...list.values];
      for (const i of at) row[i] = packValue(row[i], table, node.columns?.[i]);
      return PrimitiveValueListNode.create(row);
    }
    const row = list.values.map((v, i) =>
      at.includes(i) && ValueNode.is(v) ? ValueNode.create(packValue(v.value, table, node.columns?.[i])) : v,
    );
    return ValueListNode.create(row);
  });
  return { ...node, values: ValuesNode.create(values) };
}

function packUpdate(node: UpdateQueryNode): UpdateQueryNode {
  const packed = node.table && TableNode.is(node.table) ? PACKED_COLUMNS[tableName(node.table)] : undefined;
  if (!packed || !node.updates) return node;
  const table = tableName(node.table as TableNode);
  const updates = node.updates.map((u) => {
    if (!ColumnNode.is(u.column) || !packed.has(u.column.column.name) || !ValueNode.is(u.value)) return u;
    return ColumnUpdateNode.create(u.column, ValueNode.create(packValue(u.value.value, table, u.column)));
  });
  return { ...node, updates };
}

/** A string becomes its packed bytes; null stays null, bytes already packed stay as they are. */
function packValue(value: unknown, table: string, column: ColumnNode | undefined): unknown {
  if (typeof value === 'string') return packText(value);
  if (value === null || value === undefined || isPacked(value)) return value;
  throw new TypeError(
    `${table}.${column?.column.name ?? '?'} takes a text, got ${typeof value}: write the text itself, ` +
      'the knowledge base packs it',
  );
}

/** The result keys of a select that hold packed columns (plain, aliased, `t.*` and `*` selections). */
function packedOutputs(node: SelectQueryNode): Map<string, Origin> {
  const out = new Map<string, Origin>();
  const scope = tablesInScope(node);
  if (![...scope.values()].some((t) => PACKED_COLUMNS[t])) return out;
  for (const { selection } of node.selections ?? []) {
    if (SelectAllNode.is(selection)) {
      for (const table of scope.values()) addAll(out, table);
    } else if (ReferenceNode.is(selection) && SelectAllNode.is(selection.column)) {
      const table = selection.table ? scope.get(tableName(selection.table)) : undefined;
      if (table) addAll(out, table);
    } else {
      const [ref, key] = AliasNode.is(selection) ? [selection.node, aliasName(selection.alias)] : [selection, null];
      const origin = originOf(ref, scope);
      if (origin) out.set(key ?? origin.column, origin);
    }
  }
  return out;
}

/** Every name a table goes by in the query (its alias, else its own name) → the table. */
function tablesInScope(node: SelectQueryNode): Map<string, string> {
  const scope = new Map<string, string>();
  for (const from of [...(node.from?.froms ?? []), ...(node.joins ?? []).map((j) => j.table)]) {
    if (TableNode.is(from)) scope.set(tableName(from), tableName(from));
    else if (AliasNode.is(from) && TableNode.is(from.node)) scope.set(aliasName(from.alias), tableName(from.node));
  }
  return scope;
}

function originOf(ref: OperationNode, scope: Map<string, string>): Origin | null {
  const column = ReferenceNode.is(ref) && ColumnNode.is(ref.column) ? ref.column.column.name : null;
  if (column === null) return ColumnNode.is(ref) ? unqualified(ref.column.name, scope) : null;
  if (!(ReferenceNode.is(ref) && ref.table)) return unqualified(column, scope);
  const table = scope.get(tableName(ref.table));
  return table && PACKED_COLUMNS[table]?.has(column) ? { table, column } : null;
}

/** An unqualified column names the one table in scope that has it (SQL refuses an ambiguous one). */
function unqualified(column: string, scope: Map<string, string>): Origin | null {
  for (const table of scope.values()) if (PACKED_COLUMNS[table]?.has(column)) return { table, column };
  return null;
}

function addAll(out: Map<string, Origin>, table: string): void {
  for (const column of PACKED_COLUMNS[table] ?? []) out.set(column, { table, column });
}

function tableName(node: TableNode): string {
  return node.table.identifier.name;
}

function aliasName(alias: OperationNode): string {
  return IdentifierNode.is(alias) ? alias.name : '';
}
