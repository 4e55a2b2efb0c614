// Bench only: the smallest WebSocket server (npm `ws`) that accepts connections and says hello,
// as the baseline for the memory an idle connection costs. Port in argv[2]; prints "listening".
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[2]), backlog: 4096 });
wss.on('connection', (socket) => {
  socket.on('message', () => undefined);
  socket.send('{"type":"hello"}');
});
wss.on('listening', () => console.log('listening'));
process.on('SIGTERM', () => process.exit(0));
