// Runs Janus with a configuration of our own, never the stock /etc/janus one (which listens on every
// interface with default secrets): only the VideoRoom plugin and the WebSocket transport, bound to
// 127.0.0.1; rooms can only be created with JANUS_ADMIN_KEY; room and feed ids are strings (our uuids).
// JANUS_ICE_ENFORCE names the interfaces ICE may use (the tests' veth0: libnice gathers nothing on loopback).
// Usage: JANUS_ADMIN_KEY=… node scripts/video/janus.mjs <ws-port> <rtp-port-range, e.g. 3460-3499>
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [wsPort = '3450', rtpRange = '3460-3499'] = process.argv.slice(2);
const adminKey = process.env.JANUS_ADMIN_KEY;
if (!adminKey) {
  console.error('JANUS_ADMIN_KEY is not set');
  process.exit(64);
}
const libs = ['/usr/lib/x86_64-linux-gnu/janus', '/usr/lib/aarch64-linux-gnu/janus', '/usr/lib/janus'].find((d) => existsSync(d)) ?? '/usr/lib/janus';
const dir = mkdtempSync(join(tmpdir(), 'vk-janus-'));
const otherPlugins = ['audiobridge', 'duktape', 'echotest', 'lua', 'nosip', 'recordplay', 'sip', 'streaming', 'textroom', 'videocall', 'voicemail'];
const otherTransports = ['http', 'mqtt', 'nanomsg', 'pfunix', 'rabbitmq'];
const files = {
  'janus.jcfg': `general: {
  configs_folder = "${dir}"
  plugins_folder = "${libs}/plugins"
  transports_folder = "${libs}/transports"
  events_folder = "${libs}/events"
  loggers_folder = "${libs}/loggers"
  debug_level = 3
  session_timeout = 60
  protected_folders = ["/bin", "/boot", "/dev", "/etc", "/proc", "/sbin", "/sys", "/usr", "/var"]
}
media: {
  rtp_port_range = "${rtpRange}"
}
nat: {
  nice_debug = false
  ignore_mdns = true
${process.env.JANUS_ICE_ENFORCE ? `  ice_enforce_list = "${process.env.JANUS_ICE_ENFORCE}"\n` : ''}}
plugins: {
  disable = "${otherPlugins.map((p) => `libjanus_${p}.so`).join(',')}"
}
transports: {
  disable = "${otherTransports.map((p) => `libjanus_${p}.so`).join(',')}"
}
events: {
  broadcast = false
}
`,
  'janus.transport.websockets.jcfg': `general: {
  json = "compact"
  ws = true
  ws_port = ${wsPort}
  ws_ip = "127.0.0.1"
  wss = false
}
admin: {
  admin_ws = false
  admin_wss = false
}
`,
  'janus.plugin.videoroom.jcfg': `general: {
  admin_key = "${adminKey}"
  lock_rtp_forward = true
  string_ids = true
}
`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, { mode: 0o600 });
const child = spawn('janus', ['-F', dir, '-C', join(dir, 'janus.jcfg'), '-o'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
