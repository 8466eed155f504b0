// ESLint rule: no Promise.all / allSettled / any / race inside a transaction. A Prisma interactive
// transaction is one connection, and one connection runs one query at a time: pg queues the parallel
// ones today (and warns "Calling client.query() when the client is already executing a query"),
// pg 9 refuses them. So inside a transaction the queries run one after the other, written so.
//
// "Inside a transaction" is lexical: a function passed to `….$transaction(…)`, or a function with a
// parameter named `tx` or typed `Tx` / `…TransactionClient`, and every function nested in one
// (they close over the transaction client).

const COMBINATORS = new Set(["all", "allSettled", "any", "race"]);

function typeName(param) {
  const target = param.type === "AssignmentPattern" ? param.left : param;
  const annotation = target.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== "TSTypeReference") return null;
  const name = annotation.typeName;
  if (name.type === "Identifier") return name.name;
  if (name.type === "TSQualifiedName") return name.right.name;
  return null;
}

function takesTransaction(fn) {
  return fn.params.some((param) => {
    const target = param.type === "AssignmentPattern" ? param.left : param;
    if (target.type === "Identifier" && target.name === "tx") return true;
    const name = typeName(param);
    return name === "Tx" || (name !== null && name.endsWith("TransactionClient"));
  });
}

function isTransactionCallback(fn) {
  const call = fn.parent;
  return (
    call?.type === "CallExpression" &&
    call.arguments.includes(fn) &&
    call.callee.type === "MemberExpression" &&
    call.callee.property.type === "Identifier" &&
    call.callee.property.name === "$transaction"
  );
}

export default {
  meta: {
    type: "problem",
    docs: { description: "No parallel queries on one connection inside a transaction." },
    messages: {
      parallel:
        "Promise.{{method}} inside a transaction: a transaction is one connection and runs one query at a time — await the queries one after the other.",
    },
    schema: [],
  },
  create(context) {
    let depth = 0; // how many enclosing functions are transactional
    const marks = [];
    const enter = (fn) => {
      const transactional = depth > 0 || isTransactionCallback(fn) || takesTransaction(fn);
      marks.push(transactional);
      if (transactional) depth++;
    };
    const leave = () => {
      if (marks.pop()) depth--;
    };
    return {
      FunctionDeclaration: enter,
      FunctionExpression: enter,
      ArrowFunctionExpression: enter,
      "FunctionDeclaration:exit": leave,
      "FunctionExpression:exit": leave,
      "ArrowFunctionExpression:exit": leave,
      CallExpression(node) {
        if (depth === 0) return;
        const callee = node.callee;
        if (
          callee.type === "MemberExpression" &&
          callee.object.type === "Identifier" &&
          callee.object.name === "Promise" &&
          callee.property.type === "Identifier" &&
          COMBINATORS.has(callee.property.name)
        ) {
          context.report({ node, messageId: "parallel", data: { method: callee.property.name } });
        }
      },
    };
  },
};
