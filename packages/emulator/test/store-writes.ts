/**
 * Finds the places where a source file changes the emulator's state itself instead of calling a
 * `domain/` function: an assignment, compound assignment, `++`/`--` or `delete` into something
 * reached from `store.state`, a mutating method (`push`, `splice`, `sort`, `Object.assign`, ...)
 * called on such a thing, and a call of a `Store` method that changes the state (`newId`,
 * `audit`, ...). It reads the syntax only (the TypeScript compiler's parser, no type checking).
 *
 * "Reached from the state": `store.state` (or `<anything>.store.state`), the caller (`user`, a
 * record of `state.users`), a variable initialised
 * from an expression that holds one, or from a call given the store (`requireObject(store, ...)`
 * answers a stored record), a destructured or loop variable taken from one, and the parameters of
 * a callback handed to a method of one (`Object.values(store.state.objects).forEach((o) => ...)`).
 */
import ts from 'typescript';

/** Methods that change the array (or object) they are called on. */
const MUTATING_METHODS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'delete',
  'clear',
  'add',
]);
/** Methods that answer a new list (what they are called on is left as it was). */
const FRESH_METHODS = new Set(['filter', 'map', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed']);
/** `Object.values(x)`, `Array.from(x)`, ...: new lists too. */
const FRESH_STATIC = new Set(['values', 'keys', 'entries', 'from', 'of']);
/** `Object.<name>(target, ...)` calls that change their first argument. */
const MUTATING_OBJECT_FUNCTIONS = new Set(['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf']);
/** `Store` methods that change the state (see `src/store/store.ts`). */
export const STORE_MUTATORS = new Set(['newId', 'audit', 'event', 'updated', 'track', 'changed', 'change']);

export interface StoreWrite {
  line: number;
  text: string;
}

const isStoreExpression = (node: ts.Expression): boolean =>
  (ts.isIdentifier(node) && node.text === 'store') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'store');

/** `store.state` or `x.store.state`; and the caller, `user` or `x.user`: a record in `state.users`. */
const isStateAccess = (node: ts.Node): boolean =>
  (ts.isPropertyAccessExpression(node) && node.name.text === 'state' && isStoreExpression(node.expression)) ||
  (ts.isIdentifier(node) && node.text === 'user') ||
  (ts.isPropertyAccessExpression(node) && node.name.text === 'user');

/** The names a binding (identifier or destructuring pattern) declares. */
function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : boundNames(element.name)));
}

/** Every store write in a source text (file name for messages only). */
export function storeWrites(fileName: string, text: string): StoreWrite[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** Names reached from the state, by the function (or file) that declares them. */
  const reached = new Map<ts.Node, Set<string>>();
  const scopeOf = (node: ts.Node): ts.Node => {
    let current = node.parent;
    while (current && !ts.isFunctionLike(current) && !ts.isSourceFile(current)) current = current.parent;
    return current ?? source;
  };
  const markReached = (declaration: ts.Node, name: string) => {
    const scope = scopeOf(declaration);
    const names = reached.get(scope) ?? new Set<string>();
    names.add(name);
    reached.set(scope, names);
  };
  /** Whether the name an identifier uses is reached in its function or one around it. */
  const isReachedName = (node: ts.Identifier): boolean => {
    for (let scope: ts.Node | undefined = scopeOf(node); scope; scope = scope.parent) {
      if (reached.get(scope)?.has(node.text)) return true;
      if (ts.isSourceFile(scope)) break;
    }
    return false;
  };

  /** Whether an expression holds something reached from the state. */
  const reaches = (node: ts.Node): boolean => {
    if (isStateAccess(node)) return true;
    if (ts.isIdentifier(node) && isReachedName(node)) return true;
    if (ts.isCallExpression(node) && node.arguments.some((arg) => isStoreExpression(arg))) return true;
    // a function's own body does not make the function a state value
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return false;
    return ts.forEachChild(node, (child) => (reaches(child) ? true : undefined)) ?? false;
  };

  /** The expression an access chain starts from: `a` of `a.b[c].d`. */
  const rootOf = (node: ts.Expression): ts.Expression => {
    let current = node;
    while (
      ts.isPropertyAccessExpression(current) ||
      ts.isElementAccessExpression(current) ||
      ts.isParenthesizedExpression(current) ||
      ts.isNonNullExpression(current) ||
      ts.isAsExpression(current)
    ) {
      if (isStateAccess(current)) return current;
      current = current.expression;
    }
    return current;
  };
  /** Whether writing into `target` (a member of something) writes into the state. */
  const intoState = (target: ts.Expression): boolean => {
    // giving a variable another value changes no stored record
    if (ts.isIdentifier(target)) return false;
    if (isStateAccess(target)) return true;
    if (!ts.isPropertyAccessExpression(target) && !ts.isElementAccessExpression(target)) return false;
    return reaches(rootOf(target)) || reaches(target.expression);
  };

  /** A list the expression has just made (`filter`, `map`, `Object.values`, `[...x]`): changing it changes no record. */
  const isFreshList = (node: ts.Expression): boolean => {
    if (ts.isArrayLiteralExpression(node)) return true;
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return false;
    const { expression: owner, name } = node.expression;
    if (ts.isIdentifier(owner) && (owner.text === 'Object' || owner.text === 'Array'))
      return FRESH_STATIC.has(name.text);
    return FRESH_METHODS.has(name.text);
  };

  const writes: StoreWrite[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    writes.push({ line: line + 1, text: node.getText(source).split('\n')[0] as string });
  };

  const visit = (node: ts.Node): void => {
    // note what is reached from the state before looking inside
    if (ts.isVariableDeclaration(node) && node.initializer && reaches(node.initializer))
      for (const name of boundNames(node.name)) markReached(node, name);
    if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && reaches(node.expression)) {
      const list = node.initializer;
      if (ts.isVariableDeclarationList(list))
        for (const declaration of list.declarations)
          for (const name of boundNames(declaration.name)) markReached(declaration, name);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const method = callee.name.text;
        const owner = callee.expression;
        if (reaches(owner)) {
          for (const arg of node.arguments)
            if (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))
              for (const parameter of arg.parameters)
                for (const name of boundNames(parameter.name)) markReached(parameter, name);
        }
        if (isStoreExpression(owner) && STORE_MUTATORS.has(method)) report(node);
        else if (MUTATING_METHODS.has(method) && !isFreshList(owner) && (reaches(owner) || isStateAccess(owner)))
          report(node);
        else if (
          ts.isIdentifier(owner) &&
          owner.text === 'Object' &&
          MUTATING_OBJECT_FUNCTIONS.has(method) &&
          node.arguments[0] &&
          reaches(node.arguments[0])
        )
          report(node);
      }
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      intoState(node.left)
    )
      report(node);
    if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) &&
      intoState(node.operand)
    )
      report(node);
    if (ts.isDeleteExpression(node) && intoState(node.expression)) report(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return writes;
}
