// Preloaded into the Next.js server by `npm start` (node --import): stamps every request with the
// address of the TCP connection it came on, in a header no client can set (any value it sends is
// replaced). Next.js gives the app no other way to the socket, and its own X-Forwarded-For keeps
// whatever the client sent. With TRUST_PROXY unset, per-address sign-in throttling reads this
// header (src/server/auth/client-address.ts), so one client spraying passwords over many accounts
// is slowed however it forges its headers. Behind a proxy every socket is the proxy's: set
// TRUST_PROXY=1 there, and the proxy's X-Real-IP / X-Forwarded-For are read instead.
import http from "node:http";

export const PEER_ADDRESS_HEADER = "x-thidua-peer-address";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const [request] = args;
    request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
  }
  return emit.call(this, event, ...args);
};
