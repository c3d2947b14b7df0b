import ts from "typescript";

/**
 * In the browser build the classic Remix compiler replaces every `*.server` module with an empty one, so a value
 * imported from it is `undefined` there. A non-server app/ module may use such an import only where the browser never
 * looks:
 * - in a type (`import type`, `typeof loader`);
 * - as a server-only route export: `export { x as loader } from "….server"`, `export const action = x`, or inside the
 *   body of an exported `loader`/`action`/`headers` function (the browser build drops those exports and what only they
 *   use);
 * - `handle` re-exported from a `.server` module, for keys only the server reads (the body limit): the browser sees
 *   `undefined`.
 * Anything else (a `*_PATH` constant in JSX, a module-level `journey.stepLoader` read) is reported.
 */
const SERVER_EXPORTS = new Set(["loader", "action", "headers"]);
const REEXPORTABLE = new Set([...SERVER_EXPORTS, "handle"]);
const SERVER_MODULE = /\.server(\.tsx?)?$/;

export type ServerValueUse = { line: number; name: string; reason: string };

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The node is (inside) the exported `loader`/`action`/`headers`: a function body or a plain alias. */
function inServerExport(identifier: ts.Identifier): boolean {
  for (let node: ts.Node = identifier; node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isFunctionDeclaration(parent) && parent.name && SERVER_EXPORTS.has(parent.name.text) && isExported(parent)) {
      return node !== parent.name;
    }
    if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && SERVER_EXPORTS.has(parent.name.text)) {
      const statement = parent.parent?.parent;
      if (!statement || !ts.isVariableStatement(statement) || !isExported(statement)) return false;
      const init = parent.initializer;
      if (node !== init) return false;
      // `export const loader = x` (an alias the browser build drops) or a function; never a module-level read or call.
      return ts.isIdentifier(init) || ts.isArrowFunction(init) || ts.isFunctionExpression(init);
    }
  }
  return false;
}

function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n)) return true;
    if (ts.isStatement(n)) return false;
  }
  return false;
}

/** Every use of a `.server` value in a non-server app module that the browser would evaluate. */
export function serverValueUses(fileName: string, code: string): ServerValueUse[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const uses: ServerValueUse[] = [];
  const imported = new Set<string>();

  for (const statement of source.statements) {
    const from =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    if (from === undefined || !SERVER_MODULE.test(from)) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) imported.add(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) imported.add(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) if (!element.isTypeOnly) imported.add(element.name.text);
      }
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (!clause || !ts.isNamedExports(clause)) {
        uses.push({ line: lineOf(statement), name: "*", reason: `export * from "${from}"` });
        continue;
      }
      for (const element of clause.elements) {
        if (element.isTypeOnly || REEXPORTABLE.has(element.name.text)) continue;
        uses.push({ line: lineOf(element), name: element.name.text, reason: `re-exported from "${from}"` });
      }
    }
  }
  if (imported.size === 0) return uses;

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && imported.has(node.text)) {
      const parent = node.parent;
      const isReference =
        !(ts.isPropertyAccessExpression(parent) && parent.name === node) &&
        !(ts.isPropertyAssignment(parent) && parent.name === node) &&
        !(ts.isQualifiedName(parent) && parent.right === node) &&
        !(ts.isBindingElement(parent) && parent.propertyName === node) &&
        !(ts.isJsxAttribute(parent) && parent.name === node);
      if (isReference) {
        if (ts.isExportSpecifier(parent)) {
          if (!parent.isTypeOnly && !REEXPORTABLE.has(parent.name.text)) {
            uses.push({ line: lineOf(node), name: node.text, reason: `exported as "${parent.name.text}"` });
          }
        } else if (!inType(node) && !inServerExport(node)) {
          uses.push({ line: lineOf(node), name: node.text, reason: "used outside loader/action" });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}
