// A bare node:http server in its own process, answering with fixed bodies read from files: what
// the call rows talk to, so that the server's work is not on the client's thread. `GET /objects`
// answers the list, `GET /objects/:id/children` the children, `GET /objects/:id/history` the
// history, any other GET the object, anything else an empty 200 (a stat push). Prints its port,
// then serves until stdin closes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [objectFile, listFile, childrenFile, historyFile] = process.argv.slice(2);
const read = (file: string | undefined, empty: string) => (file ? readFileSync(file) : Buffer.from(empty));
const object = read(objectFile, '{}');
const list = read(listFile, '[]');
const children = read(childrenFile, '[]');
const history = read(historyFile, '[]');
const server = createServer((request, response) => {
  if (request.method === 'GET') {
    const path = request.url?.split('?')[0] ?? '';
    const body =
      path === '/node/api/objects'
        ? list
        : path.endsWith('/children')
          ? children
          : path.endsWith('/history')
            ? history
            : object;
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.byteLength });
    response.end(body);
    return;
  }
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-length': 0 });
    response.end();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
